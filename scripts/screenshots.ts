// Screenshots of the glossary popover and the word card on the sample article, light and dark,
// for the README:
//   npm run build && npx tsx scripts/screenshots.ts
//   → docs/popover-{light,dark}.png, docs/word-{light,dark}.png, docs/popup-{light,dark}.png,
//     docs/profile-{light,dark}.png (the card of a name no pack knows), docs/profile-listed-{light,dark}.png
//     (one whose kind only a list gives)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT } from '../tools/browser/harness';
import { ArticlePage, ExtensionPage, PopupPage } from '../tools/browser/pages';
import { serveFixtures } from '../tools/browser/server';

const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
mkdirSync(join(ROOT, 'docs'), { recursive: true });
for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchChromium({ colorScheme: scheme, viewport: { width: 1100, height: 760 } });
  const extension = await ExtensionPage.open(browser);
  const page = await ArticlePage.open(browser, server.url('id-news-csto/'));
  await extension.waitForReport(page.url, { kind: 'article' });
  await page.page.waitFor(() =>
    (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
      'lentera-term-first',
    ),
  );
  for (const [name, text] of [
    ['popover', 'CSTO'],
    ['word', 'menggambarkan'],
  ] as const) {
    if (name === 'word') await extension.setSettings({ wordLookup: 'on' });
    await page.hover('.article-body', text, name === 'popover' ? 1 : 0);
    await page.waitForPopover();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await shoot(page, join(ROOT, 'docs', `${name}-${scheme}.png`));
    await page.page.press('Escape');
  }
  await extension.setSettings({});
  const names = await ArticlePage.open(browser, server.url('id-profiles/'));
  await extension.waitForReport(names.url, { kind: 'article' });
  await names.page.waitFor(() =>
    (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
      'lentera-term-first',
    ),
  );
  await names.hover('.article-body', 'Hikmat Ginanjar');
  await names.waitForPopover();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await shoot(names, join(ROOT, 'docs', `profile-${scheme}.png`));
  await names.page.press('Escape');
  // A name the article says nothing about but a list: listed with a given name.
  await names.hover('.article-body', 'Tukiyem');
  await names.waitForPopover();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await shoot(names, join(ROOT, 'docs', `profile-listed-${scheme}.png`));
  await names.page.close();
  const popup = await PopupPage.openFor(extension, page);
  await popup.page.waitFor(() => document.querySelector('#key-terms') !== null);
  const file = join(ROOT, 'docs', `popup-${scheme}.png`);
  await popup.page.screenshot(file, 'body');
  console.log(file);
  await browser.close();
}
await server.close();

async function shoot(page: ArticlePage, file: string) {
  const clip = await page.page.waitForCard((root) => {
    const card = root.querySelector('.card')?.getBoundingClientRect() as DOMRect;
    const left = Math.max(0, card.left - 260);
    const top = Math.max(0, card.top - 120);
    return {
      x: left,
      y: top,
      width: Math.min(innerWidth - left, card.width + 520),
      height: Math.min(innerHeight - top, card.height + 150),
    };
  });
  await page.page.screenshot(file, clip);
  console.log(file);
}
