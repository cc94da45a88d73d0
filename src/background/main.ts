// The background (service worker in Chromium, event page in Firefox): wires listeners to handlers.
// Listeners are added synchronously at the top level, so that a worker woken by an event gets it.
import { browser, type Runtime } from '../shared/browser';
import { dispatch } from '../shared/dispatch';
import { loadSettings } from '../shared/settings';
import { createGlossaryStore } from './glossary-store';
import { createHandlers } from './handlers';
import { createLexiconStore } from './lexicon-store';
import { isForOffscreen, parseOffThread } from './parse-off-thread';
import { readerLanguage } from './reader-language';
import { createTabStore } from './tab-store';
import { createVocabularyStore } from './vocabulary-store';

const IMPORTED = 'importedGlossaries';
const tabs = createTabStore(browser.storage.session);
async function readBundled(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}
const glossary = createGlossaryStore({
  readBundled,
  async readImported() {
    const stored = (await browser.storage.local.get(IMPORTED))[IMPORTED];
    return Array.isArray(stored) ? stored : [];
  },
  async writeImported(packs) {
    await browser.storage.local.set({ [IMPORTED]: packs });
  },
});
const handlers = createHandlers({
  tabs,
  glossary,
  lexicons: createLexiconStore({ readBundled }),
  vocabulary: createVocabularyStore(browser.storage.local),
  async readerLanguage() {
    const [settings, accepted, supported] = await Promise.all([
      loadSettings(),
      browser.i18n.getAcceptLanguages(),
      glossary.languages(),
    ]);
    return readerLanguage(settings, accepted, browser.i18n.getUILanguage(), supported);
  },
  yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
  parseArticle: parseOffThread,
});
const log = (line: string) => console.warn(`[lentera] ${line}`);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Messages for the offscreen document are its own.
  if (isForOffscreen(message)) return undefined;
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

// The keyboard commands (changeable by the reader in the browser's shortcut settings): move to the
// next or previous term of the article in the active tab, or look up the selected word.
browser.commands.onCommand.addListener((command) => {
  const message =
    command === 'next-term' || command === 'previous-term'
      ? {
          lentera: 1,
          method: 'focusTerm',
          params: { direction: command === 'next-term' ? 'next' : 'previous' },
        }
      : command === 'look-up-word'
        ? { lentera: 1, method: 'lookUpSelection', params: {} }
        : null;
  if (!message) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
