// Chromium: the service worker has no DOM, so the parse runs in an offscreen document (created on
// first use, with the reason DOM_PARSER). Chosen at build time (scripts/build.ts): Firefox's bundle
// has firefox.ts here instead, and this bundle carries no Readability.
import { callOffscreen } from '../../contract/callers';
import type { ParseOutcome, ParseRequest } from '../../contract/offscreen-api';
import { ApiFailure } from '../../contract/result';

interface ChromeOffscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

/** What Chromium says when a document is there already, or still being made. */
const ONLY_ONE = /single offscreen document/i;

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
    .catch((error: unknown) => {
      // A worker stopped while it was creating the document, and started again: the new one
      // finds no document listed yet (it is still loading) and asks for another, which Chromium
      // refuses. The document is on its way: the parse below waits for it (and is retried).
      if (!(error instanceof Error && ONLY_ONE.test(error.message))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function parseArticle(params: ParseRequest): Promise<ParseOutcome> {
  const chrome = (
    globalThis as unknown as { chrome?: { offscreen?: ChromeOffscreen; runtime: ChromeRuntimeContexts } }
  ).chrome;
  if (!chrome?.offscreen) return { kind: 'failed', reason: 'no offscreen document to parse the page in' };
  await ensureOffscreen(chrome.offscreen, chrome.runtime);
  const reply = await callOffscreen('parseArticle', params);
  if (reply.ok) return reply.value;
  // No answer from the document (still loading, or gone with a worker that stopped): not a
  // failure of the page; the page's call is sent again (the 'unavailable' code says so).
  if (reply.error.code === 'unavailable') throw new ApiFailure('unavailable', reply.error.message);
  return { kind: 'failed', reason: reply.error.message.slice(0, 300) };
}
