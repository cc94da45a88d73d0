// Is this page an article, and which live text is its body? The gate, the numbered copy, the
// parse (by the host: off the page's thread in the extension), the mapping back onto live text and
// the cleaning each run in tasks of their own, with `pause` (a macrotask) between them, so the
// page's own work can run in between. Page-DOM code, no extension APIs.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import {
  ARTICLE_LIMITS,
  type ArticleMetadata,
  PARSE_LIMITS,
  type ParseOutcome,
} from '../contract/offscreen-api';
import { normalizeSpace } from '../core/text';
import { lacksProse, looksLikeListing, MIN_PROSE_CHARS } from './article-gate';
import { groupIntoBlocks, type LiveBlock } from './blocks';
import { addCaptions, cleanBlocks, findHeadline } from './clean';
import { measure } from './diagnostics';
import { liveTextNodes } from './map-article';
import { discussionPosts, looksLikeNonArticle, readsAsDiscussion } from './page-kind';
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

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  maxElements: PARSE_LIMITS.maxElements,
  timeBudgetMs: PARSE_LIMITS.timeBudgetMs,
};

export type Detection =
  | {
      kind: 'article';
      metadata: ArticleMetadata & { title: string };
      blocks: LiveBlock[];
      container: Element;
      /** Whether only the page's start was read (it passed ARTICLE_LIMITS: see serialize-numbered.ts). */
      cut: boolean;
      timings: Timings;
    }
  | { kind: 'not-article'; reason: string }
  | { kind: 'failed'; reason: string };

export interface Timings {
  gateMs: number;
  /** The numbered copy written (on the page's thread). */
  serializeMs: number;
  /** Readability's parse of the numbered copy, wherever it ran (with the message there and back). */
  parseMs: number;
  mapMs: number;
}

export interface DetectHost {
  /** Parses the serialised numbered copy (off the page's thread); undefined when it could not. */
  parse(html: string): Promise<ParseOutcome | undefined>;
  /** Lets the page's own work run between the phases (a macrotask in the content script). */
  pause(): Promise<void>;
}

export async function detectArticle(
  doc: Document,
  options: DetectOptions,
  host: DetectHost,
): Promise<Detection> {
  const { pause } = host;
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
  // Readability's own pre-check is a cheap early yes. Its no is not final: it passes over short
  // paragraphs and text in <div>s without <p>, so the parsed article decides (`lacksProse`).
  // Only a page with too little text in all for an article is not parsed.
  const readerable = options.force || isProbablyReaderable(doc);
  if (!readerable && (doc.body?.textContent?.length ?? 0) < MIN_PROSE_CHARS)
    return { kind: 'not-article', reason: 'no article-like text' };
  const nonArticle = options.force ? null : looksLikeNonArticle(doc);
  if (nonArticle) return { kind: 'not-article', reason: nonArticle };
  const posts = options.force ? [] : discussionPosts(doc);
  let t1 = now();
  const gateMs = t1 - t0;
  measure('lentera:detect:gate', t0, t1);
  await pause();

  t1 = now();
  const { html, live, cut, depth } = serializeNumbered(doc);
  const serializeMs = now() - t1;
  measure('lentera:detect:serialize', t1, now());
  if (depth > ARTICLE_LIMITS.depth) {
    return {
      kind: 'failed',
      reason: `the page is too large to read (elements nested ${depth.toLocaleString('en')} deep; the limit is ${ARTICLE_LIMITS.depth})`,
    };
  }
  await pause();
  t1 = now();
  const parsed = await host.parse(html).catch(() => undefined);
  const parseMs = now() - t1;
  measure('lentera:detect:parse', t1, now());
  if (!parsed) return { kind: 'failed', reason: 'the page could not be read' };
  if (parsed.kind === 'none') return { kind: 'not-article', reason: 'Readability found no article' };
  if (parsed.kind === 'failed') return { kind: 'failed', reason: parsed.reason };
  await pause();
  t0 = now();

  const { nodes } = liveTextNodes(parsed.texts, live);
  const { metadata } = parsed;
  const title = normalizeSpace(metadata.title || doc.title);
  const grouped = groupIntoBlocks(nodes);
  let mapMs = now() - t0;
  measure('lentera:detect:map', t0, now());
  // The cleaning in a task of its own: on a long article, both halves together can pass 50 ms
  // on a slow machine.
  await pause();
  t0 = now();
  const container = commonAncestor(grouped.map((b) => b.element));
  const blocks = container ? cleanBlocks(grouped, title, container) : [];
  if (!container || blocks.length === 0)
    return { kind: 'not-article', reason: 'no article text on the live page' };
  if (readsAsDiscussion(posts, blocks))
    return { kind: 'not-article', reason: `a discussion of ${posts.length} posts` };
  if (!options.force && looksLikeListing(blocks))
    return { kind: 'not-article', reason: 'a list of links to articles' };
  const noProse = readerable ? null : lacksProse(blocks);
  if (noProse) return { kind: 'not-article', reason: noProse };
  const withCaptions = addCaptions(blocks, container);
  // Characters, not words: Chinese or Japanese text has no spaces to count words by.
  const chars = withCaptions.reduce((n, b) => n + b.text.trim().length, 0);
  if (!options.force && chars < 200) return { kind: 'not-article', reason: 'too little article text' };
  // The headline first: annotated like the body, left out of the summary and the scores.
  const headline = findHeadline(doc, title, withCaptions);
  const all =
    headline && !withCaptions.some((b) => b.element === headline.element)
      ? [headline, ...withCaptions]
      : withCaptions;
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
      lang: metadata.lang,
      dir: metadata.dir,
    },
    blocks: all,
    container,
    cut,
    timings: { gateMs, serializeMs, parseMs, mapMs },
  };
}

function commonAncestor(elements: Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}
