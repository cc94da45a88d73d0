// What a failed write of the browser's storage means to the reader. Quotas are reported in words of
// their own by each store: Chromium's storage areas say "QUOTA_BYTES quota exceeded" (since 2024
// "Resource::kQuotaBytes quota exceeded"), Firefox's "QuotaExceededError: … exceeded its quota
// limitations", and IndexedDB in both throws a DOMException named QuotaExceededError (a full disk
// too). Every other failure is reported as it is.
import { ApiFailure } from '../contract/result';

export function isQuotaError(error: unknown): boolean {
  if (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'QuotaExceededError'
  )
    return true;
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}

/** The error to answer with when writing `what` failed: storage-full or storage-failed. */
export function storageFailure(what: string, error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return isQuotaError(error)
    ? new ApiFailure('storage-full', `${what} was not stored: the browser's storage is full (${reason})`)
    : new ApiFailure('storage-failed', `${what} was not stored: ${reason}`);
}

/** Runs a write; a failure becomes storageFailure's answer. */
export async function storing<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw storageFailure(what, error);
  }
}
