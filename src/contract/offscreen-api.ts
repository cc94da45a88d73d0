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

/** The most a caller may ask for: a bigger page is refused before it is parsed. */
export const PARSE_LIMITS = { maxElements: 40_000, timeBudgetMs: 2_000, htmlChars: 30_000_000 } as const;

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
