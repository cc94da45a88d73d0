// Starts a real browser with the built extension loaded, behind one small interface, so that the
// same page objects and tests drive Chromium (playwright-core) and Firefox (puppeteer-core, BiDi).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { type BrowserKind, requireBrowser } from './find-browsers';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIREFOX_UUID = '5f1c6a1e-3b7d-4e0a-9a51-1e2d3c4b5a60';

export interface TestPage {
  /** Navigates and waits until the document has loaded. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn(arg)` returns a truthy value in the page, and returns it. */
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<NonNullable<Awaited<R>>>;
  click(selector: string): Promise<void>;
  /** Moves the mouse pointer to a point of the viewport (CSS pixels). */
  mouseMove(x: number, y: number): Promise<void>;
  /** Clicks at a point of the viewport (CSS pixels), as the reader's mouse does (a trusted click). */
  mouseClick(x: number, y: number): Promise<void>;
  /** Presses a key on the page (e.g. "Escape", "Tab"). */
  press(key: string): Promise<void>;
  /** Makes the page's tab the visible one (a hidden tab runs no animation frames). */
  bringToFront(): Promise<void>;
  /** Holds a key down (a modifier, for the pointer moves that follow) and lets it go. */
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  /** Chooses a file for the file input `selector`, as a reader does in the file dialog. */
  setInputFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  /** Clicks `selector` and returns the file it downloads (Chromium only). */
  download?(selector: string): Promise<{ name: string; text: string }>;
  /** A screenshot of the viewport, of the first element that matches `selector`, or of a region. */
  screenshot(
    path: string,
    selector?: string | { x: number; y: number; width: number; height: number },
  ): Promise<void>;
  /**
   * Runs `fn` on the shadow root of Lentera's card host (the child of <html> with a closed shadow
   * root): the test reaches in through the browser's debugging protocol, as the page's own script
   * cannot. Null when no card host is in the page.
   */
  inCard<R, A = undefined>(
    fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<Awaited<R> | null>;
  /** Waits until `inCard(fn, arg)` is truthy, and returns it. */
  waitForCard<R, A = undefined>(
    fn: (root: ShadowRoot, arg: A) => R,
    arg?: A,
    timeoutMs?: number,
  ): Promise<NonNullable<Awaited<R>>>;
  /**
   * What the page's consoles said (every world's, the content script's too, where the browser
   * tells) and the errors thrown in it, since the page was opened: `type: text`.
   */
  messages(): string[];
  close(): Promise<void>;
}

type CardFn = (root: ShadowRoot, arg: never) => unknown;

/** Polls `inCard` until its answer is truthy (a navigation's passing errors count as not yet). */
async function pollCard(
  inCard: (fn: CardFn, arg: unknown) => Promise<unknown>,
  fn: CardFn,
  arg: unknown,
  timeoutMs: number,
): Promise<never> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await inCard(fn, arg);
      if (value) return value as never;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `waitForCard: timed out after ${timeoutMs} ms${lastError ? ` (${String(lastError)})` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no card host is in the page (`inCard` answers null). */
export async function untilNoCard(
  inCard: (fn: () => boolean) => Promise<unknown>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await inCard(() => true)) !== null) {
    if (Date.now() > deadline) throw new Error(`the card was still shown after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The card function as the source of a function of (root, JSON of arg) that answers in JSON. */
const cardCall = (fn: CardFn) =>
  `async (root, json) => JSON.stringify((await (${fn.toString()})(root, json === undefined ? undefined : JSON.parse(json))) ?? null)`;

/**
 * Card access for a Playwright page of Chromium: CDP reports closed shadow roots (pierce), and the
 * one found is resolved in the page's world for the function to run on.
 */
export async function chromiumCardAccess(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const inCard = async (fn: CardFn, arg: unknown) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const shadow = html?.children
      ?.flatMap((n) => n.shadowRoots ?? [])
      .find((r) => r.shadowRootType === 'closed');
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (json) { return (${cardCall(fn)})(this, json); }`,
      arguments: arg === undefined ? [] : [{ value: JSON.stringify(arg) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`inCard: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return JSON.parse(result.value as string);
  };
  return {
    inCard: <R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A) =>
      inCard(fn as CardFn, arg) as Promise<Awaited<R> | null>,
    waitForCard: <R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R, arg?: A, timeoutMs = 10_000) =>
      pollCard(inCard, fn as CardFn, arg, timeoutMs) as Promise<NonNullable<Awaited<R>>>,
    waitForNoCard: (timeoutMs = 10_000) => untilNoCard((fn) => inCard(fn, undefined), timeoutMs),
  };
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /**
   * Stops the extension's service worker, as the browser does when it is idle (Chromium only:
   * Firefox runs an event page and offers no way to suspend it from outside).
   */
  stopBackground?(): Promise<void>;
  /**
   * Loads the extension again from dist/, as an update or a reload on the extensions page does
   * (open pages keep the old content script); its pages are closed, its storage is kept. Chromium
   * needs `extensionDebugging`.
   */
  reloadExtension?(): Promise<void>;
  /** Removes the extension, as the reader does on the extensions page. */
  removeExtension?(): Promise<void>;
  /** Closes the browser and starts it again on the same profile, as a reader's restart does. */
  restart(): Promise<ExtensionBrowser>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Chromium without the extension, with the same flags (scores and benchmarks). */
export function launchPlainChromium() {
  return chromium.launch({ executablePath: requireBrowser('chromium'), args: CHROMIUM_ARGS });
}

export interface ChromiumOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  /** A profile folder to use again (a restart); by default a new one. */
  profile?: string;
  /**
   * Lets the test reload and remove the extension through CDP (`Extensions.loadUnpacked`,
   * `Extensions.uninstall`: reloadExtension, removeExtension), which Chromium allows only with
   * this flag and a pipe connection (Playwright's).
   */
  extensionDebugging?: boolean;
}

/** The Playwright context with the extension loaded (for benchmarks that need CDP). */
export async function launchChromiumContext(options: ChromiumOptions = {}) {
  const dir = join(ROOT, 'dist', 'chrome');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lentera-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireBrowser('chromium'),
    headless: options.headless ?? true,
    args: [
      ...CHROMIUM_ARGS,
      ...(options.extensionDebugging ? ['--enable-unsafe-extension-debugging'] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // Node's URL gives no origin for non-special schemes: take scheme and host by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  return { context, extensionOrigin, profile };
}

/**
 * Stops the extension's service worker, as the browser does when it is idle; done when the
 * browser lists no worker of ours any more. A message from a page may wake a new worker at once
 * (a content script still at work): that one is stopped too, until one poll finds none.
 */
export async function stopServiceWorker(context: BrowserContext, extensionOrigin: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session');
  const deadline = Date.now() + 10_000;
  for (;;) {
    await session.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { targetInfos } = await cdp.send('Target.getTargets');
    if (!targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin))) break;
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
  }
  await session.detach();
  await cdp.detach();
}

/** One command of CDP's Extensions domain, on a browser session of its own. */
async function extensionCommand(context: BrowserContext, method: string, params: object): Promise<void> {
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('no browser CDP session');
  try {
    // The domain is experimental: Playwright's types do not list it.
    await cdp.send(method as 'Browser.getVersion', params as never);
  } finally {
    await cdp.detach();
  }
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ExtensionBrowser> {
  const { context, extensionOrigin, profile } = await launchChromiumContext(options);
  return {
    kind: 'chromium',
    extensionOrigin,
    async newPage() {
      const page = await context.newPage();
      const card = await chromiumCardAccess(page);
      const messages: string[] = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
      return {
        messages: () => [...messages],
        inCard: card.inCard,
        waitForCard: card.waitForCard,
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async waitFor(fn, arg, timeoutMs = 10_000) {
          // Polls with evaluate, which awaits a promise (waitForFunction would take the promise
          // itself for a truthy answer).
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const value = await page.evaluate(fn as never, arg);
            if (value) return value as never;
            if (Date.now() > deadline) throw new Error(`waitFor: timed out after ${timeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        },
        click: (selector) => page.click(selector),
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseClick: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        bringToFront: () => page.bringToFront(),
        keyDown: (key) => page.keyboard.down(key),
        keyUp: (key) => page.keyboard.up(key),
        setInputFile: (selector, file) => page.setInputFiles(selector, file),
        async download(selector) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
          const path = await download.path();
          return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
        },
        async screenshot(path, selector) {
          if (typeof selector === 'string') await page.locator(selector).first().screenshot({ path });
          else await page.screenshot({ path, fullPage: false, ...(selector ? { clip: selector } : {}) });
        },
        close: () => page.close(),
      };
    },
    stopBackground: () => stopServiceWorker(context, extensionOrigin),
    async reloadExtension() {
      await extensionCommand(context, 'Extensions.loadUnpacked', { path: join(ROOT, 'dist', 'chrome') });
    },
    async removeExtension() {
      await extensionCommand(context, 'Extensions.uninstall', { id: extensionOrigin.split('/')[2] });
    },
    async restart() {
      await context.close();
      return launchChromium({ ...options, profile });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(
  profile = mkdtempSync(join(tmpdir(), 'lentera-firefox-')),
): Promise<ExtensionBrowser> {
  const dir = join(ROOT, 'dist', 'firefox');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const id = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    // Lets the BiDi session open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    userDataDir: profile,
    extraPrefsFirefox: {
      // A fixed moz-extension UUID, so that extension pages have a known address.
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_UUID }),
      // The add-on is installed for the session only: keep its storage for the next start on
      // this profile, as an installed add-on's is kept (the restart test).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(dir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  return {
    kind: 'firefox',
    extensionOrigin,
    async newPage() {
      const page = await browser.newPage();
      const messages: string[] = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
      // Firefox's BiDi can fail an evaluation in a document that is being replaced ("right-hand
      // side of 'in' should be an object"): such failures are retried until the deadline.
      const waitFor = async <R>(fn: (arg: never) => R, arg: unknown, timeoutMs: number) => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          try {
            const left = Math.max(100, deadline - Date.now());
            // Poll on a timer: requestAnimationFrame is throttled in background tabs.
            const handle = await page.waitForFunction(fn as () => R, { timeout: left, polling: 50 }, arg);
            return (await handle.jsonValue()) as NonNullable<Awaited<R>>;
          } catch (error) {
            const transient =
              error instanceof Error && /Protocol error|context/i.test(`${error.message} ${error.cause}`);
            if (!transient || Date.now() > deadline) throw error;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      };
      // BiDi serialises closed shadow roots when asked to (includeShadowTree: 'all'); the root is
      // then passed back by reference to a function run in the page.
      const context = (
        page.mainFrame() as unknown as {
          browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
        }
      ).browsingContext;
      const session = context.userContext.browser.session;
      const inCard = async (fn: CardFn, arg: unknown) => {
        const found = (await session.send('script.callFunction', {
          functionDeclaration: '() => Array.from(document.documentElement.children)',
          awaitPromise: false,
          target: { context: context.id },
          serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
          resultOwnership: 'none',
        })) as BidiResult<{ value?: { shadowRoot?: { sharedId: string; value?: { mode?: string } } } }[]>;
        const shadow = found.result.result?.value
          ?.map((node) => node.value?.shadowRoot)
          .find((root) => root?.value?.mode === 'closed');
        if (!shadow) return null;
        const reply = (await session.send('script.callFunction', {
          functionDeclaration: cardCall(fn),
          arguments: [
            { sharedId: shadow.sharedId },
            arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) },
          ],
          awaitPromise: true,
          target: { context: context.id },
          resultOwnership: 'none',
        })) as BidiResult<string>;
        if (reply.result.type === 'exception')
          throw new Error(`inCard: ${reply.result.exceptionDetails?.text ?? 'exception'}`);
        return JSON.parse(reply.result.result?.value ?? 'null');
      };
      return {
        messages: () => [...messages],
        inCard: (fn, arg) => inCard(fn as CardFn, arg) as never,
        waitForCard: (fn, arg, timeoutMs = 10_000) => pollCard(inCard, fn as CardFn, arg, timeoutMs),
        async goto(url) {
          if (url.startsWith('moz-extension:')) {
            // Navigations to moz-extension pages never report `load` over BiDi: start it, then
            // wait for the document itself.
            void page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
            await waitFor(
              (expected: string) => location.href === expected && document.readyState === 'complete',
              url,
              15_000,
            );
          } else {
            await page.goto(url, { waitUntil: 'load' });
          }
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        waitFor: (fn, arg, timeoutMs = 10_000) =>
          waitFor(fn as (arg: never) => unknown, arg, timeoutMs) as never,
        click: (selector) => page.click(selector),
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseClick: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key as never),
        bringToFront: () => page.bringToFront(),
        keyDown: (key) => page.keyboard.down(key as never),
        keyUp: (key) => page.keyboard.up(key as never),
        async setInputFile(selector, file) {
          const dir = mkdtempSync(join(tmpdir(), 'lentera-upload-'));
          const path = join(dir, file.name);
          writeFileSync(path, file.buffer);
          const input = await page.$(selector);
          if (!input) throw new Error(`no ${selector}`);
          await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
        },
        async screenshot(path, selector) {
          const element = typeof selector === 'string' ? await page.$(selector) : null;
          if (element) await element.screenshot({ path });
          else await page.screenshot({ path, ...(typeof selector === 'object' ? { clip: selector } : {}) });
        },
        close: () => page.close(),
      };
    },
    async reloadExtension() {
      // A temporary add-on is removed and installed again (Firefox has no reload over BiDi); the
      // profile's prefs keep its storage and its UUID meanwhile.
      await browser.uninstallExtension(id);
      await browser.installExtension(dir);
    },
    async removeExtension() {
      await browser.uninstallExtension(id);
    },
    async restart() {
      await browser.close();
      return launchFirefox(profile);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The part of puppeteer's BiDi session the card access needs (not in its public types). */
interface BidiSession {
  send(method: string, params: unknown): Promise<unknown>;
}

interface BidiResult<V> {
  result: {
    type: 'success' | 'exception';
    result?: { value?: V };
    exceptionDetails?: { text?: string };
  };
}

export function launch(kind: BrowserKind): Promise<ExtensionBrowser> {
  return kind === 'chromium' ? launchChromium() : launchFirefox();
}

/** Eight fixture articles, in both languages, each with terms to draw: the pages of the stop storms. */
export const STORM_ARTICLES = [
  'en-liveblog/',
  'en-news/',
  'en-paywall/',
  'id-divs/',
  'id-news-csto/',
  'id-print/',
  'id-related/',
  'throws/',
] as const;

/**
 * Stops the extension's service worker again and again, every `fromMs`–`toMs` (at random), until
 * `end()`, which answers how many stops there were (Chromium: see stopBackground).
 */
export function stopStorm(browser: ExtensionBrowser, fromMs: number, toMs: number) {
  if (!browser.stopBackground) throw new Error(`${browser.kind} cannot stop its background from outside`);
  let stopping = true;
  let stops = 0;
  const running = (async () => {
    while (stopping) {
      await new Promise((resolve) => setTimeout(resolve, fromMs + Math.random() * (toMs - fromMs)));
      if (!stopping) break;
      await browser.stopBackground?.().catch(() => undefined);
      stops++;
    }
  })();
  return {
    /** Resolves once `more` stops have been made after this call. */
    async more(more: number): Promise<void> {
      const until = stops + more;
      while (stopping && stops < until) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async end(): Promise<number> {
      stopping = false;
      await running;
      return stops;
    },
  };
}
