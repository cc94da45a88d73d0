// Page objects: what a reader does with an article page and with the popup, in either browser.
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
