import type { TabState } from '../contract/background-api';
import {
  type AnnotationRecord,
  type CachedSummary,
  readTabSession,
  type TabSession,
  tabKeys,
} from '../contract/storage';
import type { Storage } from '../shared/browser';

/**
 * Per-tab state, kept in storage.session rather than in the worker's memory: MV3 stops the worker
 * whenever it is idle, and storage.session survives that (but not a browser restart, as it should).
 * The layout is contract/storage.ts's, which the popup reads too.
 */
export function createTabStore(area: Storage.StorageArea) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      return (await this.session(tabId)).state;
    },
    session: (tabId: number): Promise<TabSession> => readTabSession(area, tabId),
    async set(tabId: number, state: TabState): Promise<void> {
      await area.set({ [tabKeys(tabId).state]: state });
    },
    async remove(tabId: number): Promise<void> {
      await area.remove(Object.values(tabKeys(tabId)));
    },
    async setAnnotations(tabId: number, record: AnnotationRecord): Promise<void> {
      await area.set({ [tabKeys(tabId).annotations]: record });
    },
    async setSummary(tabId: number, summary: CachedSummary): Promise<void> {
      await area.set({ [tabKeys(tabId).summary]: summary });
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
