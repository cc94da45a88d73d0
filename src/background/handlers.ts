import { guessLanguage } from '../core/guess-language';
import type { BackgroundHandlers } from '../shared/messages';
import type { TabStore } from './tab-store';

export function createHandlers(tabs: TabStore, now: () => number = Date.now): BackgroundHandlers {
  return {
    async reportPage(report, { senderTabId }) {
      // Only a content script in a tab can report a page; the popup has no tab to speak for.
      if (senderTabId === undefined) return { stored: false };
      await tabs.set(senderTabId, { status: 'ready', updatedAt: now(), report });
      return { stored: true };
    },
    async getTabState({ tabId }) {
      return tabs.get(tabId);
    },
    async guessLanguage({ text }) {
      return { lang: guessLanguage(text) };
    },
  };
}
