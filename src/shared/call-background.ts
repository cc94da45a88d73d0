import { browser } from './browser';
import type { Envelope, Method, Params, Reply } from './messages';
import { fail } from './result';

const RETRIES = 3;

/**
 * Sends one typed message to the background and returns its reply. A worker that is starting or
 * restarting (MV3 may stop it at any time) refuses the connection for a moment: try again a few
 * times before reporting it as unavailable.
 */
export async function callBackground<M extends Method>(method: M, params: Params<M>): Promise<Reply<M>> {
  const envelope: Envelope = { lentera: 1, method, params };
  let lastError = '';
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(envelope)) as Reply<M> | undefined;
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
      lastError = 'no reply';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
  return fail('unavailable', `the background did not answer: ${lastError}`);
}
