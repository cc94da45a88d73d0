import type { Storage } from '../shared/browser';
import type { AnnotateReply, CachedSummary, TabState } from '../shared/messages';

const key = (tabId: number) => `tab:${tabId}`;
const annotationsKey = (tabId: number) => `annotations:${tabId}`;
const summaryKey = (tabId: number) => `summary:${tabId}`;

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
      await area.remove([key(tabId), annotationsKey(tabId), summaryKey(tabId)]);
    },
    async setAnnotations(tabId: number, reply: AnnotateReply): Promise<void> {
      await area.set({ [annotationsKey(tabId)]: reply });
    },
    async setSummary(tabId: number, summary: CachedSummary): Promise<void> {
      await area.set({ [summaryKey(tabId)]: summary });
    },
    async getSummary(tabId: number): Promise<CachedSummary | null> {
      const k = summaryKey(tabId);
      return ((await area.get(k))[k] as CachedSummary | undefined) ?? null;
    },
    async getAnnotations(tabId: number): Promise<AnnotateReply | null> {
      const k = annotationsKey(tabId);
      return ((await area.get(k))[k] as AnnotateReply | undefined) ?? null;
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
