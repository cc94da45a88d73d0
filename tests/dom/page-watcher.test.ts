// The watcher's batching, on a live page. Small quiet and wait times; the tests wait on the
// callback itself. Where a test shows that nothing is reported, a second watcher (the control),
// which reports every change with text in the body after three times the quiet time, stands in
// for a sleep: once it has spoken, the watcher under test would have spoken too.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PageWatcher, type WatchedArticle, watchPage } from '../../src/dom/page-watcher';
import { $, makePage, prose, removePages, textNodes, windowOf } from './support';

afterEach(() => {
  removePages();
  vi.restoreAllMocks();
});

interface Call {
  reason: string;
  at: number;
}

interface Watch {
  calls: Call[];
  /** The next call (from now on). */
  next(): Promise<Call>;
  stop(): void;
  signal: AbortSignal;
  watcher: PageWatcher;
}

interface WatchOptions {
  article?: () => WatchedArticle;
  quietMs: number;
  maxWaitMs?: number;
  signal?: AbortSignal;
  isOwnNode?: (node: Node) => boolean;
}

/** Nodes under an element marked data-own (Lentera's UI, in these pages). */
function isOwnNode(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest('[data-own]') != null;
}

function watch(doc: Document, options: WatchOptions): Watch {
  const calls: Call[] = [];
  const waiting: ((call: Call) => void)[] = [];
  const controller = new AbortController();
  const signal = options.signal ?? controller.signal;
  const watcher = watchPage(doc, {
    onChange(reason) {
      const call = { reason, at: performance.now() };
      calls.push(call);
      for (const resolve of waiting.splice(0)) resolve(call);
    },
    current: options.article ?? (() => ({ container: null, probes: [] })),
    isOwnNode: options.isOwnNode ?? isOwnNode,
    quietMs: options.quietMs,
    maxWaitMs: options.maxWaitMs ?? 5_000,
    signal,
  });
  return {
    calls,
    next: () => new Promise<Call>((resolve) => waiting.push(resolve)),
    stop: () => controller.abort(),
    signal,
    watcher,
  };
}

/** Runs `change` and resolves once a watcher of three times `quietMs` has seen it. */
async function settled(doc: Document, quietMs: number, change: () => void): Promise<void> {
  const control = watch(doc, {
    quietMs: quietMs * 3,
    article: () => ({ container: doc.body, probes: [] }),
    isOwnNode: () => false,
  });
  const seen = control.next();
  change();
  await seen;
  control.stop();
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const PAGE = `<aside id="side"><p>Sidebar</p></aside><article id="story"><p>${prose(0)}</p><p>${prose(1)}</p></article><div data-own id="ui"></div>`;

function articlePage(): { doc: Document; story: Element; article: () => WatchedArticle } {
  const doc = makePage(PAGE);
  const story = $(doc, '#story');
  const probes = textNodes(story);
  return { doc, story, article: () => ({ container: story, probes }) };
}

function paragraph(doc: Document, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

describe('watchPage', () => {
  it('reports several mutations, in several tasks, once, after the quiet time', async () => {
    const { doc, story, article } = articlePage();
    const quietMs = 150;
    const w = watch(doc, { article, quietMs });
    const first = w.next();
    let last = 0;
    for (let i = 0; i < 4; i++) {
      story.append(paragraph(doc, `Paragraf tambahan ${i}.`));
      last = performance.now();
      await nextTask();
    }
    const call = await first;
    expect(call.reason).toBe('article grew');
    expect(call.at - last).toBeGreaterThanOrEqual(quietMs - 2);
    // One more change: the next call is the second, so the four above made one.
    const second = w.next();
    story.append(paragraph(doc, 'Satu lagi.'));
    await second;
    expect(w.calls.map((c) => c.reason)).toEqual(['article grew', 'article grew']);
    w.stop();
  });

  it('still reports a stream of changes after maxWaitMs', async () => {
    const { doc, story, article } = articlePage();
    const quietMs = 150;
    const maxWaitMs = 300;
    const w = watch(doc, { article, quietMs, maxWaitMs });
    const first = w.next();
    let start = 0;
    let last = 0;
    let count = 0;
    const stream = setInterval(() => {
      story.append(paragraph(doc, `Pembaruan langsung ${count++}.`));
      last = performance.now();
      if (!start) start = last;
    }, 10);
    try {
      const call = await first;
      expect(call.reason).toBe('article grew');
      expect(call.at - start).toBeGreaterThanOrEqual(maxWaitMs - 2);
      // Reported while the stream went on: the last change came less than a quiet time before.
      expect(call.at - last).toBeLessThan(quietMs);
      expect(count).toBeGreaterThan(5);
    } finally {
      clearInterval(stream);
      w.stop();
    }
  });

  it("ignores Lentera's own nodes, and changes inside them", async () => {
    const { doc, story, article } = articlePage();
    const quietMs = 30;
    const w = watch(doc, { article, quietMs });
    const own = doc.createElement('span');
    own.dataset.own = '';
    own.textContent = 'Kartu istilah';
    await settled(doc, quietMs, () => {
      story.append(own);
      $(doc, '#ui').append(paragraph(doc, prose(2)));
    });
    await settled(doc, quietMs, () => own.append(paragraph(doc, prose(3))));
    expect(w.calls).toEqual([]);
    // The watcher still works.
    const next = w.next();
    story.append(paragraph(doc, 'Paragraf baru.'));
    expect((await next).reason).toBe('article grew');
    w.stop();
  });

  it('ignores changes outside the article, and added nodes without text', async () => {
    const { doc, story, article } = articlePage();
    const quietMs = 30;
    const w = watch(doc, { article, quietMs });
    await settled(doc, quietMs, () => {
      $(doc, '#side').append(paragraph(doc, prose(4)));
      story.append(doc.createElement('img'));
      story.append(doc.createElement('div'));
    });
    expect(w.calls).toEqual([]);
    w.stop();
  });

  // A <script> or <style> that an ad or embed inserts into the article body brings no article
  // text: no new examination. (A paragraph in the sidebar lets the control watcher settle.)
  it('ignores scripts and styles added to the article', async () => {
    const { doc, story, article } = articlePage();
    const quietMs = 30;
    const w = watch(doc, { article, quietMs });
    await settled(doc, quietMs, () => {
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"slot":"div-gpt-ad-1","sizes":[[300,250]]}';
      const style = doc.createElement('style');
      style.textContent = '.ad-slot { min-height: 250px }';
      story.append(script, style);
      $(doc, '#side').append(paragraph(doc, 'Terpopuler hari ini'));
    });
    expect(w.calls).toEqual([]);
    w.stop();
  });

  it('reports an article replaced (its probes left the page)', async () => {
    const { doc, story, article } = articlePage();
    const w = watch(doc, { article, quietMs: 30 });
    const next = w.next();
    const replacement = doc.createElement('article');
    replacement.append(paragraph(doc, prose(5)));
    story.replaceWith(replacement);
    expect((await next).reason).toBe('article replaced');
    w.stop();
  });

  it('while an examination is under way, counts the text that arrives and lets its outcome decide', async () => {
    const doc = makePage('<div id="app"></div>');
    const app = $(doc, '#app');
    const quietMs = 30;
    const w = watch(doc, { quietMs });
    // An article found: what arrived meanwhile was read, or is not the article.
    w.watcher.examining();
    await settled(doc, quietMs, () => app.append(paragraph(doc, 'x'.repeat(500))));
    w.watcher.examined(true);
    await settled(doc, quietMs, () => app.append(paragraph(doc, 'x'.repeat(100))));
    expect(w.calls).toEqual([]);
    // None found: enough text arrived meanwhile, so the page is examined again.
    w.watcher.examining();
    await settled(doc, quietMs, () => app.append(paragraph(doc, 'x'.repeat(500))));
    expect(w.calls).toEqual([]);
    const next = w.next();
    w.watcher.examined(false);
    expect((await next).reason).toBe('content arrived');
    w.stop();
  });

  it('on a page without an article, reports text that arrives, once there is enough of it', async () => {
    const doc = makePage('<div id="app"></div>');
    const app = $(doc, '#app');
    const quietMs = 30;
    const w = watch(doc, { quietMs });
    await settled(doc, quietMs, () => app.append(paragraph(doc, 'x'.repeat(200))));
    await settled(doc, quietMs, () => app.append(paragraph(doc, 'x'.repeat(150))));
    expect(w.calls).toEqual([]);
    // 200 + 150 + 50: enough, counted across batches.
    const next = w.next();
    app.append(paragraph(doc, 'x'.repeat(50)));
    expect((await next).reason).toBe('content arrived');
    w.stop();
  });

  it('reports a change of the URL: a fragment navigation', async () => {
    const { doc, article } = articlePage();
    const w = watch(doc, { article, quietMs: 30 });
    const next = w.next();
    windowOf(doc).location.hash = 'bagian-dua';
    expect((await next).reason).toBe('navigation');
    w.stop();
  });

  it('reports a change of the URL: pushState, seen at the next mutation', async () => {
    const { doc, article } = articlePage();
    const w = watch(doc, { article, quietMs: 30 });
    const next = w.next();
    windowOf(doc).history.pushState(null, '', '?halaman=2');
    // Any mutation, even of Lentera's own UI, shows the new URL.
    $(doc, '#ui').append(doc.createElement('span'));
    expect((await next).reason).toBe('navigation');
    w.stop();
  });

  describe('abort', () => {
    it('disconnects the observer', async () => {
      const { doc, story, article } = articlePage();
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
      const quietMs = 30;
      const w = watch(doc, { article, quietMs });
      expect(disconnect).not.toHaveBeenCalled();
      w.stop();
      expect(disconnect).toHaveBeenCalledOnce();
      await settled(doc, quietMs, () => story.append(paragraph(doc, prose(2))));
      expect(w.calls).toEqual([]);
    });

    it('cancels a pending call', async () => {
      const { doc, story, article } = articlePage();
      const quietMs = 30;
      const w = watch(doc, { article, quietMs });
      await settled(doc, quietMs, () => {
        story.append(paragraph(doc, prose(2)));
        // After the observer has scheduled the call (a microtask), before it is due.
        queueMicrotask(() => queueMicrotask(() => w.stop()));
      });
      expect(w.calls).toEqual([]);
    });

    it('removes the navigation listeners', async () => {
      const { doc, article } = articlePage();
      const quietMs = 30;
      const w = watch(doc, { article, quietMs });
      w.stop();
      const control = watch(doc, { quietMs: quietMs * 3 });
      const seen = control.next();
      windowOf(doc).location.hash = 'lain';
      expect((await seen).reason).toBe('navigation');
      control.stop();
      expect(w.calls).toEqual([]);
    });

    it('does nothing with a signal aborted from the start', async () => {
      const { doc, story, article } = articlePage();
      const quietMs = 30;
      const w = watch(doc, { article, quietMs, signal: AbortSignal.abort() });
      await settled(doc, quietMs, () => story.append(paragraph(doc, prose(2))));
      expect(w.calls).toEqual([]);
    });
  });
});
