import type { TabState } from '../contract/background-api';
import {
  type AnnotationRecord,
  type CachedSummary,
  readTabSession,
  type TabSession,
  tabKeys,
} from '../contract/storage';
import type { Storage } from '../shared/browser';
import { isQuotaError, storageFailure } from '../shared/storage-errors';

/**
 * Per-tab state, kept in storage.session rather than in the worker's memory: MV3 stops the worker
 * whenever it is idle, and storage.session survives that (but not a browser restart, as it should).
 * The layout is contract/storage.ts's, which the popup reads too.
 *
 * storage.session holds 10 MB (in memory; "unlimitedStorage" does not change it), and a report may
 * hold 3 million characters: a few long articles in open tabs fill it. A write that does not fit
 * makes room rather than fail the tab the reader is on: first the summaries and annotations of other
 * tabs (made again on demand), then other tabs' reports, the least recently updated first.
 */
export function createTabStore(area: Storage.StorageArea) {
  /** The other tabs' keys, in the order they give way. */
  async function candidates(tabId: number): Promise<string[][]> {
    const all = await area.get(null);
    const tabs = new Map<number, number>();
    for (const key of Object.keys(all)) {
      const id = Number(/^(?:tab|annotations|summary):(\d+)$/.exec(key)?.[1] ?? Number.NaN);
      if (Number.isInteger(id) && id !== tabId)
        tabs.set(id, (all[tabKeys(id).state] as TabState | undefined)?.updatedAt ?? 0);
    }
    const others = [...tabs].sort((a, b) => a[1] - b[1]).map(([id]) => tabKeys(id));
    return [others.flatMap((k) => [k.summary, k.annotations]), ...others.map((k) => [k.state])].filter(
      (keys) => keys.some((k) => k in all),
    );
  }

  async function write(tabId: number, items: Record<string, unknown>): Promise<void> {
    try {
      await area.set(items);
      return;
    } catch (error) {
      if (!isQuotaError(error)) throw storageFailure("The tab's state", error);
    }
    // A write larger than the whole area (Chromium says how large) would not fit whatever gave way.
    const quota = (area as { QUOTA_BYTES?: unknown }).QUOTA_BYTES;
    const size = Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
    if (typeof quota === 'number' && size > quota)
      throw storageFailure("The tab's state", new Error(`storage.session quota exceeded (${size} bytes)`));
    for (const keys of await candidates(tabId)) {
      await area.remove(keys);
      try {
        await area.set(items);
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw storageFailure("The tab's state", error);
      }
    }
    // Nothing else to give way: this write alone is larger than the area.
    throw storageFailure("The tab's state", new Error('storage.session quota exceeded'));
  }

  return {
    async get(tabId: number): Promise<TabState | null> {
      return (await this.session(tabId)).state;
    },
    session: (tabId: number): Promise<TabSession> => readTabSession(area, tabId),
    async set(tabId: number, state: TabState): Promise<void> {
      await write(tabId, { [tabKeys(tabId).state]: state });
    },
    async remove(tabId: number): Promise<void> {
      await area.remove(Object.values(tabKeys(tabId)));
    },
    async setAnnotations(tabId: number, record: AnnotationRecord): Promise<void> {
      await write(tabId, { [tabKeys(tabId).annotations]: record });
    },
    async setSummary(tabId: number, summary: CachedSummary): Promise<void> {
      await write(tabId, { [tabKeys(tabId).summary]: summary });
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
