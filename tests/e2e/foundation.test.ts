import { describe, expect, it } from 'vitest';
import type { BackgroundApi } from '../../src/contract/background-api';
import { envelope } from '../../src/contract/channel';
import { CHANNELS } from '../../src/contract/names';
import { ArticlePage, PopupPage } from '../../tools/browser/pages';
import { useExtension } from './support/setup';

const BROWSERS = ['chromium', 'firefox'] as const;

describe.each(BROWSERS)('foundation in %s', (kind) => {
  const setup = useExtension(kind);

  /** Opens a fixture page, then the popup for its tab; returns both, settled. */
  async function openWithPopup(slug: string) {
    const page = await ArticlePage.open(setup.browser, setup.server.url(slug));
    const popup = await PopupPage.openFor(setup.extension, page);
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
    const image = await ArticlePage.open(setup.browser, setup.server.url('not-html/lantern.png'));
    const before = await image.serialize();
    const popup = await PopupPage.openFor(setup.extension, image);
    expect(await popup.settledState()).toBe('not-html');
    expect(await popup.text('[data-state]')).toContain('image/png');
    expect(await image.serialize()).toBe(before);
    await Promise.all([image.page.close(), popup.close()]);
  });

  it('answers a message of the wrong shape with a clear error', async () => {
    expect(await setup.extension.send({ hello: 'world' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(
      await setup.extension.send({
        ...envelope<BackgroundApi, 'getTabState'>(CHANNELS.background, 'getTabState', { tabId: 1 }),
        params: { tabId: 'one' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('tabId') },
    });
    expect(
      await setup.extension.send({
        ...envelope<BackgroundApi, 'getTabState'>(CHANNELS.background, 'getTabState', { tabId: 1 }),
        method: 'dropTables',
      }),
    ).toMatchObject({
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
  const setup = useExtension('chromium');

  it('loses nothing when the service worker is stopped', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('en-news/'));
    await setup.extension.waitForReport(page.url, { kind: 'article' });
    const tabId = await setup.extension.tabIdFor(page.url);
    const before = (await setup.extension.tabSession(tabId)).state;
    expect(before?.status === 'ready' && before.report.url).toBe(page.url);
    // Resolves only once the worker has closed; the popup's message then wakes a new one.
    await setup.browser.stopBackground?.();
    const popup = await PopupPage.openFor(setup.extension, page);
    expect(await popup.settledState()).toBe('article');
    expect(await popup.language()).toBe('en');
    // The new worker found the tab's state as the stopped one left it.
    expect((await setup.extension.tabSession(tabId)).state).toEqual(before);
    await Promise.all([page.page.close(), popup.close()]);
  });
});
