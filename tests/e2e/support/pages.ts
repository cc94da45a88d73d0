// Page objects: what a reader does with an article page and with the popup, in either browser.
import type { BackgroundApi } from '../../../src/contract/background-api';
import { envelope, type MethodOf, type ParamsOf } from '../../../src/contract/channel';
import { CHANNELS } from '../../../src/contract/names';
import { readTabSession, type TabSession, tabKeys } from '../../../src/contract/storage';
import type { TabApi } from '../../../src/contract/tab-api';
import type { ExtensionBrowser, TestPage } from './harness';

interface StoredTab {
  status: string;
  report?: { url: string; kind: string };
}

/** Finds the id of the tab showing `url`, from what the extension itself stored for that tab. */
export async function tabIdFor(extensionPage: TestPage, url: string): Promise<number> {
  return extensionPage.waitFor(
    async (wanted: string) => {
      const api = (globalThis as unknown as { chrome?: typeof globalThis }).chrome ?? globalThis;
      const storage = (
        api as unknown as { storage: { session: { get(k: null): Promise<Record<string, StoredTab>> } } }
      ).storage;
      const all = await storage.session.get(null);
      const hit = Object.entries(all).find(([, state]) => state.report?.url === wanted);
      return hit ? Number(hit[0].slice('tab:'.length)) : 0;
    },
    url,
    15_000,
  );
}

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
    return this.page.evaluate(() => {
      const root = document.querySelector('lentera-popover')?.shadowRoot;
      const card = root?.querySelector('.card');
      if (!root || !card) return null;
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
    });
  }

  waitForPopover(timeoutMs = 5000) {
    return this.page.waitFor(
      () => {
        const card = document.querySelector('lentera-popover')?.shadowRoot?.querySelector('.card');
        return card ? (card.textContent ?? ' ') : null;
      },
      undefined,
      timeoutMs,
    );
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

  tabIdFor(url: string): Promise<number> {
    return tabIdFor(this.page, url);
  }

  /**
   * Waits until the extension has stored a report for the page at `url` that fits `want`, and
   * returns it (as the popup would receive it).
   */
  waitForReport(url: string, want: ReportWanted = {}, timeoutMs = 15_000): Promise<PageReport> {
    return this.page.waitFor(
      async ({ url, want }: { url: string; want: ReportWanted }) => {
        const g = globalThis as unknown as { chrome?: unknown; browser?: unknown };
        const api = (g.browser ?? g.chrome) as {
          storage: {
            session: { get(k: null): Promise<Record<string, { status: string; report?: PageReport }>> };
          };
        };
        const all = await api.storage.session.get(null);
        for (const state of Object.values(all)) {
          const r = state.report;
          if (!r || r.url !== url) continue;
          if (want.kind && r.kind !== want.kind) continue;
          if (want.title && r.title !== want.title) continue;
          if (want.minBlocks && (r.blocks?.length ?? 0) < want.minBlocks) continue;
          return r;
        }
        return null;
      },
      { url, want },
      timeoutMs,
    );
  }

  /** Writes the settings as the options page and the popup do (storage.local). */
  setSettings(settings: unknown): Promise<void> {
    return this.page.evaluate(async (value: unknown) => {
      const g = globalThis as unknown as { chrome?: unknown; browser?: unknown };
      const api = (g.browser ?? g.chrome) as { storage: { local: { set(v: unknown): Promise<void> } } };
      await api.storage.local.set({ settings: value });
    }, settings);
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
