// The walking skeleton, end to end, in both browsers: the content script finds the article and its
// language, the popup shows its title, and pages that are not articles are reported as such.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, ROOT } from './support/harness';
import { ArticlePage, PopupPage } from './support/pages';
import { type FixtureServer, serveFixtures } from './support/server';

const BROWSERS = ['chromium', 'firefox'] as const;

describe.each(BROWSERS)('foundation in %s', (kind) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
    browser = await launch(kind);
    popup = await PopupPage.open(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the Indonesian sample article and shows its title and language in the popup', async () => {
    const article = await ArticlePage.open(browser, server.url('id-news-csto/'));
    expect(await popup.showFor(article)).toBe('article');
    expect(await popup.title()).toBe('Tentang apa “mini-NATO” Putin?');
    expect(await popup.language()).toBe('id');
    await article.page.close();
  });

  it('finds an English article and its language', async () => {
    const article = await ArticlePage.open(browser, server.url('en-news/'));
    expect(await popup.showFor(article)).toBe('article');
    expect(await popup.language()).toBe('en');
    expect((await popup.title())?.length).toBeGreaterThan(10);
    await article.page.close();
  });

  it.each(['id-home/', 'id-search/'])('reports %s as not an article', async (slug) => {
    const page = await ArticlePage.open(browser, server.url(slug));
    expect(await popup.showFor(page)).toBe('not-article');
    expect(await popup.title()).toBeNull();
    await page.page.close();
  });

  it('leaves a document that is not HTML alone, and says so', async () => {
    const image = await ArticlePage.open(browser, server.url('not-html/lantern.png'));
    const before = await image.serialize();
    expect(await popup.showFor(image)).toBe('not-html');
    expect(await popup.text('[data-state]')).toContain('image/png');
    expect(await image.serialize()).toBe(before);
    await image.page.close();
  });

  it('answers a message of the wrong shape with a clear error', async () => {
    expect(await popup.send({ hello: 'world' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await popup.send({ lentera: 1, method: 'getTabState', params: { tabId: 'one' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('tabId') },
    });
    expect(await popup.send({ lentera: 1, method: 'dropTables', params: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('does not change the page it examines', async () => {
    // Load the page once with scripts unable to see Lentera, then compare with the live DOM.
    const article = await ArticlePage.open(browser, server.url('id-news-csto/'));
    await popup.showFor(article);
    const live = await article.serialize();
    const pristine = await article.page.evaluate(async (url: string) => {
      const html = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.body.childElementCount;
    }, article.url);
    expect(await article.page.evaluate(() => document.body.childElementCount)).toBe(pristine);
    expect(live).not.toMatch(/lentera/i);
    await article.page.close();
  });
});
