// Runs Lentera's article detection on pages served from a folder, in real Chromium or Firefox, and
// returns plain results. The detection bundle (tests/support/detect-entry.ts) runs the path that
// ships: detectArticle serialises the live page with its elements numbered, parseNumberedHtml
// parses the copy with DOMParser and Readability (the code of the offscreen document and of
// Firefox's event page), and the result is mapped back onto the live page; only the thread differs.
// Beside it, bare Readability (stock, as a reader view runs it: a clone of the document) on the
// same page in the same browser, for a baseline.

import { createServer, get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import type { DetectedPlain } from '../../tests/support/detect-entry';
import { detectBundle } from './detect-bundle';
import { type BrowserKind, requireBrowser } from './find-browsers';
import { launchPlainChromium, ROOT } from './harness';
import { serveFixtures } from './server';

export interface BareReadability {
  /** Readability found an article (parse() gave content). */
  parsed: boolean;
  /** Text nodes of the content, parsed again and joined by spaces (as the expected texts are made). */
  text: string;
  /** The result's own textContent (text nodes glued with nothing between them). */
  textContent: string;
}

export interface PageDetection {
  /** What the gate and detection say (as the content script would). */
  gated: DetectedPlain;
  /** Detection with the gate skipped: the mapping on its own. */
  forced: DetectedPlain;
  /** Text nodes of `compareHtml`, parsed in the page (when given). */
  compareText?: string;
  /** Bare Readability on a clone of the same live page (when asked for). */
  bare?: BareReadability;
}

export interface Detector {
  browser: BrowserKind;
  run(path: string, compareHtml?: string, options?: { bare?: boolean }): Promise<PageDetection>;
  close(): Promise<void>;
}

/** The few things the detector needs of a page, in either browser. */
interface PlainPage {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a script (a bundle) in the page. */
  addScript(source: string): Promise<void>;
  close(): Promise<void>;
}

interface PlainBrowser {
  newPage(): Promise<PlainPage>;
  close(): Promise<void>;
}

/** Stock Readability (no rewrite of its code), exposed as __bareReadability() in the page. */
async function bareBundle(): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
globalThis.__bareReadability = () => {
  const article = new Readability(document.cloneNode(true)).parse();
  if (!article || !article.content) return { parsed: false, text: '', textContent: '' };
  const doc = new DOMParser().parseFromString(article.content, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
  return { parsed: true, text: parts.join(' '), textContent: article.textContent ?? '' };
};`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('the Readability bundle is empty');
  return file.text;
}

/**
 * Plain Chromium (playwright-core) and a context in which every host but `origin` (the fixture
 * server's) is answered with nothing: test pages refer to images and scripts on the web.
 */
export async function offlineChromium(origin: string, javaScript: boolean) {
  const browser = await launchPlainChromium();
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  return { browser, context };
}

/** Plain Chromium (playwright-core), every host but the fixture server's answered with nothing. */
async function chromiumPages(origin: string, javaScript: boolean): Promise<PlainBrowser> {
  const { browser, context } = await offlineChromium(origin, javaScript);
  return {
    async newPage() {
      const page = await context.newPage();
      // With scripts off, a <noscript> is read as markup, and one that holds a refresh
      // (`<meta http-equiv="refresh">` to a "please enable JavaScript" page) would take the page
      // away in the middle of the run, or not, by timing. Once the page is there, a navigation of
      // it is answered with 204, which leaves the page where it is.
      let arrived = false;
      await page.route(
        (url) => url.href.startsWith(origin),
        (route) => {
          const request = route.request();
          if (arrived && request.isNavigationRequest() && request.frame() === page.mainFrame())
            return route.fulfill({ status: 204, body: '' });
          return route.fallback();
        },
      );
      return {
        async goto(url) {
          await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
          arrived = true;
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async addScript(source) {
          await page.evaluate(source);
        },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * The fixture server again, its pages sent with `Content-Security-Policy: script-src 'none'`: the
 * page's own scripts are blocked, evaluations from the WebDriver session are not.
 */
async function serveWithoutScripts(origin: string) {
  const server = createServer((req, res) => {
    const up = httpGet(`${origin}${req.url ?? '/'}`, (answer) => {
      res.writeHead(answer.statusCode ?? 502, {
        ...answer.headers,
        'content-security-policy': "script-src 'none'",
      });
      answer.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plain Firefox (puppeteer-core over WebDriver BiDi, as tools/browser/harness.ts drives it), no
 * extension. Firefox's `javascript.enabled = false` also stops the promise jobs of evaluations
 * from the session (an async evaluation never settles), so page scripts are blocked by CSP
 * instead (the pages come through `serveWithoutScripts`). Every other host goes through a proxy
 * on the discard port, so it fails at once (Firefox never sends 127.0.0.1 through a proxy).
 */
async function firefoxPages(): Promise<PlainBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  return {
    async newPage() {
      const page = await browser.newPage();
      return {
        async goto(url) {
          try {
            await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
          } catch (error) {
            // A frame of the page whose host is refused can fail the navigation ("Address
            // rejected") although the page itself loads: go on once it has (polled, 10 s at most).
            const deadline = Date.now() + 10_000;
            for (;;) {
              const loaded = await page
                .evaluate(
                  (expected: string) => location.href === expected && document.readyState !== 'loading',
                  url,
                )
                .catch(() => false);
              if (loaded) break;
              if (Date.now() > deadline) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async addScript(source) {
          await page.evaluate(source);
        },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

export async function openDetector(
  root: string,
  options: { javaScript: boolean; browser?: BrowserKind },
): Promise<Detector> {
  const kind = options.browser ?? 'chromium';
  const [bundle, bare, files] = await Promise.all([detectBundle(), bareBundle(), serveFixtures(root)]);
  const csp = kind === 'firefox' && !options.javaScript ? await serveWithoutScripts(files.origin) : null;
  const server = {
    url: (path: string) => (csp ? `${csp.origin}/${path.replace(/^\//, '')}` : files.url(path)),
    async close() {
      await csp?.close();
      await files.close();
    },
  };
  const browser =
    kind === 'firefox' ? await firefoxPages() : await chromiumPages(files.origin, options.javaScript);
  return {
    browser: kind,
    async run(path, compareHtml, runOptions = {}) {
      const page = await browser.newPage();
      try {
        await page.goto(server.url(path));
        await page.addScript(bundle);
        if (runOptions.bare) await page.addScript(bare);
        // As JSON: Firefox's BiDi hands deep results back incomplete.
        const json = await page.evaluate(
          async ({ html, withBare }: { html: string | null; withBare: boolean }) => {
            const g = globalThis as unknown as {
              __lentera: { detect(force: boolean): Promise<DetectedPlain> };
              __bareReadability(): BareReadability;
            };
            // Bare Readability first, on a clone of the untouched page (detection never changes the
            // live page, but the order then cannot matter).
            const bare = withBare ? g.__bareReadability() : undefined;
            const gated = await g.__lentera.detect(false);
            const forced = gated.kind === 'article' ? gated : await g.__lentera.detect(true);
            if (html === null) return JSON.stringify({ gated, forced, bare });
            const doc = new DOMParser().parseFromString(html, 'text/html');
            const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
            const parts: string[] = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
            return JSON.stringify({ gated, forced, bare, compareText: parts.join(' ') });
          },
          { html: compareHtml ?? null, withBare: runOptions.bare ?? false },
        );
        return JSON.parse(json) as PageDetection;
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** One page with the detection bundle loaded, for benchmarks (Chromium, playwright's page). */
export async function openDetectorPage(root: string, path: string) {
  const bundle = await detectBundle();
  const server = await serveFixtures(root);
  const { browser, context } = await offlineChromium(server.origin, false);
  const page = await context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.evaluate(bundle);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { page, close };
}

type Block = DetectedPlain['blocks'][number];

/** The mapped text of blocks, text nodes joined by spaces (as the expected texts are). */
const textOf = (blocks: readonly Block[]) => blocks.map((b) => b.parts.join(' ')).join(' ');

/** The mapped text of a detection's body (the headline left out), captions included. */
export const detectedText = (d: DetectedPlain): string =>
  textOf(d.blocks.filter((b) => b.kind !== 'headline'));

/** The body without figure captions, and the captions alone. */
export const detectedTextWithoutCaptions = (d: DetectedPlain): string =>
  textOf(d.blocks.filter((b) => b.kind !== 'headline' && b.kind !== 'caption'));
export const captionText = (d: DetectedPlain): string => textOf(d.blocks.filter((b) => b.kind === 'caption'));
