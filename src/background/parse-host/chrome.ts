// Chromium: the service worker has no DOM, so the parse runs in an offscreen document (created on
// first use, with the reason DOM_PARSER). Chosen at build time (scripts/build.ts): Firefox's bundle
// has firefox.ts here instead, and this bundle carries no Readability.
import { callOffscreen } from '../../contract/callers';
import type { ParseOutcome, ParseRequest } from '../../contract/offscreen-api';

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

export async function parseArticle(params: ParseRequest): Promise<ParseOutcome> {
  const chrome = (
    globalThis as unknown as { chrome?: { offscreen?: ChromeOffscreen; runtime: ChromeRuntimeContexts } }
  ).chrome;
  if (!chrome?.offscreen) return { kind: 'failed', reason: 'no offscreen document to parse the page in' };
  await ensureOffscreen(chrome.offscreen, chrome.runtime);
  const reply = await callOffscreen('parseArticle', params);
  return reply.ok ? reply.value : { kind: 'failed', reason: reply.error.message.slice(0, 300) };
}
