// The vocabulary store on real IndexedDB (headless Chromium), with storage.local faked by an
// in-memory area that can enforce Chromium's quota: saves from many callers at once, import all or
// nothing, the limit of limits.ts at the largest item size, the migration of the legacy array
// (once, and safe when the worker stops midway), and storage failures that lose nothing.
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createGlossaryStore } from '../../src/background/glossary-store';
import { createHandlers } from '../../src/background/handlers';
import { createLexiconStore } from '../../src/background/lexicon-store';
import { createTabStore } from '../../src/background/tab-store';
import { createVocabularyStore, openVocabularyDb } from '../../src/background/vocabulary-store';
import { backgroundChannel } from '../../src/contract/background-api';
import { dispatch, envelope } from '../../src/contract/channel';
import { ApiFailure } from '../../src/contract/result';
import { LOCAL_KEYS, VOCABULARY_DB, vocabularyChanged } from '../../src/contract/storage';
import type { VocabularyItem } from '../../src/core/vocabulary/item';
import { VOCABULARY_MAX_ITEMS } from '../../src/core/vocabulary/limits';
import {
  CHROMIUM_QUOTA_BYTES,
  CHROMIUM_QUOTA_MESSAGES,
  FIREFOX_QUOTA_MESSAGE,
  memoryArea,
} from '../support/memory-area';
import { largestItem, realisticItem } from '../support/vocabulary-items';

const databases: string[] = [];
const restores: (() => void)[] = [];
afterEach(async () => {
  for (const restore of restores.splice(0)) restore();
  for (const name of databases.splice(0)) await deleteDB(name);
});

/** A store on a database of its own; `again()` is the store a restarted worker makes. */
function fresh(local = memoryArea()) {
  const dbName = `test-${crypto.randomUUID()}`;
  databases.push(dbName);
  const make = () => createVocabularyStore(local, { dbName });
  return { local, dbName, store: make(), again: make };
}

const saving = (text: string, status: 'learning' | 'known' = 'learning') => ({
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

/** Makes every `method` of IndexedDB's object stores throw `error` from the `after`-th call on. */
function failIdb(method: 'put' | 'add', error: () => Error, after = 0) {
  const proto = IDBObjectStore.prototype;
  const original = proto[method];
  let calls = 0;
  proto[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
    if (calls++ >= after) throw error();
    return original.apply(this, args);
  } as typeof original;
  const restore = () => {
    proto[method] = original;
  };
  restores.push(restore);
  return restore;
}
const idbQuota = () =>
  new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
};

describe('the vocabulary store', () => {
  it('keeps every one of many saves made at once, and updates a word saved twice', async () => {
    const { store, again } = fresh();
    const words = Array.from({ length: 40 }, (_, i) => `kata${i}`);
    await Promise.all([...words.map((w) => store.save(saving(w))), store.save(saving('Kata3', 'known'))]);
    const list = await store.list();
    expect(list.map((i) => i.text.toLowerCase()).sort()).toEqual([...words].sort());
    expect(list.find((i) => i.text === 'Kata3')?.status).toBe('known');
    // In the order first saved: the update kept its place.
    expect(list.map((i) => i.text.toLowerCase())).toEqual(words);
    // A store made after a worker restart sees the same list.
    expect((await again().list()).length).toBe(40);
  });

  it('imports all items or none, and removes by id', async () => {
    const { store } = fresh();
    const first = await store.save(saving('menggambarkan'));
    const imported = [saving('digambarkan'), saving('menggambarkan', 'known')].map((i) => ({
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
    const many = Array.from({ length: VOCABULARY_MAX_ITEMS + 1 }, (_, n) => ({
      ...(imported[0] as VocabularyItem),
      text: `w${n}`,
      id: crypto.randomUUID(),
    }));
    const refused = await failure(store.import(many));
    expect(refused.code).toBe('bad-request');
    expect(refused.message).toMatch(/at most 20,000/);
    expect((await store.list()).map((i) => i.text)).toEqual(['digambarkan']);
  });

  it('lists a page at a time, oldest first, the first empty page past the last', async () => {
    const { store } = fresh();
    await store.import([1, 2, 3, 4, 5].map(realisticItem));
    await store.remove([realisticItem(2).id]);
    const texts = async (offset: number, limit: number) =>
      (await store.list({ offset, limit })).map((i) => i.text);
    const all = [1, 3, 4, 5].map((n) => realisticItem(n).text);
    expect(await texts(0, 2)).toEqual(all.slice(0, 2));
    expect(await texts(2, 2)).toEqual(all.slice(2, 4));
    expect(await texts(4, 2)).toEqual([]);
    expect(await texts(3, 10)).toEqual(all.slice(3));
    expect((await store.list({ newest: true, limit: 3 })).map((i) => i.text)).toEqual(all.slice(1).reverse());
    expect((await store.list({ newest: true, offset: 3, limit: 3 })).map((i) => i.text)).toEqual([all[0]]);
    expect(await store.count()).toBe(4);
  });

  it('gives an imported item whose id another item has an id of its own, and takes none', async () => {
    const { store } = fresh();
    const { id } = await store.save(saving('rumah'));
    const twins = [
      { ...realisticItem(1), id },
      { ...realisticItem(2), id: '00000000-0000-4000-8000-00000000abcd' },
      { ...realisticItem(3), id: '00000000-0000-4000-8000-00000000abcd' },
    ];
    expect(await store.import(twins)).toEqual({ added: 3, updated: 0, count: 4 });
    const list = await store.list();
    expect(new Set(list.map((i) => i.id)).size).toBe(4);
    expect(list[0]).toMatchObject({ id, text: 'rumah' });
  });

  it('tells the pages after each committed change, and not after a refused one', async () => {
    const { local, store } = fresh();
    const revision = async () =>
      (await local.get(LOCAL_KEYS.vocabularyRevision))[LOCAL_KEYS.vocabularyRevision];
    await store.save(saving('satu'));
    const first = await revision();
    expect(typeof first).toBe('string');
    await store.save(saving('dua'));
    const second = await revision();
    expect(second).not.toBe(first);
    failIdb('put', idbQuota);
    await failure(store.save(saving('tiga')));
    expect(await revision()).toBe(second);
    expect(vocabularyChanged({ [LOCAL_KEYS.vocabularyRevision]: { newValue: second } }, 'local')).toBe(true);
    expect(vocabularyChanged({ [LOCAL_KEYS.vocabularyRevision]: { newValue: second } }, 'session')).toBe(
      false,
    );
    expect(vocabularyChanged({ [LOCAL_KEYS.settings]: {} }, 'local')).toBe(false);
  });

  it('marks the words of a page that are saved, or share a saved root, from the words of its language', async () => {
    const { local, store } = fresh();
    const handlers = createHandlers({
      tabs: createTabStore(memoryArea()),
      glossary: createGlossaryStore({
        readBundled: async () => {
          throw new Error('no glossary in these tests');
        },
        readImported: async () => [],
        writeImported: async () => undefined,
      }),
      lexicons: createLexiconStore({ readBundled: async () => null }),
      vocabulary: store,
      parseArticle: async () => ({ kind: 'none' as const }),
      readerLanguage: async () => 'en',
    });
    await handlers.saveVocabulary({ ...saving('menggambarkan'), saveId: 'save-0001' }, { senderTabId: 1 });
    await handlers.saveVocabulary(
      { ...saving('pasukan', 'known'), root: '', saveId: 'save-0002' },
      { senderTabId: 1 },
    );
    // A term, and a word of another language: not the page's words.
    await handlers.saveVocabulary(
      { ...saving('gambar'), kind: 'term', saveId: 'save-0003' },
      { senderTabId: 1 },
    );
    await handlers.saveVocabulary(
      { ...saving('troops'), lang: 'en', saveId: 'save-0004' },
      { senderTabId: 1 },
    );
    const marks = await handlers.vocabularyMarks(
      { lang: 'id', words: ['Menggambarkan', 'gambar', 'pasukan', 'tentara', 'troops'] },
      { senderTabId: 1 },
    );
    expect(marks).toEqual({ saved: 2, learning: ['Menggambarkan', 'gambar'], known: ['pasukan'] });
    expect(local.bytesInUse()).toBeLessThan(200);
  });
});

describe('the vocabulary at its limit', () => {
  it(`holds ${VOCABULARY_MAX_ITEMS.toLocaleString('en-US')} items of the largest size, updates one, refuses one more, and the settings stay writable`, {
    timeout: 120_000,
  }, async () => {
    // storage.local with Chromium's quota without "unlimitedStorage": the vocabulary is not in it.
    const local = memoryArea({ quotaBytes: CHROMIUM_QUOTA_BYTES });
    const { store } = fresh(local);
    const items = Array.from({ length: VOCABULARY_MAX_ITEMS }, (_, n) => largestItem(n));
    const chars = items.reduce((sum, i) => sum + JSON.stringify(i).length, 0);
    expect(chars).toBeGreaterThan(90_000_000);
    for (let from = 0; from < items.length; from += 5_000)
      await store.import(items.slice(from, from + 5_000));
    expect(await store.count()).toBe(VOCABULARY_MAX_ITEMS);
    // One more word is refused with the limit; a word already there is updated.
    const { id: _i, savedAt: _s, ...oneMore } = largestItem(VOCABULARY_MAX_ITEMS);
    const refused = await failure(store.save(oneMore));
    expect(refused.message).toMatch(/at most 20,000/);
    const { id: _j, savedAt: _t, ...known } = { ...largestItem(7), status: 'known' as const };
    expect(await store.save(known)).toEqual({ id: largestItem(7).id, count: VOCABULARY_MAX_ITEMS });
    // The reader removes one and saves the new word: it is listed, last.
    await store.remove([largestItem(0).id]);
    expect((await store.save(oneMore)).count).toBe(VOCABULARY_MAX_ITEMS);
    const list = await store.list();
    expect(list.length).toBe(VOCABULARY_MAX_ITEMS);
    expect(list.at(-1)?.text).toBe(oneMore.text);
    expect(list.find((i) => i.id === largestItem(7).id)?.status).toBe('known');
    // storage.local holds only the revision: the settings can still be written.
    expect(local.bytesInUse()).toBeLessThan(200);
    await local.set({
      [LOCAL_KEYS.settings]: { annotations: { enabled: true, sites: { 'example.com': false } } },
    });
  });
});

describe('the migration of the legacy array', () => {
  const legacy = [
    realisticItem(1),
    realisticItem(2),
    { text: 'an item of an older version' },
    realisticItem(3),
  ];

  it('moves every item, in order, keeps what no longer fits the schema, and removes the array', async () => {
    const local = memoryArea();
    // An earlier import could bring one id twice.
    await local.set({
      [LOCAL_KEYS.legacyVocabulary]: [...legacy, { ...realisticItem(4), id: realisticItem(1).id }],
    });
    const { store, dbName } = fresh(local);
    const list = await store.list();
    expect(list.map((i) => i.text)).toEqual([1, 2, 3, 4].map((n) => realisticItem(n).text));
    expect(new Set(list.map((i) => i.id)).size).toBe(4);
    expect(list.slice(0, 3)).toEqual([realisticItem(1), realisticItem(2), realisticItem(3)]);
    expect(await local.get(LOCAL_KEYS.legacyVocabulary)).toEqual({});
    const db = await openVocabularyDb(dbName);
    expect(await db.getAll(VOCABULARY_DB.unreadable)).toEqual([{ text: 'an item of an older version' }]);
    db.close();
  });

  it('runs once: an array still there after the migration (a worker stopped before removing it) is not read again', async () => {
    const local = memoryArea();
    await local.set({ [LOCAL_KEYS.legacyVocabulary]: legacy });
    const { store, again } = fresh(local);
    // The worker stops after the transaction, before the array is removed.
    const remove = local.remove.bind(local);
    local.remove = async () => {
      throw new Error('the worker was stopped');
    };
    await expect(store.list()).rejects.toThrow(/stopped/);
    local.remove = remove;
    expect(await local.get(LOCAL_KEYS.legacyVocabulary)).not.toEqual({});
    // The next worker: the items are there once, and the reader's changes since are kept.
    const next = again();
    expect((await next.list()).length).toBe(3);
    await next.remove([realisticItem(2).id]);
    await local.set({ [LOCAL_KEYS.legacyVocabulary]: legacy });
    const third = again();
    expect((await third.list()).map((i) => i.text)).toEqual([realisticItem(1).text, realisticItem(3).text]);
    expect(await local.get(LOCAL_KEYS.legacyVocabulary)).toEqual({});
  });

  it('loses nothing when the worker stops in the middle of the transaction', async () => {
    const local = memoryArea();
    await local.set({ [LOCAL_KEYS.legacyVocabulary]: legacy });
    const { store, again, dbName } = fresh(local);
    const restore = failIdb('add', () => new Error('the worker was stopped'), 2);
    await expect(store.save(saving('baru'))).rejects.toThrow(/stopped/);
    restore();
    // Nothing was written: the transaction is all or nothing, and the array is still there.
    const db = await openVocabularyDb(dbName);
    expect(await db.count(VOCABULARY_DB.items)).toBe(0);
    db.close();
    expect((await local.get(LOCAL_KEYS.legacyVocabulary))[LOCAL_KEYS.legacyVocabulary]).toEqual(legacy);
    const next = again();
    await next.save(saving('baru'));
    expect((await next.list()).map((i) => i.text)).toEqual([
      realisticItem(1).text,
      realisticItem(2).text,
      realisticItem(3).text,
      'baru',
    ]);
  });

  it('migrates a legacy array that filled storage.local, after which the settings can be written', async () => {
    const local = memoryArea({ quotaBytes: CHROMIUM_QUOTA_BYTES });
    // As the issue measured: storage.local full of vocabulary (items of one size: as many as fit),
    // one more item refused, and the settings refused.
    const each = JSON.stringify(largestItem(0)).length + 1;
    const fits = Math.floor((CHROMIUM_QUOTA_BYTES - LOCAL_KEYS.legacyVocabulary.length - 1) / each);
    const full = Array.from({ length: fits }, (_, n) => largestItem(n));
    await local.set({ [LOCAL_KEYS.legacyVocabulary]: full });
    const refused = await local.set({ [LOCAL_KEYS.legacyVocabulary]: [...full, largestItem(fits)] }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(CHROMIUM_QUOTA_MESSAGES).toContain(refused);
    expect(full.length).toBeGreaterThan(2000);
    await expect(
      local.set({ [LOCAL_KEYS.settings]: { bothGlosses: true, pad: 'x'.repeat(5000) } }),
    ).rejects.toThrow(/quota/);
    const { store } = fresh(local);
    expect(await store.count()).toBe(full.length);
    await local.set({ [LOCAL_KEYS.settings]: { bothGlosses: true } });
    expect((await store.save(saving('baru'))).count).toBe(full.length + 1);
  });
});

describe('storage failures', () => {
  it('a full IndexedDB refuses a save and an import with storage-full, and loses nothing', async () => {
    const { store } = fresh();
    await store.save(saving('satu'));
    await store.import([realisticItem(1)]);
    const before = await store.list();
    // The quota is hit on the second item of an import: none of it is stored.
    const restore = failIdb('put', idbQuota, 1);
    const imported = await failure(store.import([realisticItem(2), realisticItem(3), realisticItem(4)]));
    expect(imported.code).toBe('storage-full');
    expect(imported.message).toMatch(/The vocabulary was not stored: the browser's storage is full/);
    const saved = await failure(store.save(saving('dua')));
    expect(saved.code).toBe('storage-full');
    expect(await store.list()).toEqual(before);
    restore();
    // Room again: the next save works.
    expect((await store.save(saving('dua'))).count).toBe(3);
  });

  it('answers a caller with the code, through the background channel', async () => {
    const { store } = fresh();
    const handlers = createHandlers({
      tabs: createTabStore(memoryArea()),
      glossary: createGlossaryStore({
        readBundled: async () => null,
        readImported: async () => [],
        writeImported: async () => undefined,
      }),
      lexicons: createLexiconStore({ readBundled: async () => null }),
      vocabulary: store,
      parseArticle: async () => ({ kind: 'none' as const }),
      readerLanguage: async () => 'en',
    });
    const restore = failIdb(
      'put',
      () => new DOMException('Encountered full disk while opening backing store.', 'QuotaExceededError'),
    );
    const reply = await dispatch(
      backgroundChannel,
      envelope(backgroundChannel.name, 'saveVocabulary', { ...saving('satu'), saveId: 'save-full-1' }),
      { senderTabId: 3 },
      handlers,
      () => undefined,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    restore();
    failIdb('put', () => new DOMException('Internal error.', 'UnknownError'));
    const other = await dispatch(
      backgroundChannel,
      envelope(backgroundChannel.name, 'saveVocabulary', { ...saving('satu'), saveId: 'save-full-1' }),
      { senderTabId: 3 },
      handlers,
      () => undefined,
    );
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: expect.stringMatching(/not stored: Internal error/) },
    });
  });

  it('a storage.local that refuses the revision (Chromium or Firefox quota) does not undo a save', async () => {
    for (const message of [...CHROMIUM_QUOTA_MESSAGES, FIREFOX_QUOTA_MESSAGE]) {
      const local = memoryArea({ quotaBytes: 0, quotaMessage: message });
      const { store } = fresh(local);
      expect((await store.save(saving('satu'))).count).toBe(1);
      expect((await store.list()).map((i) => i.text)).toEqual(['satu']);
    }
  });
});
