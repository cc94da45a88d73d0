// An in-memory storage area with the contract of storage.local and storage.session (values are
// copied), and, when asked, Chromium's quota: the JSON of every value plus every key's length may
// not pass `quotaBytes`; a `set` that would is refused whole with the browser's own message.
import type { Storage } from '../../src/shared/browser';

/** Chromium's messages, older and newer (`chrome.runtime.lastError.message`). */
export const CHROMIUM_QUOTA_MESSAGES = ['QUOTA_BYTES quota exceeded', 'Resource::kQuotaBytes quota exceeded'];
/** Firefox's, from its IndexedDB-backed storage.local. */
export const FIREFOX_QUOTA_MESSAGE =
  'QuotaExceededError: The current transaction exceeded its quota limitations.';
/** storage.local's quota in Chromium without "unlimitedStorage" (and storage.session's, always). */
export const CHROMIUM_QUOTA_BYTES = 10 * 1024 * 1024;

export interface MemoryArea extends Storage.StorageArea {
  /** Bytes in use, counted as Chromium counts them. */
  bytesInUse(): number;
  /** Calls to set() so far, with the keys each wrote. */
  writes: string[][];
}

export function memoryArea(options: { quotaBytes?: number; quotaMessage?: string } = {}): MemoryArea {
  const data = new Map<string, unknown>();
  const size = (entries: Iterable<[string, unknown]>) => {
    let bytes = 0;
    for (const [k, v] of entries) bytes += k.length + JSON.stringify(v).length;
    return bytes;
  };
  const area = {
    // As Chromium's areas say their quota.
    ...(options.quotaBytes === undefined ? {} : { QUOTA_BYTES: options.quotaBytes }),
    writes: [] as string[][],
    bytesInUse: () => size(data),
    async get(keys?: null | string | string[] | Record<string, unknown>) {
      const list =
        typeof keys === 'string'
          ? [keys]
          : Array.isArray(keys)
            ? keys
            : keys && typeof keys === 'object'
              ? Object.keys(keys)
              : [...data.keys()];
      return Object.fromEntries(
        list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]),
      );
    },
    async set(items: Record<string, unknown>) {
      if (options.quotaBytes !== undefined) {
        const after = new Map(data);
        for (const [k, v] of Object.entries(items)) after.set(k, v);
        if (size(after) > options.quotaBytes)
          throw new Error(options.quotaMessage ?? (CHROMIUM_QUOTA_MESSAGES[1] as string));
      }
      area.writes.push(Object.keys(items));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async clear() {
      data.clear();
    },
  };
  return area as unknown as MemoryArea;
}
