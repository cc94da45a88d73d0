// The save queue of one page or popup, wired to the background: each try waits ANSWER_MS for its
// answer (apart from save-queue.ts, which stays free of browser APIs for its unit tests).
import { callBackground } from '../contract/callers';
import { ANSWER_MS } from '../contract/until-answered';
import { createSaveQueue } from './save-queue';

export function createBackgroundSaveQueue() {
  return createSaveQueue((params) => callBackground('saveVocabulary', params, { timeoutMs: ANSWER_MS }));
}
