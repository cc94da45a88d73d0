// The parse of a page's numbered copy (see src/dom/serialize-numbered.ts), away from the page's
// thread: what the content script sends, and what comes back. In Chromium the background passes it
// on to its offscreen document over this channel; in Firefox the event page parses it itself.
import * as v from 'valibot';
import { type Api, type Channel, method } from './channel';
import { CHANNELS } from './names';
import { text } from './schemas';

/** What Readability read of the page (null where it found nothing). */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** The document's declared language (`<html lang>`), if any. */
  lang: string | null;
  dir: string | null;
}

/** A text of the parsed article: the number of its nearest numbered ancestor (-1: <body>), and its text. */
export type TextRef = [index: number, data: string];

export type ParseOutcome =
  | { kind: 'parsed'; metadata: ArticleMetadata; texts: TextRef[] }
  | { kind: 'none' }
  | { kind: 'failed'; reason: string };

/**
 * The most a caller may ask for: a bigger page is refused before it is parsed. The time is short:
 * in Chromium the popup and the options page wait while Readability runs (see ARTICLE_LIMITS).
 */
export const PARSE_LIMITS = { maxElements: 40_000, timeBudgetMs: 1_000, htmlChars: 30_000_000 } as const;

/**
 * How much of a page Lentera reads. In Chromium the parse shares a process with the popup and the
 * options page and freezes them while it runs, and Readability's time grows faster than the page
 * (5,000 paragraphs took it 0.1 to 0.2 s, 10,000 took 0.6 s; a loaded machine takes several times
 * longer). So a huge page is read from its start: up to `chars` characters of text and `elements`
 * elements (the rest is left out of the numbered copy), and its article cut to `chars` and
 * `blocks`. 300,000 characters are some 45,000 words, more than any real article; 15,000 elements
 * leave room for a news page's navigation and asides before its article (Readability's 98 test
 * pages have at most 9,892: no larger real page was measured), and within them Readability took
 * 0.05–0.13 s of the options page's time on the huge pages of tests/bench/huge-pages.bench.ts. A page nested
 * deeper than `depth` is refused before it is parsed (Readability's work grows with depth times
 * text: 500 nested divs took it 9 s). `marks`: the names and terms marked in one article, in
 * reading order.
 */
export const ARTICLE_LIMITS = {
  chars: 300_000,
  elements: 15_000,
  blocks: 5_000,
  depth: 100,
  marks: 10_000,
} as const;

/** How many of the blocks, from the first, are read: as many whole blocks as fit in the limits. */
export function blocksWithinLimits(lengths: readonly number[]): number {
  let chars = 0;
  let kept = 0;
  for (const length of lengths) {
    chars += length;
    if (kept === ARTICLE_LIMITS.blocks || chars > ARTICLE_LIMITS.chars) break;
    kept++;
  }
  return kept;
}

export const parseRequestSchema = v.object({
  html: text(PARSE_LIMITS.htmlChars),
  maxElements: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PARSE_LIMITS.maxElements)),
  timeBudgetMs: v.pipe(v.number(), v.minValue(1), v.maxValue(PARSE_LIMITS.timeBudgetMs)),
});
export type ParseRequest = v.InferOutput<typeof parseRequestSchema>;

export const offscreenChannel = {
  name: CHANNELS.offscreen,
  api: {
    /** Readability's parse of the numbered copy, reduced to plain data. */
    parseArticle: method(parseRequestSchema).returns<ParseOutcome>(),
  },
} satisfies Channel<Api>;
export type OffscreenApi = (typeof offscreenChannel)['api'];
