// A page's script is not the reader: events it makes (pointer moves, taps, keys) open no card, and
// clicks it makes on a card's buttons save nothing and change nothing the reader saved. Each
// "nothing happened" is checked after proof that Lentera took the reader's own input meanwhile.
import { describe, expect, it } from 'vitest';
import { ArticlePage, type ExtensionPage } from '../../tools/browser/pages';
import { useExtension } from './support/setup';
import { clearVocabulary } from './support/vocabulary';

const BROWSERS = ['chromium', 'firefox'] as const;
const SAMPLE = 'id-news-csto/';

const vocabulary = async (extension: ExtensionPage) =>
  ((await extension.call('listVocabulary', {})) as { value: { text: string; status: string }[] }).value;

/** The page's script clicks a control of the open card (the shadow root is reachable from the page). */
const scriptClicks = (page: ArticlePage, selector: string) =>
  page.page.evaluate((s: string) => {
    const button = document.querySelector('lentera-popover')?.shadowRoot?.querySelector<HTMLElement>(s);
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return button !== null && button !== undefined;
  }, selector);

/** Two frames later: Preact has rendered whatever a click set going. */
const frames = (page: ArticlePage) =>
  page.page.evaluate(
    () =>
      new Promise<boolean>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))),
  );

describe.each(BROWSERS)("a page's script cannot act as the reader in %s", (kind) => {
  const setup = useExtension(kind);

  it('synthetic pointer moves, taps and keys open no card; the reader’s own do', async () => {
    await setup.extension.setSettings({ wordLookup: 'on' });
    const page = await ArticlePage.openAnnotated(setup.browser, setup.extension, setup.server.url(SAMPLE));
    await page.page.bringToFront();
    const target = await page.pointAt('.article-body', 'Kazakhstan');
    expect(target).not.toBeNull();
    const point = target as { x: number; y: number };
    // A tap opens a card at once (no dwell): a faked one, checked two frames later, opens none.
    const opened = await page.page.evaluate(async ({ x, y }: { x: number; y: number }) => {
      const at = document.elementFromPoint(x, y) ?? document.body;
      const base = {
        bubbles: true,
        composed: true,
        clientX: x,
        clientY: y,
        pointerType: 'touch',
        isPrimary: true,
      };
      at.dispatchEvent(new PointerEvent('pointerdown', base));
      at.dispatchEvent(new PointerEvent('pointerup', base));
      at.dispatchEvent(new MouseEvent('click', base));
      for (const key of ['Shift', 'Alt', 'Enter'])
        document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return document.querySelector('lentera-popover') !== null;
    }, point);
    expect(opened).toBe(false);
    // Faked mouse moves resting on the name: then the reader's own pointer rests on another word.
    // Had the faked rest counted, its card (opened after the same dwell) would have come first.
    await page.page.evaluate(({ x, y }: { x: number; y: number }) => {
      const at = document.elementFromPoint(x, y) ?? document.body;
      for (let i = 0; i < 5; i++)
        at.dispatchEvent(
          new PointerEvent('pointermove', {
            bubbles: true,
            clientX: x + i,
            clientY: y,
            pointerType: 'mouse',
          }),
        );
    }, point);
    await page.hover('.article-body', 'menggambarkan');
    const card = await page.waitForPopover();
    expect(card).toContain('menggambarkan');
    expect(card).not.toContain('Kazakhstan');
    // The reader's Escape closes it.
    await page.page.press('Escape');
    await page.page.waitFor(() => document.querySelector('lentera-popover') === null);
    await page.page.close();
  });

  it('clicks the page makes on a card save nothing and never change what the reader saved', async () => {
    await clearVocabulary(setup.extension);
    await setup.extension.setSettings({ wordLookup: 'on' });
    const page = await ArticlePage.openAnnotated(setup.browser, setup.extension, setup.server.url(SAMPLE));
    await page.page.bringToFront();
    await page.hover('.article-body', 'menggambarkan');
    await page.waitForPopover();
    // The page clicks "Save" and "I know this": the buttons do not even start saving.
    expect(await scriptClicks(page, '.save')).toBe(true);
    expect(await scriptClicks(page, '.known')).toBe(true);
    await frames(page);
    expect(
      await page.page.evaluate(
        () =>
          document.querySelector('lentera-popover')?.shadowRoot?.querySelectorAll('button:disabled').length,
      ),
    ).toBe(0);
    // The reader saves it: stored as "learning".
    await page.clickInPopover('.save');
    await page.page.waitFor(
      () => document.querySelector('lentera-popover')?.shadowRoot?.querySelector('.save:disabled') != null,
    );
    // The page tries to mark the reader's word as known: nothing changes.
    expect(await scriptClicks(page, '.known')).toBe(true);
    await frames(page);
    // A glossary card's save and its "next mention", faked, do nothing either; the reader's own
    // "Save" on it is the proof that the background took the card's input meanwhile.
    await page.page.press('Escape');
    await page.hover('.article-body', 'Kazakhstan');
    await page.waitForPopover();
    expect(await scriptClicks(page, '.save')).toBe(true);
    await frames(page);
    await page.clickInPopover('.save');
    await page.page.waitFor(
      () => document.querySelector('lentera-popover')?.shadowRoot?.querySelector('.save:disabled') != null,
    );
    const items = await vocabulary(setup.extension);
    expect(items.map((i) => [i.text, i.status]).sort()).toEqual([
      ['Kazakhstan', 'learning'],
      ['menggambarkan', 'learning'],
    ]);
    await page.page.close();
  });
});
