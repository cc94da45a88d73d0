// A page's calls and the saves share one retry (contract/until-answered.ts): sent again, with a
// growing wait, while no one answers (a worker stopped or starting), until a real answer; never
// again after a refusal of the request itself, an extension that is gone, or an abort.
import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../src/contract/result';
import { contextGone, untilAnswered } from '../../src/contract/until-answered';

const UNAVAILABLE = fail(
  'unavailable',
  'the background did not answer: A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
);

/** A background that answers `replies` in turn, and the waits asked for between them. */
function scripted<R>(replies: Result<R>[]) {
  const waits: number[] = [];
  let sent = 0;
  return {
    waits,
    sent: () => sent,
    send: async () => replies[Math.min(sent++, replies.length - 1)] as Result<R>,
    wait: async (ms: number) => {
      waits.push(ms);
    },
  };
}

describe('until answered', () => {
  it('sends again while the background is unavailable, with waits that double up to the longest', async () => {
    const background = scripted([...Array(7).fill(UNAVAILABLE), ok('annotated')]);
    const unanswered: number[] = [];
    const reply = await untilAnswered(background.send, {
      wait: background.wait,
      onUnanswered: (n) => unanswered.push(n),
    });
    expect(reply).toEqual(ok('annotated'));
    expect(background.sent()).toBe(8);
    expect(background.waits).toEqual([200, 400, 800, 1600, 2000, 2000, 2000]);
    expect(unanswered).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('takes a refusal of the request as the answer: it would be refused again', async () => {
    const background = scripted([UNAVAILABLE, fail('bad-request', 'blocks: too long'), ok('never')]);
    const reply = await untilAnswered(background.send, { wait: background.wait });
    expect(reply).toEqual(fail('bad-request', 'blocks: too long'));
    expect(background.sent()).toBe(2);
  });

  it('stops at once when the extension is gone (reloaded, updated or removed)', async () => {
    const gone = fail('unavailable', 'the background did not answer: Extension context invalidated.');
    const background = scripted([gone, ok('never')]);
    expect(await untilAnswered(background.send, { wait: background.wait })).toEqual(gone);
    expect(background.sent()).toBe(1);
    expect(background.waits).toEqual([]);
    expect(contextGone('Extension context invalidated.')).toBe(true);
    expect(contextGone('Could not establish connection. Receiving end does not exist.')).toBe(false);
  });

  it('stops when its signal is aborted (Lentera switched off on the page), with the last reply', async () => {
    const control = new AbortController();
    const background = scripted([UNAVAILABLE]);
    const reply = await untilAnswered(background.send, {
      signal: control.signal,
      wait: async (ms) => {
        background.waits.push(ms);
        if (background.waits.length === 3) control.abort();
      },
    });
    expect(reply).toEqual(UNAVAILABLE);
    expect(background.sent()).toBe(3);
  });

  it('tells each try its number, so that a caller can wait longer for a slow answer', async () => {
    const tries: number[] = [];
    const reply = await untilAnswered(
      async (attempt) => {
        tries.push(attempt);
        return attempt < 2 ? UNAVAILABLE : ok(attempt);
      },
      { wait: async () => undefined },
    );
    expect(reply).toEqual(ok(2));
    expect(tries).toEqual([0, 1, 2]);
  });
});
