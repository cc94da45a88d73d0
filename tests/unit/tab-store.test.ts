import { describe, expect, it } from 'vitest';
import { createGlossaryStore } from '../../src/background/glossary-store';
import { createHandlers } from '../../src/background/handlers';
import { createLexiconStore } from '../../src/background/lexicon-store';
import { createTabStore } from '../../src/background/tab-store';
import { createVocabularyStore } from '../../src/background/vocabulary-store';
import type { TabState } from '../../src/contract/background-api';
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

describe('tab store at storage.session quota', () => {
  const CAP = 10 * 1024 * 1024;
  const big = (url: string, chars: number): TabState => ({
    status: 'ready',
    updatedAt: 0,
    report: {
      kind: 'article',
      url,
      title: 'T',
      lang: 'id',
      langSource: 'html',
      byline: null,
      siteName: null,
      publishedTime: null,
      excerpt: null,
      dir: null,
      words: 1,
      readingMinutes: 1,
      blocks: [{ kind: 'paragraph', text: 'x'.repeat(chars) }],
    },
  });

  it("makes room in other tabs' keys, the least recently updated first, never in the tab written", async () => {
    const area = memoryArea({ quotaBytes: CAP });
    const tabs = createTabStore(area);
    await tabs.set(1, { ...big('http://a/', 3_000_000), updatedAt: 10 });
    await tabs.setSummary(1, { updatedAt: 10, url: 'http://a/', sentences: [] });
    await tabs.set(2, { ...big('http://b/', 3_000_000), updatedAt: 20 });
    await tabs.set(3, { ...big('http://c/', 3_000_000), updatedAt: 30 });
    // A fourth long article does not fit: tab 1, the least recently updated, gives way.
    await tabs.set(4, { ...big('http://d/', 3_000_000), updatedAt: 40 });
    expect(await tabs.get(1)).toBeNull();
    expect((await tabs.session(1)).summary).toBeNull();
    for (const id of [2, 3, 4]) expect((await tabs.get(id))?.status, `tab ${id}`).toBe('ready');
    expect(area.bytesInUse()).toBeLessThanOrEqual(CAP);
  });

  it('gives up with storage-full when the write alone is larger than the area, and keeps what was there', async () => {
    const area = memoryArea({ quotaBytes: 1_000_000 });
    const tabs = createTabStore(area);
    await tabs.set(1, { ...big('http://a/', 1_000), updatedAt: 10 });
    await expect(tabs.set(2, big('http://b/', 2_000_000))).rejects.toMatchObject({ code: 'storage-full' });
    expect(await tabs.get(2)).toBeNull();
    expect((await tabs.get(1))?.status).toBe('ready');
  });
});
