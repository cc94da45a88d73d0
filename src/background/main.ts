// The background (service worker in Chromium, event page in Firefox): wires listeners to handlers.
// Listeners are added synchronously at the top level, so that a worker woken by an event gets it.
import { browser, type Runtime } from '../shared/browser';
import { dispatch } from '../shared/dispatch';
import { createHandlers } from './handlers';
import { createTabStore } from './tab-store';

const tabs = createTabStore(browser.storage.session);
const handlers = createHandlers(tabs);
const log = (line: string) => console.warn(`[lentera] ${line}`);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Top frame only for now: reports from subframes are not about the page the reader sees.
  const fromTopFrame = sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
  const senderTabId = fromTopFrame ? sender.tab?.id : undefined;
  return dispatch(message, { senderTabId }, handlers, log);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: what we knew of the old one no longer holds.
  if (change.status === 'loading' && change.url !== undefined) {
    void tabs.set(tabId, { status: 'loading', updatedAt: Date.now() });
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void tabs.remove(tabId);
});
