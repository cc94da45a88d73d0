// Readability's parse of a numbered copy of the page (see serialize-numbered.ts), reduced to plain
// data: the metadata, and the text of the article as (live element number, text) pairs. It runs,
// to keep the page's thread free, in an extension document (Chromium's offscreen document,
// Firefox's event page) on the copy parsed with DOMParser. Only DOM APIs: no extension APIs here.
import { Readability } from '@mozilla/readability';
import type { ParseOutcome } from '../contract/offscreen-api';
import { nextTask } from '../core/next-task';
import { articleTexts } from './map-article';

export interface ParseLimits {
  maxElements: number;
  timeBudgetMs: number;
}

class TimeUp extends Error {}

/** Parses a numbered document (consumed: Readability changes it). Never throws. */
export function parseNumbered(
  doc: Document,
  limits: ParseLimits,
  now: () => number = () => performance.now(),
): ParseOutcome {
  try {
    const reader = new Readability(doc, {
      maxElemsToParse: limits.maxElements,
      serializer: (el: Node) => el,
    });
    guardTime(reader, now() + limits.timeBudgetMs, now);
    const parsed = reader.parse();
    if (!parsed?.content) return { kind: 'none' };
    return {
      kind: 'parsed',
      metadata: {
        title: parsed.title ?? null,
        byline: parsed.byline ?? null,
        siteName: parsed.siteName ?? null,
        publishedTime: parsed.publishedTime ?? null,
        excerpt: parsed.excerpt ?? null,
        lang: parsed.lang ?? null,
        dir: parsed.dir ?? null,
      },
      texts: articleTexts(parsed.content as Element),
    };
  } catch (error) {
    if (error instanceof TimeUp) return { kind: 'failed', reason: 'reading the page took too long' };
    return { kind: 'failed', reason: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
  }
}

/** Parses the serialised numbered copy (DOMParser: inert, no scripts run, nothing loads). */
export function parseNumberedHtml(html: string, limits: ParseLimits): ParseOutcome {
  return parseNumbered(new DOMParser().parseFromString(html, 'text/html'), limits);
}

/**
 * The same, in two tasks (the copy parsed, then read), for a document whose thread other pages
 * share: Chromium's offscreen document runs in the process of the popup and the options page.
 */
export async function parseNumberedHtmlInTasks(html: string, limits: ParseLimits): Promise<ParseOutcome> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  await nextTask();
  return parseNumbered(doc, limits);
}

/**
 * Steps of Readability's main loop between two looks at the clock. Reading the clock on every step
 * cost up to a tenth of the parse of a 10,000-word article (Chromium); a step on a deeply nested page (the link
 * density of all below it) can take milliseconds, so the parse stops at most this many of them
 * after its deadline.
 */
const STEPS_PER_CLOCK = 8;

/**
 * Readability has no time limit of its own. Its main loop asks `_getNextNode` for every node, so
 * a check there stops it on pages where it would run for seconds.
 */
function guardTime(reader: Readability<Node>, deadline: number, now: () => number): void {
  const internals = reader as unknown as { _getNextNode(node: Node, ignore?: boolean): Node | null };
  const next = internals._getNextNode;
  if (typeof next !== 'function') return;
  let steps = 0;
  internals._getNextNode = function (node, ignore) {
    if (++steps % STEPS_PER_CLOCK === 0 && now() > deadline) throw new TimeUp();
    return next.call(this, node, ignore);
  };
}
