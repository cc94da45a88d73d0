// Typed callers of the channels: `callBackground('annotate', {...})` checks the method and its
// params at compile time and returns the reply's type. Each returns a Result, never throws.
import { browser } from '../shared/browser';
import type { BackgroundApi } from './background-api';
import { envelope, type MethodOf, type ParamsOf, type ReplyOf } from './channel';
import { CHANNELS } from './names';
import type { OffscreenApi } from './offscreen-api';
import { fail, type Result } from './result';
import type { TabApi } from './tab-api';
import { ANSWER_MS, contextGone, type RetryOptions, untilAnswered } from './until-answered';

const RETRIES = 3;

const isResult = (reply: unknown): reply is Result<unknown> =>
  typeof reply === 'object' && reply !== null && 'ok' in reply;

export interface CallOptions {
  /**
   * How long one try may wait for its answer. A worker stopped at the wrong moment can leave a
   * message with no answer and no error, for good (seen in Chromium: the save was stored, its
   * sender never heard). Only for a method that may be sent again safely (a save, by its id).
   */
  timeoutMs?: number;
}

const NO_ANSWER = 'no answer within';

/** `promise`, or an error once `ms` have passed without it settling. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${NO_ANSWER} ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Sends one typed message to the background and returns its reply. A worker that is starting or
 * restarting (MV3 may stop it at any time) refuses the connection for a moment: try again a few
 * times before reporting it as unavailable.
 */
export async function callBackground<M extends MethodOf<BackgroundApi>>(
  name: M,
  params: ParamsOf<BackgroundApi, M>,
  options: CallOptions = {},
): Promise<Result<ReplyOf<BackgroundApi, M>>> {
  const message = envelope<BackgroundApi, M>(CHANNELS.background, name, params);
  let lastError = '';
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const sent = browser.runtime.sendMessage(message);
      const reply: unknown = await (options.timeoutMs === undefined ? sent : within(sent, options.timeoutMs));
      if (isResult(reply)) return reply as Result<ReplyOf<BackgroundApi, M>>;
      lastError = 'no reply';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      // The extension was reloaded or removed: no background will ever answer this script.
      if (contextGone(lastError)) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
  return fail('unavailable', `the background did not answer: ${lastError}`);
}

/**
 * The longest a page's call (parse, report, annotate) waits for its answer: its first try waits
 * ANSWER_MS, and each try that timed out doubles that, so that a long article's annotation, which
 * may take seconds, is not sent again and again while the background is still at work on it.
 */
const LONGEST_ANSWER_MS = 60_000;

/**
 * `callBackground`, sent again (untilAnswered) until the background answers: for the calls a page
 * cannot do without, all safe to send twice (they store or return the same thing each time).
 */
export function callUntilAnswered<M extends MethodOf<BackgroundApi>>(
  name: M,
  params: ParamsOf<BackgroundApi, M>,
  options: RetryOptions = {},
): Promise<Result<ReplyOf<BackgroundApi, M>>> {
  let patience = ANSWER_MS;
  return untilAnswered(async () => {
    const reply = await callBackground(name, params, { timeoutMs: patience });
    // Only a try that went unanswered for its whole wait makes the next one wait longer: one
    // refused by a stopped worker says nothing of how long the work takes.
    if (!reply.ok && reply.error.message.includes(NO_ANSWER))
      patience = Math.min(LONGEST_ANSWER_MS, patience * 2);
    return reply;
  }, options);
}

/** Asks the content script of a tab (top frame). A tab without Lentera's script answers nothing. */
export async function callTab<M extends MethodOf<TabApi>>(
  tabId: number,
  name: M,
  params: ParamsOf<TabApi, M>,
): Promise<Result<ReplyOf<TabApi, M>>> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(
      tabId,
      envelope<TabApi, M>(CHANNELS.tab, name, params),
      {
        frameId: 0,
      },
    );
    if (isResult(reply)) return reply as Result<ReplyOf<TabApi, M>>;
    return fail('unavailable', 'the page did not answer');
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}

/** Asks Chromium's offscreen document (the background creates it first). */
export async function callOffscreen<M extends MethodOf<OffscreenApi>>(
  name: M,
  params: ParamsOf<OffscreenApi, M>,
): Promise<Result<ReplyOf<OffscreenApi, M>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(
      envelope<OffscreenApi, M>(CHANNELS.offscreen, name, params),
    );
    if (isResult(reply)) return reply as Result<ReplyOf<OffscreenApi, M>>;
    return fail('unavailable', 'the offscreen document did not answer');
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
