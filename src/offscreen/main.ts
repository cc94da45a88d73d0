// Chromium's offscreen document: parses pages' numbered copies for the service worker, which has
// no DOM. It answers only messages of its own channel.
import { dispatch, isFor } from '../contract/channel';
import { offscreenChannel } from '../contract/offscreen-api';
import { parseNumberedHtmlInTasks } from '../dom/parse-numbered';
import { browser } from '../shared/browser';

const log = (line: string) => console.warn(`[lentera offscreen] ${line}`);

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isFor(offscreenChannel, message)) return undefined;
  return dispatch(
    offscreenChannel,
    message,
    undefined,
    { parseArticle: (params) => parseNumberedHtmlInTasks(params.html, params) },
    log,
  );
});
