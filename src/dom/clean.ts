// Cleaning the detected article: what Readability keeps that is not the story (the headline,
// bylines, related-link lines, ad markers, boxes of sharing, tags, comments…), what it drops that
// is (figure captions). Whether the result is an article at all is the gate's
// (src/dom/article-gate.ts). Page-DOM code, no extension APIs. The words it looks for are the registered languages' (src/core/boilerplate.ts).
import {
  AD_MARKER_LINE,
  AUTHOR_BIO_LINE,
  BYLINE_LINE,
  CREDIT_LINE,
  LABEL_CLASS,
  NOISE_CLASS,
  REFERENCE_HEADING,
} from '../core/boilerplate';
import { isRelatedLinkLine } from '../core/related-links';
import { normalizeSpace } from '../core/text';
import { groupIntoBlocks, isInsideExcluded, type LiveBlock } from './blocks';

/**
 * Drops the headline, bylines, related-link lines, ad markers, blocks inside noise boxes, and at
 * the end of the article its reference lists, credit lines and short author bios.
 */
export function cleanBlocks(blocks: LiveBlock[], title: string, container: Element): LiveBlock[] {
  const normalizedTitle = title.toLowerCase();
  const verdicts: BoxVerdicts = new Map();
  const facts = blocks.map((block) => {
    // Every rule looks at short blocks or at the start of long ones: normalising a long block's
    // first line is enough, and keeps this cheap on a 10,000-word article.
    const raw = block.text;
    const head = normalizeSpace(raw.length <= HEAD_CHARS ? raw : raw.slice(0, LEAD_CHARS));
    const short = raw.length <= HEAD_CHARS && fewWords(head, 30);
    // From the text itself: a label may be a span inside the block's element.
    const start = block.segments[0]?.node.parentElement ?? block.element;
    return {
      block,
      raw,
      head,
      short,
      chars: raw.length,
      boxes: noiseBoxes(start, container, short, verdicts),
    };
  });
  const sparedBoxes = boxesHoldingMost(facts);
  let seenProse = false;
  const kept = facts.filter(({ block, raw, head, short, boxes }, index) => {
    if (!head) return false;
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
    // A Wikipedia-style citation, its back-link first ("^ Author (2014). Title …"): never prose.
    if ((short || block.kind === 'list-item') && CITATION_LINE.test(head)) return false;
    if (boxes.some((box) => !sparedBoxes.has(box))) return false;
    if (block.kind === 'paragraph' && !short) seenProse = true;
    return true;
  });
  return withoutEndMatter(kept).map((f) => f.block);
}

interface BlockFacts {
  block: LiveBlock;
  raw: string;
  /** The block's text normalised, or its first LEAD_CHARS characters for a long block. */
  head: string;
  /** At most HEAD_CHARS characters and 30 words. */
  short: boolean;
  /** The length of its text. */
  chars: number;
  /** The noise boxes it stands in (see `noiseBoxes`). */
  boxes: Element[];
}

/** "^ " or "↑ " (the back-link of a reference) before the citation itself. */
const CITATION_LINE = /^[\^↑]\s*\S/u;

/**
 * The noise boxes that would drop more than half of the article's text (in characters: counting
 * words costs more than the rest of the cleaning on a long article): a noise class on a box
 * that holds most of the story (a `paywall` or `premium` wrapper around the whole body, a class
 * word on an ancestor of most of the text) says something of the story, not of a box beside it,
 * and the rule is not applied for that box. Counted per box, as the rule would drop: every block
 * inside a noise box, the short ones only inside a label box.
 */
function boxesHoldingMost(facts: readonly BlockFacts[]): Set<Element> {
  const dropped = new Map<Element, number>();
  let total = 0;
  for (const { chars, boxes } of facts) {
    total += chars;
    for (const box of boxes) dropped.set(box, (dropped.get(box) ?? 0) + chars);
  }
  const spared = new Set<Element>();
  for (const [box, chars] of dropped) if (chars > total / 2) spared.add(box);
  return spared;
}

/**
 * The end matter of the article, dropped: from the first heading of references or sources
 * ("References", "Daftar pustaka") after which there is no prose (no long paragraph, no other
 * heading), that heading and what follows; and after the last long paragraph, short credit lines
 * ("Editing by …", "Artikel ini telah tayang di …") and, among the last two blocks, short author
 * bios ("Jane Doe is a reporter at …"). Before the end, such lines are left alone: the same words
 * open real paragraphs.
 */
function withoutEndMatter(facts: BlockFacts[]): BlockFacts[] {
  let cut = facts.length;
  for (let i = facts.length - 1; i >= 0; i--) {
    const { block, head, short } = facts[i] as BlockFacts;
    if (block.kind === 'heading') {
      if (!REFERENCE_HEADING.test(head)) break;
      cut = i;
    } else if (block.kind === 'paragraph' && !short) break;
  }
  let lastProse = -1;
  for (let i = 0; i < cut; i++) {
    const f = facts[i] as BlockFacts;
    if (f.block.kind === 'paragraph' && !f.short) lastProse = i;
  }
  return facts.slice(0, cut).filter(({ head, short }, i) => {
    if (i <= lastProse || !short) return true;
    if (CREDIT_LINE.test(head)) return false;
    return !(i >= cut - 2 && AUTHOR_BIO_LINE.test(head));
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

/** What an element's id and classes say of it: a noise box, a label box (read once per element). */
type BoxVerdicts = Map<Element, { noise: boolean; label: boolean }>;

function verdictOf(el: Element, verdicts: BoxVerdicts): { noise: boolean; label: boolean } {
  let v = verdicts.get(el);
  if (!v) {
    // Ids made from a heading ("sharing-with-a-single-developer") name sections, not boxes.
    const id = el.id.split(/[-_]/).length <= 3 ? el.id : '';
    const words = `${id} ${typeof el.className === 'string' ? el.className : ''}`;
    const any = words.trim() !== '';
    v = { noise: any && NOISE_CLASS.test(words), label: any && LABEL_CLASS.test(words) };
    verdicts.set(el, v);
  }
  return v;
}

/**
 * The boxes between the element and the article's container (exclusive) that look like noise:
 * by a noise class, or for a short block (`short`) by a label class too.
 */
function noiseBoxes(
  element: Element,
  container: Element,
  short: boolean,
  verdicts: BoxVerdicts = new Map(),
): Element[] {
  const boxes: Element[] = [];
  for (let el: Element | null = element; el && el !== container; el = el.parentElement) {
    const v = verdictOf(el, verdicts);
    if (v.noise || (short && v.label)) boxes.push(el);
  }
  return boxes;
}

/** Whether a box between the element and the article's container (exclusive) looks like noise. */
function insideNoise(element: Element, container: Element): boolean {
  return noiseBoxes(element, container, false).length > 0;
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
