// Cleaning the detected article: what Readability keeps that is not the story (the headline,
// bylines, related-link lines, ad markers, boxes of sharing, tags, comments…), what it drops that
// is (figure captions), and whether the result is a listing rather than an article. Page-DOM code,
// no extension APIs. The words it looks for are the registered languages' (src/core/boilerplate.ts).
import { AD_MARKER_LINE, BYLINE_LINE, LABEL_CLASS, NOISE_CLASS } from '../core/boilerplate';
import { isRelatedLinkLine } from '../core/related-links';
import { normalizeSpace } from '../core/text';
import { groupIntoBlocks, isInsideExcluded, type LiveBlock } from './blocks';

/** Drops the headline, bylines, related-link lines, ad markers and blocks inside noise boxes. */
export function cleanBlocks(blocks: LiveBlock[], title: string, container: Element): LiveBlock[] {
  const normalizedTitle = title.toLowerCase();
  let seenProse = false;
  return blocks.filter((block, index) => {
    // Every rule looks at short blocks or at the start of long ones: normalising a long block's
    // first line is enough, and keeps this cheap on a 10,000-word article.
    const raw = block.text;
    const head = normalizeSpace(raw.length <= HEAD_CHARS ? raw : raw.slice(0, LEAD_CHARS));
    if (!head) return false;
    const short = raw.length <= HEAD_CHARS && fewWords(head, 30);
    // The headline is shown by the page and known from the metadata: it is not part of the body.
    const lower = head.toLowerCase();
    if (
      block.kind === 'heading' &&
      !seenProse &&
      normalizedTitle !== '' &&
      (normalizedTitle.includes(lower) || lower.includes(normalizedTitle))
    ) {
      return false;
    }
    // For a long block the raw length stands in for the normalised one (it can only be longer).
    if (isRelatedLinkLine(head, block.linkChars, raw.length <= HEAD_CHARS ? head.length : raw.trim().length))
      return false;
    if (short && fewWords(head, 6) && AD_MARKER_LINE.test(head)) return false;
    if (index < 4 && !seenProse && short && BYLINE_LINE.test(head)) return false;
    // From the text itself: a label may be a span inside the block's element.
    const start = block.segments[0]?.node.parentElement ?? block.element;
    if (insideNoise(start, container, short ? LABEL_CLASS : null)) return false;
    if (block.kind === 'paragraph' && !short) seenProse = true;
    return true;
  });
}

const HEAD_CHARS = 300;
const LEAD_CHARS = 120;

/** Whether the text has at most `n` words (stops counting as soon as it has more). */
function fewWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord && ++words > n) return false;
    inWord = !space;
  }
  return true;
}

// The listing rule is the gate's (it looks at the article's main run of prose).
export { looksLikeListing } from './article-gate';

/** Whether a box between the element and the article's container (exclusive) looks like noise. */
function insideNoise(element: Element, container: Element, extra: RegExp | null = null): boolean {
  for (let el: Element | null = element; el && el !== container; el = el.parentElement) {
    // Ids made from a heading ("sharing-with-a-single-developer") name sections, not boxes.
    const id = el.id.split(/[-_]/).length <= 3 ? el.id : '';
    const words = `${id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (words.trim() && (NOISE_CLASS.test(words) || extra?.test(words))) return true;
  }
  return false;
}

/** Figure captions of the article that Readability dropped come back, in their place. */
export function addCaptions(blocks: LiveBlock[], container: Element): LiveBlock[] {
  const have = new Set(blocks.map((b) => b.element));
  const haveText = new Set(blocks.flatMap((b) => b.segments.map((s) => s.node)));
  // The lead figure often sits beside the body, within the same <article>.
  const scope = container.closest('article') ?? container;
  const captions = Array.from(scope.querySelectorAll('figcaption')).filter(
    (c) =>
      !have.has(c) &&
      // Readability kept it already (its text in a <p> of its own inside the caption).
      !textNodesOf(c).some((t) => haveText.has(t)) &&
      !isInsideExcluded(c) &&
      !insideNoise(c, scope),
  );
  if (captions.length === 0) return blocks;
  const extra = groupIntoBlocks(captions.flatMap(textNodesOf)).map((b) => ({
    ...b,
    kind: 'caption' as const,
  }));
  return [...blocks, ...extra].sort(inReadingOrder);
}

function inReadingOrder(a: LiveBlock, b: LiveBlock): number {
  const x = a.segments[0]?.node;
  const y = b.segments[0]?.node;
  if (!x || !y || x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function textNodesOf(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null)
    if (t.data.trim()) out.push(t);
  return out;
}

/** Elements whose headings are the site's, not the article's. */
const NOT_ARTICLE_PARTS = 'nav, aside, footer, [role="navigation"], [role="complementary"]';

/**
 * The article's headline as the page shows it (an `<h1>`, or a heading near the body whose text
 * is the title), so that its names are annotated too: the headline is the first thing a reader
 * reads. Readability usually leaves it out of the body, and the cleaning drops it from the body.
 */
export function findHeadline(doc: Document, title: string, blocks: readonly LiveBlock[]): LiveBlock | null {
  const wanted = normalizeSpace(title).toLowerCase();
  const first = blocks[0]?.segments[0]?.node;
  if (wanted.length < 8 || !first) return null;
  const candidates = [
    ...Array.from(doc.querySelectorAll('h1')).slice(0, 10),
    ...Array.from(doc.querySelectorAll('h2')).slice(0, 10),
  ];
  for (const heading of candidates) {
    if (heading.closest(NOT_ARTICLE_PARTS) || isInsideExcluded(heading)) continue;
    const text = normalizeSpace(heading.textContent ?? '').toLowerCase();
    if (text.length < 8 || !(text === wanted || wanted.startsWith(text) || text.startsWith(wanted))) continue;
    // Before the body (or its first block itself), never inside it further down.
    if (
      !(heading.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) &&
      !heading.contains(first)
    )
      continue;
    const block = groupIntoBlocks(textNodesOf(heading))[0];
    return block ? { ...block, kind: 'headline' } : null;
  }
  return null;
}
