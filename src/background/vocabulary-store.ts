// The reader's vocabulary, in storage.local. The background is its one writer, and writes one at a
// time (a queue), so saves from several tabs at once all arrive.
import type { Storage } from '../shared/browser';
import type { Params } from '../shared/messages';

export interface VocabularyItem extends Params<'saveTerm'> {
  id: string;
  savedAt: string;
}

const KEY = 'vocabulary';

export function createVocabularyStore(area: Storage.StorageArea, now: () => Date = () => new Date()) {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<VocabularyItem[]> => {
    const stored = (await area.get(KEY))[KEY];
    return Array.isArray(stored) ? (stored as VocabularyItem[]) : [];
  };
  return {
    list: read,
    /** Adds an item (or updates the one with the same text and entry), after any save under way. */
    save(item: Params<'saveTerm'>): Promise<{ id: string; count: number }> {
      const run = queue.then(async () => {
        const items = await read();
        const existing = items.find(
          (i) => i.text === item.text && i.entryId === item.entryId && i.lang === item.lang,
        );
        const id = existing?.id ?? crypto.randomUUID();
        const next: VocabularyItem = { ...item, id, savedAt: now().toISOString() };
        const updated = existing ? items.map((i) => (i.id === id ? next : i)) : [...items, next];
        await area.set({ [KEY]: updated });
        return { id, count: updated.length };
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export type VocabularyStore = ReturnType<typeof createVocabularyStore>;
