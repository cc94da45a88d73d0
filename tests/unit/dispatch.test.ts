import { describe, expect, it, vi } from 'vitest';
import type { BackgroundHandlers } from '../../src/background/handlers';
import { backgroundChannel } from '../../src/contract/background-api';
import { dispatch as dispatchOn, envelope, isFor } from '../../src/contract/channel';
import { offscreenChannel } from '../../src/contract/offscreen-api';
import { tabChannel } from '../../src/contract/tab-api';

const dispatch = (
  message: unknown,
  context: { senderTabId: number | undefined },
  handlers: BackgroundHandlers,
  log: (line: string) => void,
) => dispatchOn(backgroundChannel, message, context, handlers, log);

function setup() {
  const calls: unknown[] = [];
  const handlers: BackgroundHandlers = {
    async reportPage(report) {
      calls.push(report);
      return { stored: true };
    },
    async getTabState({ tabId }) {
      if (tabId === 13) throw new Error('storage is gone');
      return null;
    },
    async guessLanguage() {
      return { lang: null };
    },
    async annotate() {
      throw new Error('not used here');
    },
    async importGlossary() {
      throw new Error('not used here');
    },
    async getArticleSummary() {
      return null;
    },
    async lookupWord() {
      calls.push('lookupWord');
      return { readerLang: 'en', available: true, result: null, loadMs: 0, ms: 0 };
    },
    async saveVocabulary() {
      throw new Error('not used here');
    },
    async listVocabulary() {
      return [];
    },
    async countVocabulary() {
      return { count: 0 };
    },
    async importVocabulary() {
      throw new Error('not used here');
    },
    async deleteVocabulary() {
      throw new Error('not used here');
    },
    async vocabularyMarks() {
      return { saved: 0, learning: [], known: [] };
    },
    async parseArticle() {
      return { kind: 'none' };
    },
  };
  const log = vi.fn<(line: string) => void>();
  return { calls, handlers, log };
}

const article = {
  kind: 'article',
  url: 'http://x/a',
  title: 'T',
  lang: 'id',
  langSource: 'html',
  byline: null,
  siteName: 'Kabar',
  publishedTime: null,
  excerpt: null,
  dir: null,
  words: 3,
  readingMinutes: 1,
  blocks: [{ kind: 'paragraph', text: 'Satu dua tiga.' }],
};

describe('dispatch', () => {
  it('runs the handler of a well-formed message and wraps its value', async () => {
    const { handlers, log, calls } = setup();
    const reply = await dispatch(
      { lentera: 1, channel: 'background', method: 'reportPage', params: article },
      { senderTabId: 4 },
      handlers,
      log,
    );
    expect(reply).toEqual({ ok: true, value: { stored: true } });
    expect(calls).toEqual([article]);
    expect(log).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'hello', 'not a Lentera message'],
    ['null', null, 'not a Lentera message'],
    ['another envelope', { type: 'ping' }, 'not a Lentera message'],
    ['a wrong version', { lentera: 2, method: 'getTabState', params: { tabId: 1 } }, 'not a Lentera message'],
  ])('refuses %s with a clear error and a log line', async (_name, message, expected) => {
    const { handlers, log } = setup();
    const reply = await dispatch(message, { senderTabId: undefined }, handlers, log);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('bad-request');
      expect(reply.error.message).toContain(expected);
    }
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses an unknown method, even one inherited from Object', async () => {
    const { handlers, log } = setup();
    for (const method of ['deleteEverything', 'toString', '__proto__']) {
      const reply = await dispatch(
        { lentera: 1, channel: 'background', method, params: {} },
        { senderTabId: 1 },
        handlers,
        log,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('names the path and reason of bad parameters', async () => {
    const { handlers, log, calls } = setup();
    const reply = await dispatch(
      { lentera: 1, channel: 'background', method: 'getTabState', params: { tabId: -1 } },
      { senderTabId: 1 },
      handlers,
      log,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/^getTabState: tabId: /);
    const badLang = await dispatch(
      { lentera: 1, channel: 'background', method: 'reportPage', params: { ...article, lang: '<script>' } },
      { senderTabId: 1 },
      handlers,
      log,
    );
    if (!badLang.ok) expect(badLang.error.message).toContain('lang');
    expect(badLang.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses an article whose blocks are too many or too long in all', async () => {
    const { handlers, log } = setup();
    const many = Array.from({ length: 20_001 }, () => ({ kind: 'paragraph', text: 'x' }));
    const long = Array.from({ length: 31 }, () => ({ kind: 'paragraph', text: 'x'.repeat(100_000) }));
    for (const blocks of [many, long]) {
      const reply = await dispatch(
        { lentera: 1, channel: 'background', method: 'reportPage', params: { ...article, blocks } },
        { senderTabId: 1 },
        handlers,
        log,
      );
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringContaining('blocks') },
      });
    }
  });

  it('refuses oversized strings', async () => {
    const { handlers, log } = setup();
    const reply = await dispatch(
      {
        lentera: 1,
        channel: 'background',
        method: 'reportPage',
        params: { ...article, title: 'x'.repeat(5000) },
      },
      { senderTabId: 1 },
      handlers,
      log,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('turns a failing handler into an internal error instead of throwing', async () => {
    const { handlers, log } = setup();
    const reply = await dispatch(
      { lentera: 1, channel: 'background', method: 'getTabState', params: { tabId: 13 } },
      { senderTabId: 1 },
      handlers,
      log,
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getTabState failed: storage is gone' },
    });
    expect(log).toHaveBeenCalledWith('getTabState failed: storage is gone');
  });

  it('refuses a "word" of 10,000 characters at once, before the lookup runs', async () => {
    const { handlers, log, calls } = setup();
    const started = performance.now();
    const reply = await dispatch(
      {
        lentera: 1,
        channel: 'background',
        method: 'lookupWord',
        params: { word: 'a'.repeat(10_000), before: [], after: [], pageLang: 'id', readerLang: 'en' },
      },
      { senderTabId: 1 },
      handlers,
      log,
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(JSON.stringify(reply.error)).toMatch(/word/);
    expect(calls).not.toContain('lookupWord');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a parse request beyond the limits before it runs (elements, time)', async () => {
    const { handlers, log } = setup();
    for (const params of [
      { html: '<p>x</p>', maxElements: 1_000_000_000, timeBudgetMs: 2000 },
      { html: '<p>x</p>', maxElements: 40_000, timeBudgetMs: 60_000 },
    ]) {
      const reply = await dispatch(
        { lentera: 1, channel: 'background', method: 'parseArticle', params },
        { senderTabId: 1 },
        handlers,
        log,
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });
});

describe('channels', () => {
  it('address each receiver apart: one envelope, the channel named in it', () => {
    const toTab = envelope<typeof tabChannel.api, 'focusTerm'>(tabChannel.name, 'focusTerm', {
      direction: 'next',
    });
    expect(toTab).toEqual({ lentera: 1, channel: 'tab', method: 'focusTerm', params: { direction: 'next' } });
    expect(isFor(tabChannel, toTab)).toBe(true);
    expect(isFor(backgroundChannel, toTab)).toBe(false);
    expect(
      isFor(
        offscreenChannel,
        envelope<typeof offscreenChannel.api, 'parseArticle'>(offscreenChannel.name, 'parseArticle', {
          html: '',
          maxElements: 1,
          timeBudgetMs: 1,
        }),
      ),
    ).toBe(true);
    expect(isFor(offscreenChannel, null)).toBe(false);
  });

  it('validate a tab message like any other', async () => {
    const log = vi.fn<(line: string) => void>();
    const handlers = {
      focusTerm: async () => 'DPR',
      showEntry: async () => true,
      annotateAnyway: async () => false,
      lookUpSelection: async () => false,
    };
    expect(
      await dispatchOn(
        tabChannel,
        envelope<typeof tabChannel.api, 'focusTerm'>(tabChannel.name, 'focusTerm', { direction: 'next' }),
        undefined,
        handlers,
        log,
      ),
    ).toEqual({ ok: true, value: 'DPR' });
    const bad = await dispatchOn(
      tabChannel,
      { lentera: 1, channel: 'tab', method: 'focusTerm', params: { direction: 'up' } },
      undefined,
      handlers,
      log,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
