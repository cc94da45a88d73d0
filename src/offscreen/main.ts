// Chromium's offscreen document: parses pages' numbered copies for the service worker, which has
// no DOM. It answers only messages addressed to it.
import { OFFSCREEN_TARGET } from '../background/parse-off-thread';
import { parseNumberedHtml } from '../content/article/parse-numbered';
import { browser } from '../shared/browser';

interface OffscreenRequest {
  target?: unknown;
  params?: { html?: unknown; maxElements?: unknown; timeBudgetMs?: unknown };
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  const message = raw as OffscreenRequest | null;
  if (message?.target !== OFFSCREEN_TARGET) return undefined;
  const { html, maxElements, timeBudgetMs } = message.params ?? {};
  if (typeof html !== 'string' || typeof maxElements !== 'number' || typeof timeBudgetMs !== 'number') {
    return Promise.resolve({ kind: 'failed', reason: 'a malformed parse request' });
  }
  return Promise.resolve(parseNumberedHtml(html, { maxElements, timeBudgetMs }));
});
