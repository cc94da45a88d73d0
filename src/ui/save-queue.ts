// Saves to the vocabulary go to the background one after another, each with an id of its own, and
// are sent again until the background answers. MV3 stops the worker when it likes: a save sent at
// that moment is delayed, never lost, and never shown as failed while it can still succeed. The
// background applies a save's id once (background/save-ledger.ts), so a save whose answer was lost
// and that is sent again changes nothing the second time. Only a real refusal (a bad request, a
// full storage) or an extension that is gone ends a save as failed.
import type { SaveVocabularyParams, VocabularySave } from '../contract/background-api';
import type { Result } from '../contract/result';

export interface SaveQueueOptions {
  /** Waits between two tries (a timer; tests pass their own). */
  wait?: (ms: number) => Promise<void>;
  /** The first and the longest wait between tries. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  newId?: () => string;
}

/**
 * How long one send of a save waits for its answer before it is sent again (safe: the background
 * applies a save's id once). A save takes tens of milliseconds, a cold worker's first about 100.
 */
export const SAVE_ANSWER_MS = 5_000;

/** An extension that was reloaded or removed answers never again: stop trying. */
const gone = (message: string) => /context invalidated|extension.*(removed|disabled)/i.test(message);

export function createSaveQueue<R>(
  send: (params: SaveVocabularyParams) => Promise<Result<R>>,
  options: SaveQueueOptions = {},
) {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const first = options.firstDelayMs ?? 200;
  const longest = options.maxDelayMs ?? 2_000;
  const newId = options.newId ?? (() => crypto.randomUUID());
  let tail: Promise<unknown> = Promise.resolve();

  const attempt = async (params: SaveVocabularyParams): Promise<Result<R>> => {
    for (let delay = first; ; delay = Math.min(longest, delay * 2)) {
      const reply = await send(params);
      if (reply.ok || reply.error.code !== 'unavailable' || gone(reply.error.message)) return reply;
      await wait(delay);
    }
  };

  return {
    /** Queues a save; resolves with the background's answer once it has one. */
    save(item: VocabularySave): Promise<Result<R>> {
      const params: SaveVocabularyParams = { ...item, saveId: newId() };
      const run = tail.then(() => attempt(params));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
