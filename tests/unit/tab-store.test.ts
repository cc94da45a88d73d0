import { describe, expect, it } from 'vitest';
import { createGlossaryStore } from '../../src/background/glossary-store';
import { createHandlers } from '../../src/background/handlers';
import { createLexiconStore } from '../../src/background/lexicon-store';
import { createTabStore } from '../../src/background/tab-store';
import { createVocabularyStore } from '../../src/background/vocabulary-store';
import type { Storage } from '../../src/shared/browser';

/** An in-memory storage area with the same contract as storage.session (values are copied). */
function memoryArea(): Storage.StorageArea {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : [...data.keys()];
      return Object.fromEntries(
        list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]),
      );
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async clear() {
      data.clear();
    },
  } as Storage.StorageArea;
}

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

describe('vocabulary store', () => {
  const item = (text: string, status: 'learning' | 'known' = 'learning') => ({
    kind: 'word' as const,
    text,
    root: 'gambar',
    entryId: '',
    name: '',
    gloss: 'to describe',
    status,
    lang: 'id',
    readerLang: 'en',
    sentence: `Seorang pakar ${text} aliansi itu.`,
    pageTitle: 'T',
    url: 'http://x/',
  });

  it('keeps every one of many saves made at once, and updates a word saved twice', async () => {
    const area = memoryArea();
    const store = createVocabularyStore(area);
    const words = Array.from({ length: 40 }, (_, i) => `kata${i}`);
    await Promise.all([...words.map((w) => store.save(item(w))), store.save(item('Kata3', 'known'))]);
    const list = await store.list();
    expect(list.map((i) => i.text.toLowerCase()).sort()).toEqual([...words].sort());
    expect(list.find((i) => i.text === 'Kata3')?.status).toBe('known');
    // A store made after a worker restart sees the same list.
    expect((await createVocabularyStore(area).list()).length).toBe(40);
  });

  it('imports all items or none, and removes by id', async () => {
    const area = memoryArea();
    const store = createVocabularyStore(area);
    const first = await store.save(item('menggambarkan'));
    const imported = [item('digambarkan'), item('menggambarkan', 'known')].map((i) => ({
      ...i,
      id: crypto.randomUUID(),
      savedAt: '2026-01-02T03:04:05.000Z',
    }));
    expect(await store.import(imported)).toEqual({ added: 1, updated: 1, count: 2 });
    const list = await store.list();
    // The updated item keeps its id.
    expect(list.find((i) => i.text === 'menggambarkan')).toMatchObject({ id: first.id, status: 'known' });
    expect(await store.remove([first.id])).toEqual({ count: 1 });
    // Over the limit: refused whole, nothing changes.
    const many = Array.from({ length: 20_001 }, (_, n) => ({
      ...imported[0],
      text: `w${n}`,
      id: crypto.randomUUID(),
    }));
    await expect(store.import(many as typeof imported)).rejects.toThrow(/at most 20,000/);
    expect((await store.list()).map((i) => i.text)).toEqual(['digambarkan']);
  });

  it('marks the words of a page that are saved, or share a saved root', async () => {
    const area = memoryArea();
    const handlers = createHandlers(deps(area));
    await handlers.saveVocabulary({ ...item('menggambarkan'), saveId: 'save-0001' }, { senderTabId: 1 });
    await handlers.saveVocabulary(
      { ...item('pasukan', 'known'), root: '', saveId: 'save-0002' },
      { senderTabId: 1 },
    );
    const marks = await handlers.vocabularyMarks(
      { lang: 'id', words: ['Menggambarkan', 'gambar', 'pasukan', 'tentara'] },
      { senderTabId: 1 },
    );
    expect(marks).toEqual({ saved: 2, learning: ['Menggambarkan', 'gambar'], known: ['pasukan'] });
  });
});
