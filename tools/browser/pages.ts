// Page objects: what a reader does with an article page and with the popup, in either browser.
import type { BackgroundApi, TabState } from '../../src/contract/background-api';
import { envelope, type MethodOf, type ParamsOf } from '../../src/contract/channel';
import { CHANNELS } from '../../src/contract/names';
import { LOCAL_KEYS, readTabSession, type TabSession, tabKeys } from '../../src/contract/storage';
import type { TabApi } from '../../src/contract/tab-api';
import { type ExtensionBrowser, type TestPage, untilNoCard } from './harness';

export class ArticlePage {
  constructor(
    readonly page: TestPage,
    readonly url: string,
  ) {}

  static async open(browser: ExtensionBrowser, url: string): Promise<ArticlePage> {
    const page = await browser.newPage();
    await page.goto(url);
    return new ArticlePage(page, url);
  }

  /**
   * Scrolls the `nth` occurrence of `text` inside the first element matching `within` into view
   * and returns the middle of its first line box, or null when there is no such text.
   */
  pointAt(within: string, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      ({ within, text, nth }: { within: string; text: string; nth: number }) => {
        const root = document.querySelector(within);
        if (!root) return null;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          let from = 0;
          for (;;) {
            const i = (n as Text).data.indexOf(text, from);
            if (i < 0) break;
            if (seen++ === nth) {
              const r = document.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + text.length);
              (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
              const rect = r.getClientRects()[0] as DOMRect;
              return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
            }
            from = i + 1;
          }
        }
        return null;
      },
      { within, text, nth },
    );
  }

  /** Rests the pointer on the text, as a reader does (several moves, then stillness). */
  async hover(within: string, text: string, nth = 0): Promise<void> {
    const point = await this.pointAt(within, text, nth);
    if (!point) throw new Error(`no "${text}" in ${within}`);
    await this.page.mouseMove(point.x - 30, point.y + 40);
    await this.page.mouseMove(point.x - 2, point.y);
    await this.page.mouseMove(point.x, point.y);
  }

  /**
   * The `lentera:<what>` measures the content script has recorded so far, oldest first (only with
   * the `diagnostics` setting on).
   */
  measures(name: string): Promise<{ start: number; detail: unknown }[]> {
    return this.page.evaluate(
      (name: string) =>
        performance.getEntriesByName(name).map((e) => ({
          start: e.startTime,
          detail: (e as PerformanceMeasure).detail as unknown,
        })),
      name,
    );
  }

  /**
   * Waits until there are more than `seen` measures named `name` (and, with `detail`, the newest
   * of them has that detail, or a JSON detail holding every field of it), and returns all of them.
   */
  waitForMeasure(
    name: string,
    { seen = 0, detail }: { seen?: number; detail?: unknown } = {},
    timeoutMs = 10_000,
  ): Promise<{ start: number; detail: unknown }[]> {
    return this.page.waitFor(
      ({ name, seen, detail }: { name: string; seen: number; detail: unknown }) => {
        const all = performance.getEntriesByName(name).map((e) => ({
          start: e.startTime,
          detail: (e as PerformanceMeasure).detail as unknown,
        }));
        if (all.length <= seen) return null;
        if (detail === undefined) return all;
        const last = all[all.length - 1]?.detail;
        if (typeof detail === 'string') return last === detail ? all : null;
        const holds = (want: unknown, got: unknown): boolean =>
          want !== null && typeof want === 'object'
            ? got !== null &&
              typeof got === 'object' &&
              Object.entries(want).every(([k, v]) => holds(v, (got as Record<string, unknown>)[k]))
            : want === got;
        try {
          return holds(detail, JSON.parse(String(last))) ? all : null;
        } catch {
          return null;
        }
      },
      { name, seen, detail },
      timeoutMs,
    );
  }

  /**
   * Waits until the page follows settings holding every field of `want` (the `lentera:settings`
   * measure, recorded once a settings change is applied; diagnostics must be on in `want`).
   */
  async waitForSettings(want: object, timeoutMs = 10_000): Promise<void> {
    await this.waitForMeasure('lentera:settings', { detail: want }, timeoutMs);
  }

  /**
   * Rests the pointer on the text and waits until Lentera has hit-tested that rest: two animation
   * frames after the page saw the last move (Lentera hit-tests on the first one), the
   * `lentera:pointer` measure that began after that move says what it found: 'none', 'word' or
   * 'term'; 'unwatched' when Lentera tested nothing (switched off). Needs diagnostics on, and the
   * tab in front (a hidden tab runs no animation frames).
   */
  async rest(within: string, text: string, nth = 0): Promise<string> {
    await this.page.evaluate(() => {
      const g = globalThis as unknown as { lenteraTestMove?: number };
      if (g.lenteraTestMove !== undefined) return;
      g.lenteraTestMove = 0;
      addEventListener(
        'pointermove',
        () => {
          g.lenteraTestMove = performance.now();
        },
        { capture: true },
      );
    });
    await this.hover(within, text, nth);
    return this.page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const moved = (globalThis as unknown as { lenteraTestMove: number }).lenteraTestMove;
      if (!moved) return 'no pointer move reached the page';
      const after = performance.getEntriesByName('lentera:pointer').filter((e) => e.startTime >= moved);
      const last = after[after.length - 1] as PerformanceMeasure | undefined;
      return last ? String(last.detail) : 'unwatched';
    });
  }

  /** Waits until Lentera has drawn the article's terms (the highlight of first uses is there). */
  waitForHighlights(timeoutMs = 15_000) {
    return this.page.waitFor(
      () =>
        (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights?.has(
          'lentera-term-first',
        ) ?? false,
      undefined,
      timeoutMs,
    );
  }

  /** Opens an article and waits until it is reported and its terms are drawn. */
  static async openAnnotated(
    browser: ExtensionBrowser,
    extension: ExtensionPage,
    url: string,
  ): Promise<ArticlePage> {
    const page = await ArticlePage.open(browser, url);
    await extension.waitForReport(page.url, { kind: 'article' });
    await page.waitForHighlights();
    return page;
  }

  /** What the popover shows, or null when none is open. */
  popover(): Promise<{
    text: string;
    names: Record<string, string>;
    role: string | null;
    label: string | null;
  } | null> {
    return this.page
      .inCard((root) => {
        const card = root.querySelector('.card');
        if (!card) return null;
        const names: Record<string, string> = {};
        for (const el of Array.from(root.querySelectorAll('[data-lang]'))) {
          const label = el.querySelector('.label')?.textContent ?? '';
          names[el.getAttribute('data-lang') as string] = (el.textContent ?? '').slice(label.length).trim();
        }
        return {
          text: card.textContent ?? '',
          names,
          role: card.getAttribute('role'),
          label: root.getElementById('lentera-title')?.textContent ?? null,
        };
      })
      .then((card) => card ?? null);
  }

  /** Clicks a control of the open card with the mouse (`selector` inside its shadow root). */
  async clickInPopover(selector: string): Promise<void> {
    const point = await this.page.waitForCard((root, sel: string) => {
      const el = root.querySelector(sel);
      const rect = el?.getBoundingClientRect();
      return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }, selector);
    await this.page.mouseClick(point.x, point.y);
  }

  waitForPopover(timeoutMs = 5000) {
    return this.page.waitForCard(
      (root) => {
        const card = root.querySelector('.card');
        return card ? (card.textContent ?? ' ') : null;
      },
      undefined,
      timeoutMs,
    );
  }

  /** Whether Lentera's card host is in the page. */
  async cardShown(): Promise<boolean> {
    return (await this.page.inCard(() => true)) === true;
  }

  /** Waits until Lentera's card host has left the page. */
  waitForNoCard(timeoutMs = 10_000): Promise<void> {
    return untilNoCard((fn) => this.page.inCard(fn), timeoutMs);
  }

  /** The page's DOM as the reader's browser holds it. */
  serialize(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.outerHTML);
  }
}

export interface PageReport {
  kind: string;
  url: string;
  title?: string;
  lang?: string;
  reason?: string;
  words?: number;
  blocks?: { kind: string; text: string }[];
}

export interface ReportWanted {
  kind?: string;
  title?: string;
  minBlocks?: number;
}

export type PopupState = 'article' | 'not-article' | 'not-html' | 'failed' | 'off' | 'other';

/** An extension page kept open in the background, to ask the extension things as its own pages can. */
export class ExtensionPage {
  constructor(
    readonly page: TestPage,
    readonly browser: ExtensionBrowser,
  ) {}

  static async open(browser: ExtensionBrowser): Promise<ExtensionPage> {
    const page = await browser.newPage();
    // The options page: an extension page that sends no messages of its own once loaded.
    await page.goto(`${browser.extensionOrigin}/options.html`);
    return new ExtensionPage(page, browser);
  }

  /** Everything in storage.session, read as an extension page reads it. */
  private session(): Promise<Record<string, unknown>> {
    return this.page.evaluate(async () => {
      type Session = { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { chrome?: Session; browser?: Session };
      return ((await (g.browser ?? g.chrome)?.storage.session.get(null)) ?? {}) as Record<string, unknown>;
    });
  }

  /** The state the background keeps of every tab, by tab id (the keys the contract names). */
  async tabStates(): Promise<Map<number, TabState>> {
    const states = new Map<number, TabState>();
    for (const [key, value] of Object.entries(await this.session())) {
      const id = Number(/\d+$/.exec(key)?.[0] ?? Number.NaN);
      if (Number.isInteger(id) && tabKeys(id).state === key) states.set(id, value as TabState);
    }
    return states;
  }

  /** Polls `find` (with a short backoff) until it returns something, and returns that. */
  private async poll<T>(find: () => Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await find();
      if (found !== null) return found;
      if (Date.now() > deadline) throw new Error(`${what}: timed out after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Finds the id of the tab showing `url`, from what the extension itself stored for that tab. */
  tabIdFor(url: string, timeoutMs = 15_000): Promise<number> {
    return this.poll(
      async () => {
        for (const [id, state] of await this.tabStates()) {
          if (state.status === 'ready' && state.report.url === url) return id;
        }
        return null;
      },
      timeoutMs,
      `no tab reported for ${url}`,
    );
  }

  /**
   * Waits until the extension has stored a report for the page at `url` that fits `want`, and
   * returns it (as the popup would receive it).
   */
  waitForReport(url: string, want: ReportWanted = {}, timeoutMs = 15_000): Promise<PageReport> {
    return this.poll(
      async () => {
        for (const state of (await this.tabStates()).values()) {
          if (state.status !== 'ready') continue;
          const r = state.report as PageReport;
          if (r.url !== url) continue;
          if (want.kind && r.kind !== want.kind) continue;
          if (want.title && r.title !== want.title) continue;
          if (want.minBlocks && (r.blocks?.length ?? 0) < want.minBlocks) continue;
          return r;
        }
        return null;
      },
      timeoutMs,
      `no report for ${url} like ${JSON.stringify(want)}`,
    );
  }

  /** Writes the settings as the options page and the popup do (storage.local). */
  setSettings(settings: unknown): Promise<void> {
    return this.page.evaluate(
      async (items: Record<string, unknown>) => {
        const g = globalThis as unknown as { chrome?: unknown; browser?: unknown };
        const api = (g.browser ?? g.chrome) as { storage: { local: { set(v: unknown): Promise<void> } } };
        await api.storage.local.set(items);
      },
      { [LOCAL_KEYS.settings]: settings },
    );
  }

  /** Reads one storage.local item (a key of LOCAL_KEYS), as the extension's pages do. */
  local(key: (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS]): Promise<unknown> {
    return this.page.evaluate(async (key: string) => {
      type Local = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { chrome?: Local; browser?: Local };
      return (await (g.browser ?? g.chrome)?.storage.local.get(key))?.[key];
    }, key);
  }

  /** Removes one storage.local item (a key of LOCAL_KEYS). */
  removeLocal(key: (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS]): Promise<void> {
    return this.page.evaluate(async (key: string) => {
      type Local = { storage: { local: { remove(k: string): Promise<void> } } };
      const g = globalThis as unknown as { chrome?: Local; browser?: Local };
      await (g.browser ?? g.chrome)?.storage.local.remove(key);
    }, key);
  }

  /** Calls a method of the background, as the popup or the options page do (the contract's envelope). */
  call<M extends MethodOf<BackgroundApi>>(method: M, params: ParamsOf<BackgroundApi, M>): Promise<unknown> {
    return this.send(envelope<BackgroundApi, M>(CHANNELS.background, method, params));
  }

  /** Calls a method of a tab's content script, as the popup and the keyboard commands do. */
  callTab<M extends MethodOf<TabApi>>(
    tabId: number,
    method: M,
    params: ParamsOf<TabApi, M>,
  ): Promise<unknown> {
    return this.page.evaluate(
      ({ tabId, message }: { tabId: number; message: unknown }) => {
        type Tabs = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { chrome?: Tabs; browser?: Tabs };
        return (g.browser ?? g.chrome)?.tabs.sendMessage(tabId, message);
      },
      { tabId, message: envelope<TabApi, M>(CHANNELS.tab, method, params) },
    );
  }

  /** What the background keeps of a tab in storage.session, read as the popup reads it. */
  async tabSession(tabId: number): Promise<TabSession> {
    const keys = Object.values(tabKeys(tabId));
    const raw = (await this.page.evaluate(async (keys: string[]) => {
      type Session = { storage: { session: { get(k: string[]): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { chrome?: Session; browser?: Session };
      return (g.browser ?? g.chrome)?.storage.session.get(keys);
    }, keys)) as Record<string, unknown>;
    return readTabSession({ get: async () => raw }, tabId);
  }

  /** Sends a raw message to the background, as any extension page could. */
  send(message: unknown): Promise<unknown> {
    return this.page.evaluate((m: unknown) => {
      type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { chrome?: Runtime; browser?: Runtime };
      return (g.browser ?? g.chrome)?.runtime.sendMessage(m);
    }, message);
  }
}

/** The popup for one tab, opened as `popup.html?tab=<id>` in a new, visible tab (as a popup is). */
export class PopupPage {
  constructor(readonly page: TestPage) {}

  static async openFor(extension: ExtensionPage, article: ArticlePage): Promise<PopupPage> {
    const tabId = await extension.tabIdFor(article.url);
    const page = await extension.browser.newPage();
    await page.goto(`${extension.browser.extensionOrigin}/popup.html?tab=${tabId}`);
    return new PopupPage(page);
  }

  settledState(): Promise<PopupState> {
    return this.page.waitFor(() => {
      const state = document.querySelector('[data-state]')?.getAttribute('data-state');
      return state && state !== 'waiting' ? (state as PopupState) : null;
    });
  }

  text(selector: string): Promise<string | null> {
    return this.page.evaluate(
      (s: string) => document.querySelector(s)?.textContent?.trim() ?? null,
      selector,
    );
  }

  title(): Promise<string | null> {
    return this.text('#article-title');
  }

  language(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('[data-lang]')?.getAttribute('data-lang') ?? null);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
