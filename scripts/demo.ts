// Opens the bundled sample article in Chromium with the built extension loaded.
// With a display, the browser stays open (the popup is shown in a second tab) until Ctrl-C.
// Without one, it rests the pointer on a term, and writes screenshots of the page with its card
// and of the popup to out/demo/, and says where.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT } from '../tools/browser/harness';
import { ArticlePage, ExtensionPage, PopupPage } from '../tools/browser/pages';
import { serveFixtures } from '../tools/browser/server';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const browser = await launchChromium({ headless });
const extension = await ExtensionPage.open(browser);
const article = await ArticlePage.open(browser, server.url('id-news-csto/'));
const report = await extension.waitForReport(article.url, { kind: 'article' });
console.log(`Sample article: ${article.url}`);
console.log(`Detected: ${report.kind}, "${report.title}" [${report.lang}], ${report.blocks?.length} blocks`);

if (headless) {
  const dir = join(ROOT, 'out', 'demo');
  mkdirSync(dir, { recursive: true });
  await article.page.waitFor(
    () =>
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
        'lentera-term-first',
      ),
    undefined,
    15_000,
  );
  // Rest the pointer on a term, as a reader would, to show its card.
  await article.hover('.article-body', 'CSTO', 1);
  await article.waitForPopover().catch(() => undefined);
  await article.page.screenshot(join(dir, 'article.png'));
  const popup = await PopupPage.openFor(extension, article);
  console.log(`Popup: ${await popup.settledState()} — ${(await popup.title()) ?? ''}`);
  await popup.page.screenshot(join(dir, 'popup.png'), 'body');
  console.log(`No display: screenshots written to ${dir}/article.png and ${dir}/popup.png`);
  await browser.close();
  await server.close();
} else {
  await PopupPage.openFor(extension, article);
  console.log('The browser stays open; press Ctrl-C to stop.');
  const stop = async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
}
