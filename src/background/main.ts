// The background (service worker in Chromium, event page in Firefox): wires listeners to handlers.
// Listeners are added synchronously at the top level, so that a worker woken by an event gets it.
// The parse host is chosen at build time: Chromium's offscreen document or Firefox's own DOM.
import { parseArticle } from '@lentera/parse-host';
import { backgroundChannel } from '../contract/background-api';
import { callTab } from '../contract/callers';
import { dispatch, isFor } from '../contract/channel';
import { offscreenChannel } from '../contract/offscreen-api';
import { LOCAL_KEYS } from '../contract/storage';
import { nextTask } from '../core/next-task';
import { browser, type Runtime } from '../shared/browser';
import { loadSettings } from '../shared/settings';
import { storing } from '../shared/storage-errors';
import { createGlossaryStore } from './glossary-store';
import { createHandlers } from './handlers';
import { createLexiconStore } from './lexicon-store';
import { readerLanguage } from './reader-language';
import { createSaveLedger } from './save-ledger';
import { createTabStore } from './tab-store';
import { createVocabularyStore } from './vocabulary-store';

const IMPORTED = LOCAL_KEYS.importedGlossaries;
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
    await storing('The glossary', () => browser.storage.local.set({ [IMPORTED]: packs }));
  },
});
const handlers = createHandlers({
  tabs,
  glossary,
  lexicons: createLexiconStore({ readBundled }),
  vocabulary: createVocabularyStore(browser.storage.local),
  saves: createSaveLedger(browser.storage.session),
  async readerLanguage() {
    const [settings, accepted, supported] = await Promise.all([
      loadSettings(),
      browser.i18n.getAcceptLanguages(),
      glossary.languages(),
    ]);
    return readerLanguage(settings, accepted, browser.i18n.getUILanguage(), supported);
  },
  yieldNow: nextTask,
  parseArticle,
});
const log = (line: string) => console.warn(`[lentera] ${line}`);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // The offscreen document's messages are its own; anything else gets an answer, if only an error.
  if (isFor(offscreenChannel, message)) return undefined;
  // Top frame only for now: reports from subframes are not about the page the reader sees.
  const fromTopFrame = sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
  const senderTabId = fromTopFrame ? sender.tab?.id : undefined;
  return dispatch(backgroundChannel, message, { senderTabId }, handlers, log);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: what we knew of the old one no longer holds. (Without the "tabs"
  // permission the change carries no URL: a reload, too, is a new document, reported anew.)
  if (change.status === 'loading') {
    void tabs.set(tabId, { status: 'loading', updatedAt: Date.now() });
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void tabs.remove(tabId);
});

// The keyboard commands (changeable by the reader in the browser's shortcut settings): move to the
// next or previous term of the article in the active tab, or look up the selected word.
browser.commands.onCommand.addListener((command) => {
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id === undefined) return;
    if (command === 'next-term' || command === 'previous-term')
      void callTab(tab.id, 'focusTerm', { direction: command === 'next-term' ? 'next' : 'previous' });
    else if (command === 'look-up-word') void callTab(tab.id, 'lookUpSelection', {});
  });
});
