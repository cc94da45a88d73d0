// The saves already applied, by the id each one carries (ui/save-queue.ts): a save sent again,
// because its answer was lost when the worker stopped, is answered from here and not applied a
// second time (it could otherwise undo a later change made in another tab). Kept in
// storage.session, which outlives the worker; the last few hundred ids are plenty, as a page sends
// a save again within seconds.
import { SESSION_KEYS } from '../contract/storage';
import type { Storage } from '../shared/browser';

const KEY = SESSION_KEYS.appliedSaves;
export const LEDGER_SIZE = 500;

type Ledger = [saveId: string, reply: unknown][];

export function createSaveLedger(area: Pick<Storage.StorageArea, 'get' | 'set'>) {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    /** Runs `apply` for a save id seen for the first time; answers an id seen before as it was. */
    once<T>(saveId: string, apply: () => Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        const stored = (await area.get(KEY))[KEY];
        const ledger: Ledger = Array.isArray(stored) ? (stored as Ledger) : [];
        const seen = ledger.find(([id]) => id === saveId);
        if (seen) return seen[1] as T;
        const reply = await apply();
        await area.set({ [KEY]: [...ledger, [saveId, reply]].slice(-LEDGER_SIZE) });
        return reply;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export type SaveLedger = ReturnType<typeof createSaveLedger>;
