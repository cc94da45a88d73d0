// In-article profiles, end to end in both browsers: a name no pack knows gets a card with what the
// article says of it, and the card moves between the name's mentions.
import { describe, expect, it } from 'vitest';
import { ArticlePage } from '../../tools/browser/pages';
import { useExtension } from './support/setup';

const BROWSERS = ['chromium', 'firefox'] as const;

describe.each(BROWSERS)('in-article profiles in %s', (kind) => {
  const setup = useExtension(kind);

  async function open(): Promise<ArticlePage> {
    const page = await ArticlePage.open(setup.browser, setup.server.url('id-profiles/'));
    await setup.extension.waitForReport(page.url, { kind: 'article' });
    await page.page.waitFor(
      () =>
        (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('lentera-term-first') ??
        false,
      undefined,
      15_000,
    );
    await page.page.bringToFront();
    return page;
  }

  const profileOf = (page: ArticlePage) =>
    page.page.evaluate(() => {
      const root = document.querySelector('lentera-popover')?.shadowRoot;
      const q = (s: string) => root?.querySelector(s)?.textContent?.trim() ?? null;
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
    await page.page.waitFor(
      () =>
        document
          .querySelector('lentera-popover')
          ?.shadowRoot?.querySelector('[data-mention]')
          ?.getAttribute('data-mention') === '2/3',
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
    await page.page.waitFor(() => document.querySelector('lentera-popover') === null);
    await page.hover('.article-body', 'Dadang Suryana');
    await page.waitForPopover();
    const person = await profileOf(page);
    expect(person.title).toBe('Dadang Suryana');
    expect(person.forms).toContain('Kang Dadang');
    await page.page.close();
  });
});
