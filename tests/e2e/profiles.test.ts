// In-article profiles, end to end in both browsers: a name no pack knows gets a card with what the
// article says of it, and the card moves between the name's mentions.
import { describe, expect, it } from 'vitest';
import { tabKeys } from '../../src/contract/storage';
import { ArticlePage, PopupPage } from '../../tools/browser/pages';
import { useExtension } from './support/setup';

const BROWSERS = ['chromium', 'firefox'] as const;

describe.each(BROWSERS)('in-article profiles in %s', (kind) => {
  const setup = useExtension(kind);

  const highlightsDrawn = (page: ArticlePage, timeoutMs: number) =>
    page.page.waitFor(
      () =>
        (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('lentera-term-first') ??
        false,
      undefined,
      timeoutMs,
    );

  async function open(): Promise<ArticlePage> {
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-profiles/'));
    await setup.extension.waitForReport(page.url, { kind: 'article' });
    await highlightsDrawn(page, 15_000);
    await page.page.bringToFront();
    return page;
  }

  const profileOf = (page: ArticlePage) =>
    page.page.waitForCard((root) => {
      const q = (s: string) => root.querySelector(s)?.textContent?.trim() ?? null;
      return {
        title: q('#lentera-title'),
        fromArticle: q('.from-article'),
        roleInReader: q('[data-role="en"]'),
        role: q('[data-role="id"]'),
        forms: q('[data-forms]'),
        mention: root?.querySelector('[data-mention]')?.getAttribute('data-mention') ?? null,
        sentence: q('.first-mention'),
      };
    });

  it('shows the role the article gives, in the reader’s language and the page’s, and moves between mentions', async () => {
    const page = await open();
    await page.hover('.article-body', 'Hikmat Ginanjar');
    await page.waitForPopover();
    const card = await profileOf(page);
    expect(card.title).toBe('Hikmat Ginanjar');
    expect(card.fromArticle).toMatch(/^In this article/);
    expect(card.role).toBe('Kepala Dinas Pendidikan Kota Bandung');
    expect(card.roleInReader).toMatch(/^head of /);
    expect(card.sentence).toMatch(/^Kepala Dinas Pendidikan Kota Bandung, Hikmat Ginanjar, mengatakan/);
    expect(card.mention).toBe('1/3');
    // The reader's mouse on "Next mention": the card opens on the surname two paragraphs on.
    await page.clickInPopover('[data-go="next"]');
    await page.page.waitForCard(
      (root) => root.querySelector('[data-mention]')?.getAttribute('data-mention') === '2/3',
    );
    expect((await profileOf(page)).title).toBe('Hikmat Ginanjar');
    await page.page.press('Escape');
    await page.page.close();
  });

  it('links an acronym defined in parentheses, and a nickname, to the full name', async () => {
    const page = await open();
    await page.hover('.article-body', 'FRPJB', 2);
    await page.waitForPopover();
    const acronym = await profileOf(page);
    expect(acronym.title).toBe('Forum Relawan Pendidikan Jawa Barat');
    expect(acronym.forms).toContain('FRPJB');
    await page.page.press('Escape');
    await page.waitForNoCard();
    await page.hover('.article-body', 'Dadang Suryana');
    await page.waitForPopover();
    const person = await profileOf(page);
    expect(person.title).toBe('Dadang Suryana');
    expect(person.forms).toContain('Kang Dadang');
    await page.page.close();
  });

  it('says when only a given name, or a list, tells that a name is a person’s', async () => {
    const page = await open();
    await page.hover('.article-body', 'Agnes Widjaja');
    await page.waitForPopover();
    const card = await page.page.waitForCard((root) => ({
      title: root.querySelector('#lentera-title')?.textContent?.trim() ?? null,
      kind: root.querySelector('.kind')?.textContent?.trim() ?? null,
      given: root.querySelector('[data-given-name]')?.textContent?.trim() ?? null,
      role: root.querySelector('[data-role]') !== null,
    }));
    expect(card).toEqual({
      title: 'Agnes Widjaja',
      kind: 'person',
      given: '“Agnes” is a given name: a person, most likely',
      role: false,
    });
    // Listed with her, and no given name: the list gives the kind.
    await page.page.press('Escape');
    await page.waitForNoCard();
    await page.hover('.article-body', 'Tukiyem');
    await page.waitForPopover();
    const listed = await page.page.waitForCard((root) => ({
      title: root.querySelector('#lentera-title')?.textContent?.trim() ?? null,
      kind: root.querySelector('.kind')?.textContent?.trim() ?? null,
      listed: root.querySelector('[data-listed-with]')?.textContent?.trim() ?? null,
    }));
    expect(listed).toEqual({
      title: 'Tukiyem',
      kind: 'person',
      listed: 'Listed with Agnes Widjaja in this article',
    });
    await page.page.close();
  });

  it('says that a place that acts stands for its government there ("Jakarta menegaskan")', async () => {
    const page = await open();
    await page.hover('.article-body', 'Jakarta');
    await page.waitForPopover();
    const card = await page.page.waitForCard((root) => ({
      title: root.querySelector('#lentera-title')?.textContent?.trim() ?? null,
      actsAs: root.querySelector('[data-acts-as]')?.textContent?.trim() ?? null,
    }));
    expect(card.title).toBe('Jakarta');
    expect(card.actsAs).toBe('Here it stands for the government based there.');

    await page.page.close();
  });

  it('stays bounded on hostile names: one name 50,000 times, 10,000 capitalised words, a name of 500 letters', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('hostile-names/'));
    await setup.extension.waitForReport(page.url, { kind: 'article' }, 30_000);
    const tabId = await setup.extension.tabIdFor(page.url);
    type Stored = { url: string; cut: number; annotations: { text: string; profile?: string }[] };
    const stored = await setup.extension.page.waitFor(
      async ({ key, url }: { key: string; url: string }) => {
        const g = globalThis as unknown as { chrome?: unknown; browser?: unknown };
        const api = (g.browser ?? g.chrome) as {
          storage: { session: { get(k: string): Promise<Record<string, Stored | undefined>> } };
        };
        const found = (await api.storage.session.get(key))[key];
        return found && found.url === url
          ? {
              url: found.url,
              cut: found.cut,
              count: found.annotations.length,
              longest: Math.max(...found.annotations.map((a) => a.text.length)),
              texts: [...new Set(found.annotations.map((a) => a.text))],
            }
          : null;
      },
      { key: tabKeys(tabId).annotations, url: page.url },
      60_000,
    );
    // The clear cut-off: the first 10,000 marks in reading order, and the reply says how many more
    // (of those in the part read: the article is cut to ARTICLE_LIMITS first).
    expect(stored.count).toBe(10_000);
    expect(stored.cut).toBeGreaterThan(1_000);
    // Neither the run of capitalised words nor the 500 letters became a name.
    expect(stored.longest).toBeLessThanOrEqual(120);
    expect(stored.texts).toEqual(expect.arrayContaining(['Hikmat Ginanjar']));
    // The page is untouched: its article's markup is what its own script left.
    await highlightsDrawn(page, 30_000);
    expect(
      await page.page.evaluate(
        () =>
          document.querySelector('article')?.innerHTML ===
          (window as unknown as { __articleBefore: string }).__articleBefore,
      ),
    ).toBe(true);
    // The popup says that the rest is not marked.
    const popup = await PopupPage.openFor(setup.extension, page);
    expect(await popup.settledState()).toBe('article');
    await popup.page.waitFor(() => document.querySelector('#marks-cut') !== null);
    expect(await popup.text('#marks-cut')).toMatch(
      /^A very long article: its last \d+ names and terms are not marked\.$/,
    );
    await popup.close();
    await page.page.close();
  }, 120_000);
});
