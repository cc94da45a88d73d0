// The save queue of one page or popup, wired to the background: each try waits SAVE_ANSWER_MS
// for its answer (apart from save-queue.ts, which stays free of browser APIs for its unit tests).
import { callBackground } from '../contract/callers';
import { createSaveQueue, SAVE_ANSWER_MS } from './save-queue';

export function createBackgroundSaveQueue() {
  return createSaveQueue((params) => callBackground('saveVocabulary', params, { timeoutMs: SAVE_ANSWER_MS }));
}
