// Readability's parse of a page's numbered copy, away from the page's thread. Firefox's event page
// has a DOM and parses it itself; Chromium's service worker has none, and asks an offscreen
// document (created on first use, with the reason DOM_PARSER).
import { type ParseOutcome, parseNumberedHtml } from '../content/article/parse-numbered';
import { browser } from '../shared/browser';
import type { Params } from '../shared/messages';

export const OFFSCREEN_TARGET = 'lentera-offscreen';

export function isForOffscreen(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { target?: unknown }).target === OFFSCREEN_TARGET
  );
}

interface ChromeOffscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(offscreen: ChromeOffscreen, runtime: ChromeRuntimeContexts): Promise<void> {
  const existing = (await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
  if (existing.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: 'offscreen.html',
      reasons: ['DOM_PARSER'],
      justification: 'Read the article of a page without slowing the page down.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function parseOffThread(params: Params<'parseArticle'>): Promise<ParseOutcome> {
  if (typeof DOMParser !== 'undefined') return parseNumberedHtml(params.html, params);
  const chrome = (
    globalThis as unknown as { chrome?: { offscreen?: ChromeOffscreen; runtime: ChromeRuntimeContexts } }
  ).chrome;
  if (!chrome?.offscreen) return { kind: 'failed', reason: 'no DOM to parse the page with' };
  await ensureOffscreen(chrome.offscreen, chrome.runtime);
  const reply = (await browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, params })) as
    | ParseOutcome
    | undefined;
  return reply ?? { kind: 'failed', reason: 'the offscreen document did not answer' };
}
