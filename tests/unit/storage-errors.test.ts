import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src/contract/result';
import { isQuotaError, storageFailure, storing } from '../../src/shared/storage-errors';
import { CHROMIUM_QUOTA_MESSAGES, FIREFOX_QUOTA_MESSAGE, memoryArea } from '../support/memory-area';

describe('storage failures', () => {
  it("tells a full storage by each browser's own words", () => {
    for (const message of [...CHROMIUM_QUOTA_MESSAGES, FIREFOX_QUOTA_MESSAGE])
      expect(isQuotaError(new Error(message)), message).toBe(true);
    // IndexedDB's, in both browsers (a full disk too).
    expect(isQuotaError(new DOMException('Encountered full disk', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('Internal error.', 'UnknownError'))).toBe(false);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
  });

  it('answers storage-full or storage-failed, and keeps an answer a handler chose', () => {
    expect(storageFailure('The glossary', new Error(CHROMIUM_QUOTA_MESSAGES[1]))).toMatchObject({
      code: 'storage-full',
      message:
        "The glossary was not stored: the browser's storage is full (Resource::kQuotaBytes quota exceeded)",
    });
    expect(storageFailure('The glossary', new Error('disk I/O error'))).toMatchObject({
      code: 'storage-failed',
      message: 'The glossary was not stored: disk I/O error',
    });
    const own = new ApiFailure('bad-request', 'too many');
    expect(storageFailure('The vocabulary', own)).toBe(own);
  });

  it('a set refused by the quota stores nothing of it', async () => {
    const area = memoryArea({ quotaBytes: 100 });
    await area.set({ a: 'x'.repeat(50) });
    const error = await storing('The glossary', () =>
      area.set({ b: 'y'.repeat(30), c: 'z'.repeat(30) }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'storage-full' });
    expect(await area.get(null)).toEqual({ a: 'x'.repeat(50) });
  });
});
