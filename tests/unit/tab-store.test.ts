import { describe, expect, it } from 'vitest';
import { createGlossaryStore } from '../../src/background/glossary-store';
import { createHandlers } from '../../src/background/handlers';
import { createLexiconStore } from '../../src/background/lexicon-store';
import { createTabStore } from '../../src/background/tab-store';
import { createVocabularyStore } from '../../src/background/vocabulary-store';
import type { Storage } from '../../src/shared/browser';
import { memoryArea } from '../support/memory-area';

const noGlossary = createGlossaryStore({
  readBundled: async () => {
    throw new Error('no glossary in these tests');
  },
  readImported: async () => [],
  writeImported: async () => undefined,
});
const deps = (area: Storage.StorageArea, now?: () => number) => ({
  tabs: createTabStore(area),
  glossary: noGlossary,
  lexicons: createLexiconStore({ readBundled: async () => null }),
  vocabulary: createVocabularyStore(area),
  parseArticle: async () => ({ kind: 'none' as const }),
  readerLanguage: async () => 'en',
  now,
});

describe('background handlers', () => {
  const report = { kind: 'not-article', url: 'http://x/', reason: 'no article-like text' } as const;

  it('stores a report under the sender tab and answers it to whoever asks', async () => {
    const area = memoryArea();
    const handlers = createHandlers(deps(area, () => 42));
    expect(await handlers.reportPage(report, { senderTabId: 7 })).toEqual({ stored: true });
    expect(await handlers.getTabState({ tabId: 7 }, { senderTabId: undefined })).toEqual({
      status: 'ready',
      updatedAt: 42,
      report,
    });
    expect(await handlers.getTabState({ tabId: 8 }, { senderTabId: undefined })).toBeNull();
  });

  it('keeps nothing in memory: a new worker on the same storage knows what the old one stored', async () => {
    const area = memoryArea();
    await createHandlers(deps(area)).reportPage(report, { senderTabId: 3 });
    const restarted = createHandlers(deps(area));
    expect(await restarted.getTabState({ tabId: 3 }, { senderTabId: undefined })).toMatchObject({ report });
  });

  it('ignores reports that come from no tab', async () => {
    const area = memoryArea();
    const handlers = createHandlers(deps(area));
    expect(await handlers.reportPage(report, { senderTabId: undefined })).toEqual({ stored: false });
    expect(await area.get(null)).toEqual({});
  });
});
