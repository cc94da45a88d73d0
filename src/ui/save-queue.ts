// Saves to the vocabulary go to the background one after another, each with an id of its own, and
// are sent again until the background answers. MV3 stops the worker when it likes: a save sent at
// that moment is delayed, never lost, and never shown as failed while it can still succeed. The
// background applies a save's id once (background/save-ledger.ts), so a save whose answer was lost
// and that is sent again changes nothing the second time. Only a real refusal (a bad request, a
// full storage) or an extension that is gone ends a save as failed.
import type { SaveVocabularyParams, VocabularySave } from '../contract/background-api';
import type { Result } from '../contract/result';
import { type RetryOptions, untilAnswered } from '../contract/until-answered';

export interface SaveQueueOptions extends RetryOptions {
  newId?: () => string;
}

export function createSaveQueue<R>(
  send: (params: SaveVocabularyParams) => Promise<Result<R>>,
  options: SaveQueueOptions = {},
) {
  const newId = options.newId ?? (() => crypto.randomUUID());
  let tail: Promise<unknown> = Promise.resolve();

  const attempt = (params: SaveVocabularyParams) => untilAnswered(() => send(params), options);

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
