// The reader's vocabulary, in storage.local. The background is its one writer, and writes one at a
// time (a queue), so saves from several tabs at once all arrive; each write is one `set` of the whole
// list, so a worker stopped between two saves loses neither.
import * as v from 'valibot';
import type { VocabularySave } from '../contract/background-api';
import { LOCAL_KEYS } from '../contract/storage';
import { type VocabularyItem, vocabularyItemSchema } from '../core/vocabulary/item';
import { VOCABULARY_MAX_ITEMS } from '../core/vocabulary/limits';
import type { Storage } from '../shared/browser';

const KEY = LOCAL_KEYS.vocabulary;

/** Items are the same entry when they have the same text (any case), language and kind. */
export const itemKey = (i: Pick<VocabularyItem, 'text' | 'lang' | 'kind'>) =>
  `${i.kind}\u0000${i.lang}\u0000${i.text.toLocaleLowerCase(i.lang)}`;

export function createVocabularyStore(area: Storage.StorageArea, now: () => Date = () => new Date()) {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<VocabularyItem[]> => {
    const stored = (await area.get(KEY))[KEY];
    if (!Array.isArray(stored)) return [];
    // Anything that no longer fits the schema (an older version's items) is kept out of sight, not lost.
    return stored.filter((item) => v.is(vocabularyItemSchema, item)) as VocabularyItem[];
  };
  /** Runs `change` after every write under way, as the one writer. */
  const write = <T>(change: (items: VocabularyItem[]) => { items: VocabularyItem[]; reply: T }) => {
    const run = queue.then(async () => {
      const stored = (await area.get(KEY))[KEY];
      const all = Array.isArray(stored) ? (stored as unknown[]) : [];
      const valid = all.filter((item) => v.is(vocabularyItemSchema, item)) as VocabularyItem[];
      const invalid = all.filter((item) => !v.is(vocabularyItemSchema, item));
      const { items, reply } = change(valid);
      if (items.length > VOCABULARY_MAX_ITEMS) {
        throw new Error(`the vocabulary holds at most ${VOCABULARY_MAX_ITEMS.toLocaleString('en-US')} items`);
      }
      await area.set({ [KEY]: [...invalid, ...items] });
      return reply;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    list: read,
    /** Adds an item, or updates the one with the same key (keeping its id). */
    save(item: VocabularySave): Promise<{ id: string; count: number }> {
      return write((items) => {
        const key = itemKey(item);
        const existing = items.find((i) => itemKey(i) === key);
        const id = existing?.id ?? crypto.randomUUID();
        const next: VocabularyItem = { ...item, id, savedAt: now().toISOString() };
        const updated = existing ? items.map((i) => (i.id === id ? next : i)) : [...items, next];
        return { items: updated, reply: { id, count: updated.length } };
      });
    },
    /** Adds imported items; an item with the key of one already there replaces it. All or nothing. */
    import(incoming: readonly VocabularyItem[]) {
      return write((items) => {
        const byKey = new Map(items.map((i) => [itemKey(i), i]));
        let added = 0;
        let updated = 0;
        for (const item of incoming) {
          const key = itemKey(item);
          const existing = byKey.get(key);
          if (existing) updated++;
          else added++;
          byKey.set(key, { ...item, id: existing?.id ?? item.id });
        }
        const next = [...byKey.values()];
        return { items: next, reply: { added, updated, count: next.length } };
      });
    },
    remove(ids: readonly string[]) {
      const gone = new Set(ids);
      return write((items) => {
        const next = items.filter((i) => !gone.has(i.id));
        return { items: next, reply: { count: next.length } };
      });
    },
  };
}

export type VocabularyStore = ReturnType<typeof createVocabularyStore>;
