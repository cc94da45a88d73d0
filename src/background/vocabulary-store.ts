// The reader's vocabulary, in IndexedDB (contract/storage.ts's VOCABULARY_DB): one record an item,
// so a save writes one item, not the whole list, and 20,000 items of the largest size the schema
// allows (about 90 MB) fit (the "unlimitedStorage" permission lifts the origin's quota). The
// background is its one writer, and writes one change at a time (a queue), so saves from several
// tabs at once all arrive; each change is one transaction, so a worker stopped at any moment leaves
// the vocabulary as it was before the change or after it, and an import is all or nothing.
// After each committed change a new value of LOCAL_KEYS.vocabularyRevision tells the pages.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import * as v from 'valibot';
import type { VocabularySave } from '../contract/background-api';
import { ApiFailure } from '../contract/result';
import { LOCAL_KEYS, VOCABULARY_DB } from '../contract/storage';
import { type VocabularyItem, vocabularyItemSchema } from '../core/vocabulary/item';
import { VOCABULARY_MAX_ITEMS } from '../core/vocabulary/limits';
import type { Storage } from '../shared/browser';
import { storageFailure } from '../shared/storage-errors';

/** Items are the same entry when they have the same text (any case), language and kind. */
export const itemKey = (i: Pick<VocabularyItem, 'text' | 'lang' | 'kind'>) =>
  `${i.kind}\u0000${i.lang}\u0000${i.text.toLocaleLowerCase(i.lang)}`;

export interface VocabularyRecord {
  /** Given by the database on the first save: the order items were first saved in. */
  seq?: number;
  key: string;
  item: VocabularyItem;
}

interface VocabularyDb extends DBSchema {
  items: {
    key: number;
    value: VocabularyRecord;
    indexes: { key: string; id: string; word: [string, string] };
  };
  unreadable: { key: number; value: unknown };
  meta: { key: string; value: unknown };
}

/**
 * Issues one request of a transaction: one that throws at once (a transaction already aborted)
 * rejects instead, and no rejection goes unhandled when an earlier one already failed the whole.
 */
function request<T>(make: () => Promise<T>): Promise<T> {
  try {
    const made = make();
    made.catch(() => undefined);
    return made;
  } catch (error) {
    return Promise.reject(error);
  }
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished: a failed request aborts its transaction.
  }
}

type ItemsTransaction = IDBPTransaction<VocabularyDb, ['items', 'meta'], 'readwrite'>;

/**
 * How many items there are, kept in `meta` by every change in its own transaction: counting the
 * records takes Chromium about 100 ms at 20,000 of the largest (it reads them), this one read none.
 */
const COUNT = 'count';
async function countIn(tx: ItemsTransaction): Promise<number> {
  const kept = await tx.objectStore(VOCABULARY_DB.meta).get(COUNT);
  return typeof kept === 'number' ? kept : tx.objectStore(VOCABULARY_DB.items).count();
}
const keepCount = (tx: ItemsTransaction, count: number) =>
  request(() => tx.objectStore(VOCABULARY_DB.meta).put(count, COUNT));

const MIGRATED = 'migratedFromStorageLocal';
const LEGACY = LOCAL_KEYS.legacyVocabulary;
const WHAT = 'The vocabulary';

const tooMany = () =>
  new ApiFailure(
    'bad-request',
    `the vocabulary holds at most ${VOCABULARY_MAX_ITEMS.toLocaleString('en-US')} items`,
  );

export function openVocabularyDb(name: string = VOCABULARY_DB.name, onClose?: () => void) {
  return openDB<VocabularyDb>(name, VOCABULARY_DB.version, {
    upgrade(db) {
      const items = db.createObjectStore(VOCABULARY_DB.items, { keyPath: 'seq', autoIncrement: true });
      items.createIndex('key', 'key', { unique: true });
      items.createIndex('id', 'item.id', { unique: true });
      // The words of one language (for the colours in a page of that language).
      items.createIndex('word', ['item.kind', 'item.lang']);
      db.createObjectStore(VOCABULARY_DB.unreadable, { autoIncrement: true });
      db.createObjectStore(VOCABULARY_DB.meta);
    },
    // A newer version of Lentera wants to upgrade the database: let it (this one reopens on use).
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated: () => onClose?.(),
  });
}

export interface VocabularyStoreOptions {
  /** The database's name (tests give each store its own). */
  dbName?: string;
  now?: () => Date;
}

/**
 * `local` is storage.local: where the legacy array is migrated from, and where the revision is
 * written after each change.
 */
export function createVocabularyStore(local: Storage.StorageArea, options: VocabularyStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  let opening: Promise<IDBPDatabase<VocabularyDb>> | null = null;
  const db = () => {
    opening ??= openVocabularyDb(options.dbName, () => {
      opening = null;
    }).catch((error: unknown) => {
      opening = null;
      throw storageFailure(WHAT, error);
    });
    return opening;
  };

  let migration: Promise<void> | null = null;
  /** The legacy array (versions before 0.2), moved here once; a worker stopped midway loses nothing. */
  const migrated = () => {
    migration ??= migrate().catch((error: unknown) => {
      migration = null;
      throw storageFailure(WHAT, error);
    });
    return migration;
  };
  async function migrate(): Promise<void> {
    const legacy = (await local.get(LEGACY))[LEGACY];
    if (legacy === undefined) return;
    const d = await db();
    const tx = d.transaction(
      [VOCABULARY_DB.items, VOCABULARY_DB.unreadable, VOCABULARY_DB.meta],
      'readwrite',
    );
    const done = tx.done;
    done.catch(() => undefined);
    // Written in the same transaction as the items: once it is there, the items are too, and the
    // array is not read again (the reader may have changed or removed some of them since).
    if ((await tx.objectStore(VOCABULARY_DB.meta).get(MIGRATED)) === undefined) {
      const all: unknown[] = Array.isArray(legacy) ? legacy : [legacy];
      const byKey = new Map<string, VocabularyItem>();
      const unreadable: unknown[] = [];
      const ids = new Set<string>();
      for (const raw of all) {
        if (!v.is(vocabularyItemSchema, raw)) {
          unreadable.push(raw);
          continue;
        }
        const key = itemKey(raw);
        // Earlier versions let an import bring an id twice; each item keeps one of its own here.
        const id = ids.has(raw.id) && byKey.get(key)?.id !== raw.id ? crypto.randomUUID() : raw.id;
        ids.add(id);
        byKey.set(key, { ...raw, id });
      }
      const items = tx.objectStore(VOCABULARY_DB.items);
      try {
        await Promise.all([
          ...[...byKey].map(([key, item]) => request(() => items.add({ key, item }))),
          ...unreadable.map((raw) => request(() => tx.objectStore(VOCABULARY_DB.unreadable).add(raw))),
          request(() =>
            tx
              .objectStore(VOCABULARY_DB.meta)
              .put({ at: now().toISOString(), items: byKey.size, unreadable: unreadable.length }, MIGRATED),
          ),
        ]);
        await tx.objectStore(VOCABULARY_DB.meta).put(await items.count(), COUNT);
      } catch (error) {
        abort(tx);
        throw error;
      }
    }
    await done;
    // Only once the items are committed: a worker stopped before this line migrates nothing twice.
    await local.remove(LEGACY);
  }

  /** Wakes the pages (storage.onChanged); the change is stored already, so a failure here is only logged. */
  const signal = () =>
    local
      .set({ [LOCAL_KEYS.vocabularyRevision]: crypto.randomUUID() })
      .catch((error: unknown) =>
        console.warn('[lentera] the vocabulary changed, but the pages were not told:', error),
      );

  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `change` in one transaction, after every change under way, as the one writer. */
  const write = <T>(change: (tx: ItemsTransaction) => Promise<T>): Promise<T> => {
    const run = queue.then(async () => {
      await migrated();
      const tx = (await db()).transaction([VOCABULARY_DB.items, VOCABULARY_DB.meta], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      let reply: T;
      try {
        reply = await change(tx);
      } catch (error) {
        abort(tx);
        throw storageFailure(WHAT, error);
      }
      try {
        await done;
      } catch (error) {
        throw storageFailure(WHAT, error);
      }
      await signal();
      return reply;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const visible = (records: VocabularyRecord[]): VocabularyItem[] =>
    // Anything that no longer fits the schema (a later change of it) is kept out of sight, not lost.
    records.map((r) => r.item).filter((item) => v.is(vocabularyItemSchema, item));

  return {
    /**
     * The items in the order they were first saved (`newest`: the other way): all, or `limit` from
     * the `offset`-th.
     */
    async list(page: { offset?: number; limit?: number; newest?: boolean } = {}): Promise<VocabularyItem[]> {
      await migrated();
      const d = await db();
      const { offset = 0, limit } = page;
      if (page.newest) {
        // From the end: the options page's newest rows read those rows only.
        const records: VocabularyRecord[] = [];
        let cursor = await d.transaction(VOCABULARY_DB.items).store.openCursor(null, 'prev');
        if (cursor && offset > 0) cursor = await cursor.advance(offset);
        while (cursor && records.length < (limit ?? Number.POSITIVE_INFINITY)) {
          records.push(cursor.value);
          cursor = await cursor.continue();
        }
        return visible(records);
      }
      if (offset === 0) return visible(await d.getAll(VOCABULARY_DB.items, null, limit));
      const tx = d.transaction(VOCABULARY_DB.items);
      // The offset-th record's key (every key is a small number: 20,000 of them are cheap to read).
      const seqs = await tx.store.getAllKeys(null, offset + 1);
      const from = seqs[offset];
      if (from === undefined) return [];
      return visible(await tx.store.getAll(IDBKeyRange.lowerBound(from), limit));
    },
    /** The words (not terms) of one page language. */
    async words(lang: string): Promise<VocabularyItem[]> {
      await migrated();
      return visible(await (await db()).getAllFromIndex(VOCABULARY_DB.items, 'word', ['word', lang]));
    },
    async count(): Promise<number> {
      await migrated();
      const d = await db();
      const kept = await d.get(VOCABULARY_DB.meta, COUNT);
      return typeof kept === 'number' ? kept : d.count(VOCABULARY_DB.items);
    },
    /** Adds an item, or updates the one with the same key (keeping its id and place). */
    save(item: VocabularySave): Promise<{ id: string; count: number }> {
      return write(async (tx) => {
        const items = tx.objectStore(VOCABULARY_DB.items);
        const key = itemKey(item);
        const existing = await items.index('key').get(key);
        const before = await countIn(tx);
        if (!existing && before >= VOCABULARY_MAX_ITEMS) throw tooMany();
        const id = existing?.item.id ?? crypto.randomUUID();
        const next: VocabularyItem = { ...item, id, savedAt: now().toISOString() };
        const count = existing ? before : before + 1;
        await Promise.all([
          request(() => items.put(existing ? { ...existing, item: next } : { key, item: next })),
          keepCount(tx, count),
        ]);
        return { id, count };
      });
    },
    /** Adds imported items; an item with the key of one already there replaces it. All or nothing. */
    import(incoming: readonly VocabularyItem[]) {
      return write(async (tx) => {
        const items = tx.objectStore(VOCABULARY_DB.items);
        // The last of several rows with one key wins, in the place of the first.
        const byKey = new Map<string, VocabularyItem>();
        for (const item of incoming) byKey.set(itemKey(item), item);
        const keys = [...byKey.keys()];
        const [count, found, owners] = await Promise.all([
          countIn(tx),
          Promise.all(keys.map((key) => request(() => items.index('key').get(key)))),
          Promise.all(
            keys.map((key) => request(() => items.index('id').getKey((byKey.get(key) as VocabularyItem).id))),
          ),
        ]);
        const added = found.filter((r) => r === undefined).length;
        if (count + added > VOCABULARY_MAX_ITEMS) throw tooMany();
        const ids = new Set<string>();
        await Promise.all([
          keepCount(tx, count + added),
          ...keys.map((key, n) => {
            const existing = found[n];
            const item = byKey.get(key) as VocabularyItem;
            if (existing)
              return request(() => items.put({ ...existing, item: { ...item, id: existing.item.id } }));
            // An id another item has (a file edited by hand) is not taken from it: this one gets its own.
            const id = owners[n] !== undefined || ids.has(item.id) ? crypto.randomUUID() : item.id;
            ids.add(id);
            return request(() => items.put({ key, item: { ...item, id } }));
          }),
        ]);
        return { added, updated: incoming.length - added, count: count + added };
      });
    },
    remove(ids: readonly string[]) {
      return write(async (tx) => {
        const items = tx.objectStore(VOCABULARY_DB.items);
        const [before, found] = await Promise.all([
          countIn(tx),
          Promise.all([...new Set(ids)].map((id) => request(() => items.index('id').getKey(id)))),
        ]);
        const seqs = found.filter((seq) => seq !== undefined);
        const count = before - seqs.length;
        await Promise.all([...seqs.map((seq) => request(() => items.delete(seq))), keepCount(tx, count)]);
        return { count };
      });
    },
  };
}

export type VocabularyStore = ReturnType<typeof createVocabularyStore>;
