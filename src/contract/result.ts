/** The reply of every message: a value, or an error with a stable code and a readable message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ApiErrorCode = 'bad-request' | 'unknown-method' | 'internal' | 'unavailable';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
