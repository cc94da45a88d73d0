// Article detection through the built setup.extension, in both browsers: the blocks it reports for the
// fixture pages against their hand-made gold, the language, dynamic pages and hostile pages.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/browser/harness';
import { ArticlePage, type PageReport, PopupPage } from '../../tools/browser/pages';
import { readGold, staticFixtures } from '../../tools/score/fixture-score';
import { overlap } from '../../tools/score/overlap';
import { useExtension } from './support/setup';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const BROWSERS = ['chromium', 'firefox'] as const;
// The body only: the headline is annotated, but counted apart.
const reportText = (r: PageReport) =>
  (r.blocks ?? [])
    .filter((b) => b.kind !== 'headline')
    .map((b) => b.text)
    .join(' ');
const goldText = (slug: string, file?: string) =>
  readGold(PAGES, slug, file)
    .blocks.map((b) => b.text)
    .join(' ');

describe.each(BROWSERS)('article detection in %s', (kind) => {
  const setup = useExtension(kind);

  async function reportFor(path: string) {
    const page = await ArticlePage.open(setup.browser, setup.server.url(path));
    const report = await setup.extension.waitForReport(page.url);
    return { page, report };
  }

  it.each(staticFixtures(PAGES))('reports %s as its gold says, with its body and language', async (slug) => {
    const gold = readGold(PAGES, slug);
    const { page, report } = await reportFor(`${slug}/`);
    expect(report.kind).toBe(gold.article ? 'article' : 'not-article');
    if (gold.article) {
      expect(report.lang).toBe(gold.lang);
      const score = overlap(goldText(slug), reportText(report));
      expect(score.precision).toBeGreaterThanOrEqual(0.98);
      expect(score.recall).toBeGreaterThanOrEqual(0.95);
    } else {
      expect(report.reason).toBeTruthy();
    }
    await page.page.close();
  });

  it('keeps the sample article body free of navigation, sidebar, comment and related-link text', async () => {
    const { page, report } = await reportFor('id-news-csto/');
    const text = reportText(report);
    for (const outside of [
      'Tokayev Perintahkan Aparat Tembak Tanpa Peringatan',
      'Jadi CSTO ini benar-benar NATO versi Rusia ya?',
      'Kepanikan di kubu Biden',
      '#Nagorno-Karabakh',
      'Krisis Kazakhstan',
    ]) {
      expect(text).not.toContain(outside);
    }
    expect(text).toContain('Nagorno-Karabakh Sekitar 6.500 orang');
    expect(report.blocks?.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '20000 gaya reaksi cepat yang kuat',
      'Peninggalan Pakta Warsawa',
      'Ketegangan dalam Organisasi Perjanjian Keamanan Kolektif',
    ]);
    expect(report.blocks?.some((b) => b.kind === 'caption')).toBe(true);
    await page.page.close();
  });

  it('finds an article that arrives after the page has loaded', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-late/'));
    const report = await setup.extension.waitForReport(page.url, { kind: 'article' });
    expect(overlap(goldText('id-late'), reportText(report)).recall).toBeGreaterThanOrEqual(0.95);
    expect(report.lang).toBe('id');
    await page.page.close();
  });

  it('follows client-side navigation to another article, and back', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('en-spa/'));
    const first = await setup.extension.waitForReport(page.url, { kind: 'article' });
    expect(overlap(goldText('en-spa'), reportText(first)).recall).toBeGreaterThanOrEqual(0.95);
    await page.page.click('#next-story');
    const titleB = readGold(PAGES, 'en-spa', 'expected-b.json').title;
    const second = await setup.extension.waitForReport(setup.server.url('en-spa/?story=b'), {
      kind: 'article',
      title: titleB,
    });
    const scoreB = overlap(goldText('en-spa', 'expected-b.json'), reportText(second));
    expect(scoreB.precision).toBeGreaterThanOrEqual(0.98);
    expect(scoreB.recall).toBeGreaterThanOrEqual(0.95);
    await page.page.evaluate(() => history.back());
    const back = await setup.extension.waitForReport(page.url, { kind: 'article', title: first.title });
    expect(reportText(back)).toBe(reportText(first));
    await page.page.close();
  });

  it('takes in paragraphs appended by "read more"', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-infinite/'));
    const before = await setup.extension.waitForReport(page.url, { kind: 'article' });
    const more = readGold(PAGES, 'id-infinite', 'expected-more.json').blocks.length;
    expect(before.blocks?.length).toBeLessThan(more);
    await page.page.click('#read-more');
    const after = await setup.extension.waitForReport(page.url, { kind: 'article', minBlocks: more });
    expect(
      overlap(goldText('id-infinite', 'expected-more.json'), reportText(after)).recall,
    ).toBeGreaterThanOrEqual(0.95);
    await page.page.close();
  });

  it('stops watching a site switched off, and examines it again when switched on, without a reload', async () => {
    const on = { diagnostics: true, annotations: { enabled: true, sites: { '127.0.0.1': true } } };
    const off = { diagnostics: true, annotations: { enabled: true, sites: { '127.0.0.1': false } } };
    await setup.extension.setSettings(on);
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-infinite/'));
    const before = await setup.extension.waitForReport(page.url, { kind: 'article' });
    await setup.extension.setSettings(off);
    await setup.extension.waitForReport(page.url, { kind: 'off' });
    await page.waitForSettings(off);
    const popup = await PopupPage.openFor(setup.extension, page);
    expect(await popup.settledState()).toBe('off');
    await popup.close();
    // Switched off, the page's changes go unwatched: a mutation observer of the page's own, made
    // after Lentera's, sees the new paragraphs (observers are told in the order they were made,
    // in one go), and Lentera looked at none of them; the report stays "off".
    const watched = (await page.measures('lentera:watched')).length;
    await page.page.evaluate(() => {
      const g = globalThis as unknown as { testAdded: number };
      g.testAdded = 0;
      new MutationObserver((records) => {
        for (const r of records) g.testAdded += r.addedNodes.length;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.page.click('#read-more');
    await page.page.waitFor(() => (globalThis as unknown as { testAdded: number }).testAdded > 0);
    expect((await page.measures('lentera:watched')).length).toBe(watched);
    const tabId = await setup.extension.tabIdFor(page.url);
    const session = await setup.extension.tabSession(tabId);
    expect(session.state?.status === 'ready' && session.state.report.kind).toBe('off');
    await setup.extension.setSettings(on);
    const after = await setup.extension.waitForReport(page.url, { kind: 'article' });
    expect(after.blocks?.length).toBeGreaterThan(before.blocks?.length ?? 0);
    await setup.extension.setSettings({});
    await page.page.close();
  });

  it('reads the article of a page whose own scripts throw and break built-ins', async () => {
    const { page, report } = await reportFor('throws/');
    expect(report.kind).toBe('article');
    expect(overlap(goldText('throws'), reportText(report)).recall).toBeGreaterThanOrEqual(0.95);
    await page.page.close();
  });

  it('is not thrown off by a page that changes its DOM all the time, and does not re-read it for nothing', async () => {
    await setup.extension.setSettings({ diagnostics: true });
    const { page, report } = await reportFor('mutating/');
    expect(report.kind).toBe('article');
    expect(overlap(goldText('mutating'), reportText(report)).recall).toBeGreaterThanOrEqual(0.95);
    const tabId = await setup.extension.tabIdFor(page.url);
    const updatedAt = async () => (await setup.extension.tabSession(tabId)).state?.updatedAt;
    await page.waitForMeasure('lentera:examined');
    const first = await updatedAt();
    const examined = (await page.measures('lentera:examined')).length;
    const seen = (await page.measures('lentera:watched')).length;
    // Twenty more batches of the page's mutations looked at: each one ignored, nothing examined again.
    const batches = await page.waitForMeasure('lentera:watched', { seen: seen + 19 });
    expect(new Set(batches.slice(seen).map((m) => m.detail))).toEqual(new Set(['ignored']));
    expect((await page.measures('lentera:examined')).length).toBe(examined);
    expect(await updatedAt()).toBe(first);
    await setup.extension.setSettings({});
    await page.page.close();
  });

  it('gives up cleanly on a page of 100,000 elements, and the popup says why', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('huge/'));
    const report = await setup.extension.waitForReport(page.url, { kind: 'failed' }, 30_000);
    expect(report.reason).toMatch(/too large/);
    // The page still works.
    expect(await page.page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(
      100_000,
    );
    const popup = await PopupPage.openFor(setup.extension, page);
    expect(await popup.settledState()).toBe('failed');
    expect(await popup.text('[data-state]')).toMatch(/too large/);
    await Promise.all([page.page.close(), popup.close()]);
  });
});
