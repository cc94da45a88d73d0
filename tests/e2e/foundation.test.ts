// The walking skeleton, end to end, in both browsers: the content script finds the article and its
// language, the popup shows its title, and pages that are not articles are reported as such.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launch, ROOT } from './support/harness';
import { ArticlePage, ExtensionPage, PopupPage } from './support/pages';
import { type FixtureServer, serveFixtures } from './support/server';

const BROWSERS = ['chromium', 'firefox'] as const;

describe.each(BROWSERS)('foundation in %s', (kind) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let extension: ExtensionPage;

  beforeAll(async () => {
    server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
    browser = await launch(kind);
    extension = await ExtensionPage.open(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a fixture page, then the popup for its tab; returns both, settled. */
  async function openWithPopup(slug: string) {
    const page = await ArticlePage.open(browser, server.url(slug));
    const popup = await PopupPage.openFor(extension, page);
    const state = await popup.settledState();
    return { page, popup, state };
  }

  it('finds the Indonesian sample article and shows its title and language in the popup', async () => {
    const { page, popup, state } = await openWithPopup('id-news-csto/');
    expect(state).toBe('article');
    expect(await popup.title()).toBe('Tentang apa “mini-NATO” Putin?');
    expect(await popup.language()).toBe('id');
    await Promise.all([page.page.close(), popup.close()]);
  });

  it('finds an English article and its language', async () => {
    const { page, popup, state } = await openWithPopup('en-news/');
    expect(state).toBe('article');
    expect(await popup.language()).toBe('en');
    expect((await popup.title())?.length).toBeGreaterThan(10);
    await Promise.all([page.page.close(), popup.close()]);
  });

  it.each(['id-home/', 'id-search/'])('reports %s as not an article', async (slug) => {
    const { page, popup, state } = await openWithPopup(slug);
    expect(state).toBe('not-article');
    expect(await popup.title()).toBeNull();
    await Promise.all([page.page.close(), popup.close()]);
  });

  it('leaves a document that is not HTML alone, and says so', async () => {
    const image = await ArticlePage.open(browser, server.url('not-html/lantern.png'));
    const before = await image.serialize();
    const popup = await PopupPage.openFor(extension, image);
    expect(await popup.settledState()).toBe('not-html');
    expect(await popup.text('[data-state]')).toContain('image/png');
    expect(await image.serialize()).toBe(before);
    await Promise.all([image.page.close(), popup.close()]);
  });

  it('answers a message of the wrong shape with a clear error', async () => {
    expect(await extension.send({ hello: 'world' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(
      await extension.send({ lentera: 1, method: 'getTabState', params: { tabId: 'one' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('tabId') },
    });
    expect(await extension.send({ lentera: 1, method: 'dropTables', params: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('leaves the page as it was served', async () => {
    const { page, popup, state } = await openWithPopup('id-news-csto/');
    expect(state).toBe('article');
    const served = await page.page.evaluate(async (url: string) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      return doc.body.textContent;
    }, page.url);
    expect(await page.page.evaluate(() => document.body.textContent)).toBe(served);
    expect(await page.serialize()).not.toMatch(/lentera/i);
    await Promise.all([page.page.close(), popup.close()]);
  });
});

// Chromium stops an idle extension service worker at any time; per-tab state must survive that.
// (Firefox runs an event page instead, and offers no way to suspend it from outside.)
describe('the service worker in chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let extension: ExtensionPage;

  beforeAll(async () => {
    server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
    browser = await launch('chromium');
    extension = await ExtensionPage.open(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loses nothing when the service worker is stopped', async () => {
    const page = await ArticlePage.open(browser, server.url('en-news/'));
    const tabId = await extension.tabIdFor(page.url);
    // Resolves only once the worker has closed; the popup's message then wakes a new one.
    await browser.stopBackground?.();
    const popup = await PopupPage.openFor(extension, page);
    expect(await popup.settledState()).toBe('article');
    expect(await popup.language()).toBe('en');
    expect(tabId).toBeGreaterThan(0);
    await Promise.all([page.page.close(), popup.close()]);
  });
});
