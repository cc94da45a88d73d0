import type { Storage } from '../shared/browser';
import type { TabState } from '../shared/messages';

const key = (tabId: number) => `tab:${tabId}`;

/**
 * Per-tab state, kept in storage.session rather than in the worker's memory: MV3 stops the worker
 * whenever it is idle, and storage.session survives that (but not a browser restart, as it should).
 */
export function createTabStore(area: Storage.StorageArea) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      const k = key(tabId);
      const found = await area.get(k);
      return (found[k] as TabState | undefined) ?? null;
    },
    async set(tabId: number, state: TabState): Promise<void> {
      await area.set({ [key(tabId)]: state });
    },
    async remove(tabId: number): Promise<void> {
      await area.remove(key(tabId));
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
