// Highlights and glossary popovers, end to end in both browsers, on the sample article page.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumCardAccess, launchChromiumContext, ROOT } from '../../tools/browser/harness';
import { ArticlePage } from '../../tools/browser/pages';
import { serveFixtures } from '../../tools/browser/server';
import { useExtension } from './support/setup';

const BROWSERS = ['chromium', 'firefox'] as const;
const OURS = ['lentera-term-first', 'lentera-term', 'lentera-unknown'];

describe.each(BROWSERS)('highlights and popovers in %s', (kind) => {
  const setup = useExtension(kind);

  const highlightsOn = (page: ArticlePage) =>
    page.page.waitFor(
      () => {
        const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS
          .highlights;
        return registry?.has('lentera-term-first') ?? false;
      },
      undefined,
      15_000,
    );

  async function openAnnotated(slug: string): Promise<ArticlePage> {
    const page = await ArticlePage.open(setup.browser, setup.server.url(slug));
    await setup.extension.waitForReport(page.url, { kind: 'article' });
    await highlightsOn(page);
    return page;
  }

  it('opens a card with the English and the Indonesian name when the pointer rests on a term in the article', async () => {
    const page = await openAnnotated('id-news-csto/');
    for (const [text, en, id] of [
      ['CSTO', 'Collective Security Treaty Organization', 'Organisasi Perjanjian Keamanan Kolektif'],
      ['Tokayev', 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
      ['Nagorno-Karabakh', 'Nagorno-Karabakh', 'Nagorno-Karabakh'],
    ] as const) {
      await page.hover('.article-body', text);
      await page.waitForPopover();
      const card = await page.popover();
      expect(card?.role, text).toBe('dialog');
      expect(card?.names.en, text).toBe(en);
      expect(card?.names.id ?? card?.names.en, text).toBe(id);
      expect(card?.text, text).toContain(text === 'Tokayev' ? 'Kassym Shumart Tokayev' : text);
      await page.page.press('Escape');
      await page.waitForNoCard();
    }
    await page.page.close();
  });

  it('opens nothing for the same names in the navigation, the sidebar and the comments', async () => {
    await setup.extension.setSettings({ diagnostics: true });
    const page = await openAnnotated('id-news-csto/');
    await page.page.bringToFront();
    for (const [within, text] of [
      ['.trending', 'CSTO'],
      ['.trending', 'Nagorno-Karabakh'],
      ['aside', 'Tokayev'],
      ['#comments', 'CSTO'],
      ['#comments', 'Nagorno-Karabakh'],
    ] as const) {
      // Lentera hit-tested the rest and found nothing, so no dwell is pending.
      expect(await page.rest(within, text), `${within} ${text}`).toBe('none');
      expect(await page.popover(), `${within} ${text}`).toBeNull();
    }
    // The same rest on the article's own use does find the term.
    expect(await page.rest('.article-body', 'CSTO')).toBe('term');
    await setup.extension.setSettings({});
    await page.page.close();
  });

  it('reaches every term from the keyboard command, in reading order, and Esc closes', async () => {
    const page = await openAnnotated('id-news-csto/');
    const tabId = await setup.extension.tabIdFor(page.url);
    const annotations =
      (await setup.extension.tabSession(tabId)).annotations?.annotations.map((a) => a.text) ?? [];
    expect(annotations.length).toBeGreaterThan(50);
    const reached: string[] = [];
    for (let i = 0; i < annotations.length; i++) {
      const reply = (await setup.extension.callTab(tabId, 'focusTerm', { direction: 'next' })) as {
        value: string;
      };
      reached.push(reply.value);
    }
    expect(reached).toEqual(annotations);
    await page.waitForPopover();
    await page.page.press('Escape');
    await page.waitForNoCard();
    await page.page.close();
  });

  it('leaves the page\u2019s DOM exactly as it was once switched off, and comes back without a reload', async () => {
    await setup.extension.setSettings({
      diagnostics: true,
      annotations: { enabled: true, sites: { '127.0.0.1': false } },
    });
    const before = await ArticlePage.open(setup.browser, setup.server.url('id-news-csto/'));
    await setup.extension.waitForReport(before.url, { kind: 'off' });
    const pristine = await before.serialize();
    await before.page.close();

    await setup.extension.setSettings({ diagnostics: true });
    const page = await openAnnotated('id-news-csto/');
    await page.page.bringToFront();
    await page.hover('.article-body', 'CSTO');
    await page.waitForPopover();
    const off = { diagnostics: true, annotations: { enabled: false, sites: {} } };
    await setup.extension.setSettings(off);
    await setup.extension.waitForReport(page.url, { kind: 'off' });
    await page.waitForSettings(off);
    await page.waitForNoCard();
    expect(await page.serialize()).toBe(pristine);
    const names = await page.page.evaluate(() => {
      const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS
        .highlights;
      return registry ? [...registry.keys()] : [];
    });
    expect(names.filter((n) => OURS.includes(n))).toEqual([]);
    // Hovering a term now opens nothing.
    expect(await page.rest('.article-body', 'NATO')).toBe('unwatched');
    expect(await page.popover()).toBeNull();

    await setup.extension.setSettings({});
    await highlightsOn(page);
    await page.hover('.article-body', 'NATO');
    await page.waitForPopover();
    await page.page.close();
  });

  it('leaves no trace of itself in the page\u2019s performance timeline unless diagnostics are on', async () => {
    const page = await openAnnotated('id-news-csto/');
    const ours = () =>
      page.page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .map((m) => m.name)
          .filter((n) => n.startsWith('lentera')),
      );
    expect(await ours()).toEqual([]);
    await page.page.close();
    await setup.extension.setSettings({ diagnostics: true });
    const measured = await openAnnotated('id-news-csto/');
    await measured.page.waitFor(() => performance.getEntriesByName('lentera:highlights').length > 0);
    await setup.extension.setSettings({});
    await measured.page.close();
  });

  it('draws what the density setting says, and every term stays hoverable', async () => {
    const page = await openAnnotated('id-news-csto/');
    const names = () =>
      page.page.evaluate(() => {
        const registry = (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS
          .highlights;
        return [...registry.keys()].filter((n) => n.startsWith('lentera-')).sort();
      });
    expect(await names()).toEqual(['lentera-term', 'lentera-term-first', 'lentera-unknown']);
    await setup.extension.setSettings({ highlightDensity: 'none' });
    await page.page.waitFor(
      () =>
        !(globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
          'lentera-term-first',
        ),
    );
    expect(await names()).toEqual([]);
    await page.hover('.article-body', 'Kaukasus');
    await page.waitForPopover();
    await page.page.press('Escape');
    await setup.extension.setSettings({ highlightDensity: 'all' });
    await highlightsOn(page);
    expect(await names()).toEqual(['lentera-term-first', 'lentera-unknown']);
    await setup.extension.setSettings({});
    await page.page.close();
  });

  it('shows glossary text with markup as text, never as HTML', async () => {
    const payload = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
    const pack = {
      format: 'lentera-glossary',
      version: 1,
      id: 'hostile-test',
      languages: ['id', 'en'],
      name: { en: 'Hostile' },
      updated: '2026-11-25',
      entries: [
        {
          id: 'org-zorblax',
          kind: 'organisation',
          labels: { en: { name: 'Zorblax Institute' }, id: { name: `Institut Zorblax ${payload}` } },
          gloss: { en: `A think tank. ${payload}`, id: payload },
          wikipedia: { en: 'javascript:alert(1)' },
        },
      ],
    };
    await setup.extension.setSettings({ diagnostics: true });
    const imported = (await setup.extension.call('importGlossary', { json: JSON.stringify(pack) })) as {
      value: { ok: boolean };
    };
    expect(imported.value.ok).toBe(true);
    const page = await openAnnotated('xss-term/');
    const title = await page.page.evaluate(() => document.title);
    await page.hover('article', 'Zorblax Institute');
    await page.waitForPopover();
    const card = await page.popover();
    expect(card?.text).toContain('<img src=x onerror=');
    const shadow = await page.page.waitForCard((root) => ({
      imgs: root.querySelectorAll('img').length,
      scripts: root.querySelectorAll('script').length,
      links: Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href')),
    }));
    expect(shadow.imgs).toBe(0);
    expect(shadow.scripts).toBe(0);
    for (const href of shadow.links) expect(href).toMatch(/^https:\/\//);
    // The card has been drawn and a frame has passed (Lentera's measure of the opening).
    await page.waitForMeasure('lentera:popover');
    expect(await page.page.evaluate(() => document.title)).toBe(title);
    await setup.extension.setSettings({});
    await page.page.close();
  });

  it('survives a page that stops events, breaks built-ins and clears CSS.highlights', async () => {
    const page = await ArticlePage.open(setup.browser, setup.server.url('hostile/'));
    await setup.extension.waitForReport(page.url, { kind: 'article' });
    await page.page.waitFor(
      () => ((globalThis as unknown as { hostileClears: number }).hostileClears ?? 0) >= 2,
      undefined,
      10_000,
    );
    // Cleared by the page, restored by Lentera.
    await highlightsOn(page);
    // The page broke getClientRects and caretPositionFromPoint for itself; the test measures with
    // a fresh realm's (an iframe's) built-ins, and Lentera, in its isolated world, with its own.
    const point = await page.page.evaluate(() => {
      const frame = document.createElement('iframe');
      document.documentElement.append(frame);
      const clean = (frame.contentWindow as Window & typeof globalThis).Range.prototype;
      const body = document.querySelector('.article-body') as Element;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('CSTO');
        if (i < 0) continue;
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 4);
        const rect = clean.getClientRects.call(r)[0] as DOMRect;
        frame.remove();
        return { x: rect.left + 8, y: rect.top + rect.height / 2, broken: r.getClientRects().length };
      }
      return null;
    });
    expect(point?.broken).toBe(0);
    await page.page.mouseMove((point?.x ?? 0) - 20, (point?.y ?? 0) + 30);
    await page.page.mouseMove(point?.x ?? 0, point?.y ?? 0);
    await page.waitForPopover();
    expect((await page.popover())?.names.en).toBe('Collective Security Treaty Organization');
    await page.page.close();
  });
});

describe('a tap on a touch screen (chromium)', () => {
  // Kaukasus, as it is not inside a link (a tap on a linked term also follows the link).
  it('opens the card of the tapped term, and a tap elsewhere closes it', async () => {
    const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
    const { context } = await launchChromiumContext({
      hasTouch: true,
      viewport: { width: 412, height: 860 },
    });
    try {
      const page = await context.newPage();
      const card = await chromiumCardAccess(page);
      await page.goto(server.url('id-news-csto/'));
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
            'lentera-term-first',
          ),
        undefined,
        { timeout: 20_000, polling: 50 },
      );
      const point = await page.evaluate(() => {
        const walker = document.createTreeWalker(
          document.querySelector('.article-body') as Element,
          NodeFilter.SHOW_TEXT,
        );
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf('Kaukasus');
          if (i < 0) continue;
          (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 5);
          const rect = r.getClientRects()[0] as DOMRect;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        return null;
      });
      await page.touchscreen.tap(point?.x ?? 0, point?.y ?? 0);
      const name = await card.waitForCard(
        (root) => root.querySelector('.card') && root.getElementById('lentera-title')?.textContent,
        undefined,
        5000,
      );
      expect(name).toBe('Caucasus');
      await page.touchscreen.tap(20, 20);
      await card.waitForNoCard(5000);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
