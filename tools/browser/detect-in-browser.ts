// Runs Lentera's article detection (the test bundle of the content script's modules) on pages
// served from a folder, in real Chromium, and returns plain results.

import type { DetectedPlain } from '../../tests/support/detect-entry';
import { detectBundle } from './detect-bundle';
import { launchPlainChromium } from './harness';
import { serveFixtures } from './server';

export interface PageDetection {
  /** What the gate and detection say (as the content script would). */
  gated: DetectedPlain;
  /** Detection with the gate skipped: the mapping on its own. */
  forced: DetectedPlain;
  /** Text nodes of `compareHtml`, parsed in the page (when given). */
  compareText?: string;
}

export interface Detector {
  run(path: string, compareHtml?: string): Promise<PageDetection>;
  close(): Promise<void>;
}

/** Plain Chromium (page scripts on or off), the detection bundle, and the fixture server. */
async function start(root: string, javaScript: boolean) {
  const bundle = await detectBundle();
  const server = await serveFixtures(root);
  const browser = await launchPlainChromium();
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  // Test pages refer to images and scripts on the web: answer every other host with nothing.
  await context.route(
    (url) => !url.href.startsWith(server.origin),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { bundle, server, context, close };
}

export async function openDetector(root: string, options: { javaScript: boolean }): Promise<Detector> {
  const { bundle, server, context, close } = await start(root, options.javaScript);
  return {
    async run(path, compareHtml) {
      const page = await context.newPage();
      try {
        await page.goto(server.url(path), { waitUntil: 'domcontentloaded', timeout: 20_000 });
        await page.evaluate(bundle);
        return await page.evaluate(async (html: string | undefined) => {
          const api = (
            globalThis as unknown as { __lentera: { detect(force: boolean): Promise<DetectedPlain> } }
          ).__lentera;
          const gated = await api.detect(false);
          const forced = gated.kind === 'article' ? gated : await api.detect(true);
          if (html === undefined) return { gated, forced };
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
          return { gated, forced, compareText: parts.join(' ') };
        }, compareHtml);
      } finally {
        await page.close();
      }
    },
    close,
  };
}

/** One page with the detection bundle loaded, for benchmarks. */
export async function openDetectorPage(root: string, path: string) {
  const { bundle, server, context, close } = await start(root, false);
  const page = await context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.evaluate(bundle);
  return { page, close };
}

/** The mapped text of a detection, text nodes joined by spaces (as the expected texts are). */
export const detectedText = (d: DetectedPlain): string =>
  d.blocks
    .filter((b) => b.kind !== 'headline')
    .map((b) => b.parts.join(' '))
    .join(' ');
