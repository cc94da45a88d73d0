// What the reader is told when something was not stored: a full storage in the reader's language,
// with what to do; another failure with the browser's reason. Either way, what was stored before is
// still there (every write is all or nothing).
import type { ApiError } from '../contract/result';
import { t } from '../shared/i18n';
import { isQuotaError } from '../shared/storage-errors';

/** The reason a call to the background stored nothing, or null when it was not a storage failure. */
export function storageFailureText(error: ApiError): string | null {
  if (error.code === 'storage-full') return t('storageFull');
  if (error.code === 'storage-failed') return t('storageFailed', error.message);
  return null;
}

/** A write an extension page made itself (the settings) that failed. */
export function writeFailureText(error: unknown): string {
  return isQuotaError(error)
    ? t('storageFull')
    : t('storageFailed', error instanceof Error ? error.message : String(error));
}
