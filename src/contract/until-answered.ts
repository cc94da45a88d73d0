// One call sent again, with a growing wait between tries, until the background answers: MV3 stops
// the worker when it likes, and a message sent at that moment is refused or, in Chromium, never
// answered at all. Only a real answer (a value or a refusal of the request itself) or an extension
// that is gone ends the tries. Free of browser APIs: the save queue's and the page's unit tests
// load it in Node.
import type { Result } from './result';

/** An extension that was reloaded, updated or removed answers never again: stop trying. */
export const contextGone = (message: string) =>
  /context invalidated|extension.*(removed|disabled)/i.test(message);

export interface RetryOptions {
  /** Waits between two tries (a timer; tests pass their own). */
  wait?: (ms: number) => Promise<void>;
  /** The first and the longest wait between tries. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Once aborted, no more tries: the last reply is the answer. */
  signal?: AbortSignal;
  /** Told after each try that found no one to answer it (the popup says so to the reader). */
  onUnanswered?: (tries: number) => void;
}

/**
 * How long one try waits for its answer before it counts as none and is sent again: a worker
 * stopped at the wrong moment can leave a message unanswered for good (Chromium). Safe because
 * every call sent this way may be sent twice (a save carries its id). A save takes tens of
 * milliseconds, a cold worker's first call about 100.
 */
export const ANSWER_MS = 5_000;

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `send(try)` (try counts from 0) until it is answered; resolves with that answer. */
export async function untilAnswered<R>(
  send: (attempt: number) => Promise<Result<R>>,
  options: RetryOptions = {},
): Promise<Result<R>> {
  const wait = options.wait ?? timer;
  const longest = options.maxDelayMs ?? 2_000;
  for (let attempt = 0, delay = options.firstDelayMs ?? 200; ; attempt++) {
    const reply = await send(attempt);
    if (reply.ok || reply.error.code !== 'unavailable' || contextGone(reply.error.message)) return reply;
    if (options.signal?.aborted) return reply;
    options.onUnanswered?.(attempt + 1);
    await wait(delay);
    if (options.signal?.aborted) return reply;
    delay = Math.min(longest, delay * 2);
  }
}
