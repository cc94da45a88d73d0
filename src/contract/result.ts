/** The reply of every message: a value, or an error with a stable code and a readable message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ApiErrorCode =
  | 'bad-request'
  | 'unknown-method'
  | 'internal'
  | 'unavailable'
  /** The browser refused to store it: its quota or the disk is full. Trying again will not help. */
  | 'storage-full'
  /** The browser could not store it for another reason (the message says which). */
  | 'storage-failed';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** An error a handler throws to answer with a code of its own (dispatch keeps its code). */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
