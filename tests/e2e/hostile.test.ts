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

/**
 * A script's clicks on a control of the open card. The page's own script cannot reach the card (its
 * shadow root is closed: see below); the test reaches in and clicks as a script with a reference to
 * the button would, to prove the second line of defence: untrusted clicks do nothing.
 */
const scriptClicks = (page: ArticlePage, selector: string) =>
  page.page.inCard((root, s: string) => {
    const button = root.querySelector<HTMLElement>(s);
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return button !== null;
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
    await page.page.evaluate(async ({ x, y }: { x: number; y: number }) => {
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
    }, point);
    expect(await page.cardShown()).toBe(false);
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
    await page.waitForNoCard();
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
    expect(await page.page.inCard((root) => root.querySelectorAll('button:disabled').length)).toBe(0);
    // The reader saves it: stored as "learning".
    await page.clickInPopover('.save');
    await page.page.waitForCard((root) => root.querySelector('.save:disabled') !== null);
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
    await page.page.waitForCard((root) => root.querySelector('.save:disabled') !== null);
    const items = await vocabulary(setup.extension);
    expect(items.map((i) => [i.text, i.status]).sort()).toEqual([
      ['Kazakhstan', 'learning'],
      ['menggambarkan', 'learning'],
    ]);
    await page.page.close();
  });

  it('keeps the card out of the page’s reach: no name to take first, no shadow root to read', async () => {
    await setup.extension.setSettings({ wordLookup: 'on' });
    const page = await ArticlePage.openAnnotated(setup.browser, setup.extension, setup.server.url(SAMPLE));
    await page.page.bringToFront();
    await page.hover('.article-body', 'Kazakhstan');
    await page.waitForPopover();
    const centre = await page.page.waitForCard((root) => {
      const rect = root.querySelector('.card')?.getBoundingClientRect();
      return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    // What the page's script sees: one element it did not make, of a name no page could know in
    // advance, whose shadow root it cannot get nor replace; at the card's place, only that box.
    const seen = await page.page.evaluate(({ x, y }: { x: number; y: number }) => {
      const added = Array.from(document.documentElement.children).filter(
        (e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY',
      );
      const host = added[0] as HTMLElement;
      let attached = 'attached';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (error) {
        attached = (error as Error).name;
      }
      return {
        added: added.length,
        name: host.localName,
        defined: customElements.get(host.localName) !== undefined,
        shadowRoot: host.shadowRoot,
        attached,
        atCentre: document.elementFromPoint(x, y) === host,
        text: host.textContent,
      };
    }, centre);
    expect(seen.added).toBe(1);
    expect(seen.name).toMatch(/^[a-z]{6}-[a-z]{6}$/);
    expect(seen.name).not.toMatch(/lentera/);
    expect(seen.defined).toBe(false);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.attached).toBe('NotSupportedError');
    expect(seen.atCentre).toBe(true);
    expect(seen.text).toBe('');
    // Each page gets its own name.
    const other = await ArticlePage.openAnnotated(setup.browser, setup.extension, setup.server.url(SAMPLE));
    await other.page.bringToFront();
    await other.hover('.article-body', 'Kazakhstan');
    await other.waitForPopover();
    const name = await other.page.inCard((root) => root.host.localName);
    expect(name).toMatch(/^[a-z]{6}-[a-z]{6}$/);
    expect(name).not.toBe(seen.name);
    await other.page.close();
    await page.page.close();
  });

  it('works on a page that clobbers globals, takes the old name, hides what is added and replaces DOM methods', async () => {
    await setup.extension.setSettings({ wordLookup: 'on' });
    const page = await ArticlePage.openAnnotated(
      setup.browser,
      setup.extension,
      setup.server.url('hostile-clobber/'),
    );
    await page.page.bringToFront();
    // The page's own script ran: its traps are in place.
    expect(await page.page.evaluate(() => customElements.get('lentera-popover') !== undefined)).toBe(true);
    expect(await page.page.evaluate(() => (window as unknown as { browser: Element }).browser.tagName)).toBe(
      'FORM',
    );
    await page.hover('.article-body', 'Kazakhstan');
    await page.waitForPopover();
    expect((await page.popover())?.names.en).toBe('Kazakhstan');
    // Drawn, and seen: the page's rules that hide added elements do not apply to the card.
    const shown = await page.page.waitForCard((root) => {
      const host = root.host as HTMLElement;
      const style = getComputedStyle(host);
      const rect = root.querySelector('.card')?.getBoundingClientRect();
      if (!rect || rect.width === 0) return null;
      return {
        display: style.display,
        visibility: style.visibility,
        opacity: style.opacity,
        atCentre: document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === host,
      };
    });
    expect(shown).toEqual({ display: 'block', visibility: 'visible', opacity: '1', atCentre: true });
    // The reader's word lookup and save work too.
    await page.page.press('Escape');
    await page.waitForNoCard();
    await page.hover('.article-body', 'menggambarkan');
    const card = await page.waitForPopover();
    expect(card).toContain('menggambarkan');
    await page.page.close();
  });
});
