// Every page gets an answer (issue 16): the huge pages of tools/browser/huge-pages.ts, which once
// got none, are each read up to Lentera's limits and annotated, with the popup saying how much was
// read, or refused with the popup saying why; within a generous wait, never for ever.
import { describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS } from '../../src/contract/offscreen-api';
import type { HugePageName } from '../../tools/browser/huge-pages';
import { ArticlePage, PopupPage } from '../../tools/browser/pages';
import { useExtension } from './support/setup';

const BROWSERS = ['chromium', 'firefox'] as const;

/** What the reader is told of each page. */
const ANSWERS: [HugePageName, 'cut' | 'refused'][] = [
  ['many-paragraphs', 'cut'],
  ['long-paragraphs', 'cut'],
  ['dense-terms', 'cut'],
  ['25mb', 'cut'],
  ['nested-links', 'refused'],
];

describe.each(BROWSERS)('huge pages in %s', (kind) => {
  const setup = useExtension(kind);

  it.each(ANSWERS)('%s: %s, and the popup says so', async (name, answer) => {
    const page = await ArticlePage.open(setup.browser, setup.server.url(`generated/${name}`));
    const popupFor = async () => {
      const popup = await PopupPage.openFor(setup.extension, page);
      return { popup, state: await popup.settledState() };
    };
    if (answer === 'cut') {
      const report = await setup.extension.waitForReport(page.url, { kind: 'article' }, 60_000);
      expect(report.blocks?.length).toBeLessThanOrEqual(ARTICLE_LIMITS.blocks);
      expect(report.blocks?.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(ARTICLE_LIMITS.chars);
      // Marked in the page, from its start.
      await page.waitForHighlights(30_000);
      const { popup, state } = await popupFor();
      expect(state).toBe('article');
      const paragraphs = (report.blocks ?? []).filter((b) => b.kind !== 'headline').length;
      expect(await popup.text('#article-cut')).toContain(
        `Lentera read the first ${paragraphs.toLocaleString('en')} paragraphs of this article`,
      );
      await popup.close();
    } else {
      const report = await setup.extension.waitForReport(page.url, { kind: 'failed' }, 60_000);
      expect(report.reason).toMatch(/too large to read \(elements nested \d+ deep; the limit is \d+\)/);
      const { popup, state } = await popupFor();
      expect(state).toBe('failed');
      expect(await popup.text('[data-state]')).toContain(report.reason as string);
      await popup.close();
    }
    await page.page.close();
  });
});
