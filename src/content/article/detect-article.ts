// Is this page an article, and which live text is its body?
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isRelatedLinkLine } from '../../core/related-links';
import { countWords, normalizeSpace } from '../../core/text';
import { measure } from '../diagnostics';
import { groupIntoBlocks, isInsideExcluded, type LiveBlock } from './blocks';
import { liveTextNodes } from './map-article';
import { looksLikeNonArticle } from './page-kind';
import type { ParseOutcome } from './parse-numbered';
import { serializeNumbered } from './serialize-numbered';

export interface DetectOptions {
  /** Pages with more elements than this are not parsed (Readability would take seconds). */
  maxElements: number;
  /** Readability is stopped when it runs longer than this. */
  timeBudgetMs: number;
  /** Skip the isProbablyReaderable gate ("annotate this page anyway"). */
  force?: boolean;
  now?: () => number;
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = { maxElements: 40_000, timeBudgetMs: 2_000 };

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** What Readability read in the document (`<html lang>`), if anything. */
  declaredLang: string | null;
  dir: string | null;
}

export type Detection =
  | { kind: 'article'; metadata: ArticleMetadata; blocks: LiveBlock[]; container: Element; timings: Timings }
  | { kind: 'not-article'; reason: string }
  | { kind: 'failed'; reason: string };

export interface Timings {
  gateMs: number;
  /** The numbered copy and Readability's parse of it (here or elsewhere). */
  parseMs: number;
  mapMs: number;
}

/** Where detection may pause (between its phases), or asks for a numbered copy to be parsed. */
type Request = { pause: true } | { parse: true };
/** A parsed numbered copy, and the live elements its numbers stand for. */
export interface Parsed {
  outcome: ParseOutcome;
  live: readonly Element[];
}
type Steps = Generator<Request, Detection, Parsed | undefined>;

export type { Steps };

const PAUSE: Request = { pause: true };

/** Parses the numbered copy elsewhere (off the page's thread); undefined when it could not. */
export type RemoteParse = (html: string) => Promise<ParseOutcome | undefined>;
/** Parses a clone here (detect-article-local.ts): kept out of the content script's bundle. */
export type LocalParse = (doc: Document, options: DetectOptions) => Parsed;

/**
 * Detection as the content script runs it: the gate, the numbered copy, Readability's parse and
 * the mapping each run in tasks of their own, with `pause` (a macrotask) between them, so the
 * page's own work can run in between. With `remote`, the page is serialised with its elements
 * numbered and parsed away from the page's thread; if that fails, a clone is parsed here.
 */
export async function detectArticleInSteps(
  doc: Document,
  options: DetectOptions,
  pause: () => Promise<void>,
  remote?: RemoteParse,
  local?: LocalParse,
): Promise<Detection> {
  const steps = detectSteps(doc, options);
  let answer: Parsed | undefined;
  for (;;) {
    const step = steps.next(answer);
    if (step.done) return step.value;
    answer = undefined;
    if ('parse' in step.value) {
      if (remote) {
        const t0 = performance.now();
        const { html, live } = serializeNumbered(doc);
        measure('lentera:detect:serialize', t0, performance.now());
        await pause();
        const outcome = await remote(html).catch(() => undefined);
        if (outcome) answer = { outcome, live };
        else await pause();
      }
      answer ??= local?.(doc, options);
    }
    await pause();
  }
}

export function* detectSteps(doc: Document, options: DetectOptions): Steps {
  const now = options.now ?? (() => performance.now());
  let t0 = now();
  if (!doc.body) return { kind: 'not-article', reason: 'the document has no body' };
  const elements = doc.getElementsByTagName('*').length;
  if (elements > options.maxElements) {
    return {
      kind: 'failed',
      reason: `the page is too large to read (${elements.toLocaleString('en')} elements; the limit is ${options.maxElements.toLocaleString('en')})`,
    };
  }
  if (!options.force && !isProbablyReaderable(doc))
    return { kind: 'not-article', reason: 'no article-like text' };
  const nonArticle = options.force ? null : looksLikeNonArticle(doc);
  if (nonArticle) return { kind: 'not-article', reason: nonArticle };
  let t1 = now();
  const gateMs = t1 - t0;
  measure('lentera:detect:gate', t0, t1);
  yield PAUSE;

  t1 = now();
  const answer = yield { parse: true };
  const parseMs = now() - t1;
  measure('lentera:detect:parse', t1, now());
  if (!answer) return { kind: 'failed', reason: 'the page could not be read' };
  const parsed = answer.outcome;
  if (parsed.kind === 'none') return { kind: 'not-article', reason: 'Readability found no article' };
  if (parsed.kind === 'failed') return { kind: 'failed', reason: parsed.reason };
  yield PAUSE;
  t0 = now();

  const { nodes } = liveTextNodes(parsed.texts, answer.live);
  const { metadata } = parsed;
  const title = normalizeSpace(metadata.title || doc.title);
  const grouped = groupIntoBlocks(nodes);
  let mapMs = now() - t0;
  measure('lentera:detect:map', t0, now());
  // The cleaning in a task of its own: on a long article, both halves together can pass 50 ms
  // on a slow machine.
  yield PAUSE;
  t0 = now();
  const container = commonAncestor(grouped.map((b) => b.element));
  const blocks = container ? cleanBlocks(grouped, title, container) : [];
  if (!container || blocks.length === 0)
    return { kind: 'not-article', reason: 'no article text on the live page' };
  if (!options.force && looksLikeListing(blocks))
    return { kind: 'not-article', reason: 'a list of links to articles' };
  const withCaptions = addCaptions(blocks, container);
  // Characters, not words: Chinese or Japanese text has no spaces to count words by.
  const chars = withCaptions.reduce((n, b) => n + b.text.trim().length, 0);
  if (!options.force && chars < 200) return { kind: 'not-article', reason: 'too little article text' };
  mapMs += now() - t0;
  measure('lentera:detect:clean', t0, now());

  return {
    kind: 'article',
    metadata: {
      title,
      byline: metadata.byline ? normalizeSpace(metadata.byline) : null,
      siteName: metadata.siteName ? normalizeSpace(metadata.siteName) : null,
      publishedTime: metadata.publishedTime,
      excerpt: metadata.excerpt ? normalizeSpace(metadata.excerpt) : null,
      declaredLang: metadata.lang,
      dir: metadata.dir,
    },
    blocks: withCaptions,
    container,
    timings: { gateMs, parseMs, mapMs },
  };
}

/** Class or id words of boxes that sit inside article bodies without being part of the story. */
const NOISE =
  /(?:^|[\s_-])(?:share|sharing|social|sosmed|related|terkait|baca-?juga|bacajuga|advert\w*|ads?|iklan|promo|newsletter|subscribe|paywall|tags?|topik|comments?|komentar|author-?bio|breadcrumbs?|sponsored)(?:$|[\s_-])/i;

/** Class words of small boxes around the story: bylines, meta lines, labels, credits. */
const SMALL_NOISE =
  /(?:^|[\s_-])(?:meta|byline|author|label|kicker|badge|eyebrow|timestamp|posted|published|credits?|advertisement|ad-label)(?:$|[\s_-])/i;
/** Whole lines that only mark an ad or ask the reader to scroll. */
const MARKER_LINE =
  /^(?:advertisement|advertisements|iklan|advertorial|sponsored|sponsor|scroll to (?:continue|resume)( with content)?|continue reading( below)?|lanjutkan membaca|scroll untuk melanjutkan)[\s.:…]*$/i;
/** A byline or a "by … | date" line near the top. */
const BYLINE_LINE =
  /^(?:oleh|penulis|reporter|editor|pewarta|laporan|kontributor|by|written by|words by)\b\s*[:\-–]?/i;

/** Drops the headline, bylines, related-link lines, ad markers and blocks inside noise boxes. */
function cleanBlocks(blocks: LiveBlock[], title: string, container: Element): LiveBlock[] {
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
      (normalizedTitle.includes(lower) || lower.includes(normalizedTitle))
    ) {
      return false;
    }
    // For a long block the raw length stands in for the normalised one (it can only be longer).
    if (isRelatedLinkLine(head, block.linkChars, raw.length <= HEAD_CHARS ? head.length : raw.trim().length))
      return false;
    if (short && fewWords(head, 6) && MARKER_LINE.test(head)) return false;
    if (index < 4 && !seenProse && short && BYLINE_LINE.test(head)) return false;
    // From the text itself: a label may be a span inside the block's element.
    const start = block.segments[0]?.node.parentElement ?? block.element;
    if (insideNoise(start, container, short ? SMALL_NOISE : null)) return false;
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

/**
 * Listing pages (a category, a tag, search results) read like an article to Readability: many
 * teaser paragraphs. What gives them away is how many of their blocks are nothing but a link.
 */
function looksLikeListing(blocks: LiveBlock[]): boolean {
  const isLinkOnly = (b: LiveBlock) => b.linkChars > 15 && b.linkChars >= b.text.trim().length * 0.8;
  const linkOnly = blocks.filter(isLinkOnly).length;
  if (linkOnly >= 8 && linkOnly >= blocks.length * 0.5) return true;
  const headings = blocks.filter((b) => b.kind === 'heading');
  const linkHeadings = headings.filter(isLinkOnly).length;
  if (linkHeadings < 4 || linkHeadings < headings.length * 0.5) return false;
  // Listings link every teaser's title, and under each title stands a teaser of a sentence or
  // two; an article that links its subheadings (a buyer's guide) has real text under each.
  const proseWords = blocks.filter((b) => b.kind === 'paragraph').reduce((n, b) => n + countWords(b.text), 0);
  return proseWords / linkHeadings < 60;
}

/** Whether a box between the element and the article's container (exclusive) looks like noise. */
function insideNoise(element: Element, container: Element, extra: RegExp | null = null): boolean {
  for (let el: Element | null = element; el && el !== container; el = el.parentElement) {
    // Ids made from a heading ("sharing-with-a-single-developer") name sections, not boxes.
    const id = el.id.split(/[-_]/).length <= 3 ? el.id : '';
    const words = `${id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (words.trim() && (NOISE.test(words) || extra?.test(words))) return true;
  }
  return false;
}

function commonAncestor(elements: Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

/** Figure captions of the article that Readability dropped come back, in their place. */
function addCaptions(blocks: LiveBlock[], container: Element): LiveBlock[] {
  const have = new Set(blocks.map((b) => b.element));
  // The lead figure often sits beside the body, within the same <article>.
  const scope = container.closest('article') ?? container;
  const captions = Array.from(scope.querySelectorAll('figcaption')).filter(
    (c) => !have.has(c) && !isInsideExcluded(c) && !insideNoise(c, scope),
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
