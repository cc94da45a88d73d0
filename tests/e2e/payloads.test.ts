// The hardening suite's payloads (issue 16), end to end in both browsers: markup and script strings
// (tests/fixtures/hostile/payloads.ts) in every place a page, a glossary pack or a CSV file can put
// text that Lentera reads — article paragraphs, the title, meta tags, byline, headline, headings,
// image alts and captions, list items, quotes, link text; a pack's names, glosses and Wikipedia
// titles; a CSV file's cells (and the errors that quote them). Lentera reads, annotates, summarises
// and shows them; the tests then prove that none ran and none became markup:
//   - the page's `__pwned(id)` was never called (each script payload calls it);
//   - no request reached the beacon (each URL payload points at it);
//   - the page's DOM serialises exactly as it did at DOMContentLoaded (before Lentera starts, at
//     document_idle), but for at most one extra child of <html>: Lentera's own host;
//   - the popup and the options page hold no element a payload would add (`data-pwned`, frames,
//     objects, inline handlers, javascript: links, <base>, refresh), in their open shadow roots too.
// Every "nothing happened" is checked after proof that Lentera finished: the report and the drawn
// highlights, the cards it opened, the popup's summary and key terms, the options page's list.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/core/vocabulary/csv';
import { ArticlePage, type ExtensionPage, PopupPage } from '../../tools/browser/pages';
import { PAYLOADS, type Payload, payloadText } from '../fixtures/hostile/payloads';
import { useExtension } from './support/setup';
import { clearVocabulary } from './support/vocabulary';

const BROWSERS = ['chromium', 'firefox'] as const;

/** Invented names, one per glossary entry of the hostile pack (no pack or lexicon knows them). */
const NAMES = [
  'Zorblax',
  'Quenvik',
  'Tarmoz',
  'Velquor',
  'Brisken',
  'Olmadu',
  'Fenrath',
  'Skovil',
  'Drumeth',
  'Kelvaro',
  'Pazunta',
  'Wyrmos',
  'Halvek',
  'Jostrel',
  'Mirvane',
  'Nuldor',
  'Ostravel',
  'Prendak',
  'Rulvex',
  'Sombrith',
  'Tezmark',
  'Uldrane',
  'Vexhollow',
];

const ID_PROSE = [
  'Pemerintah di Jakarta mengumumkan rencana pembangunan jalur kereta baru yang akan menghubungkan kota pelabuhan dengan kawasan industri.',
  'Menurut kepala dinas perhubungan, proyek itu diharapkan mengurangi kemacetan di jalan raya utama dan mempercepat pengiriman barang.',
  'Warga yang tinggal di sepanjang rencana jalur menyambut baik kabar tersebut, meskipun sebagian khawatir soal ganti rugi lahan.',
  'Seorang pakar militer menggambarkan aliansi itu sebagai kekuatan kecil yang dipimpin Rusia di Asia Tengah, termasuk Kazakhstan.',
  'Para pengamat di Indonesia menilai rencana itu masuk akal, asalkan studi kelayakan dikerjakan dengan terbuka dan tidak terburu-buru.',
];
const EN_PROSE = [
  'Officials in Jakarta announced a plan for a new railway line linking the port city with the industrial estates to the south.',
  'According to the head of the transport agency, the project should ease congestion on the main roads and speed up deliveries.',
  'Residents along the planned route welcomed the news, although some worried about how they would be paid for their land.',
  'A military analyst described the alliance as a small club led by Russia in Central Asia, with Kazakhstan among its members.',
  'Observers in Indonesia said the plan made sense, provided that the feasibility study was done openly and without haste.',
];

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (s: string) => escapeText(s).replaceAll('"', '&quot;').replaceAll("'", '&#39;');
/** Cut to `max` characters, trimmed (the pack's and the CSV's limits), never empty. */
const cut = (s: string, max: number) => s.slice(0, max).trim() || 'x';

/** A 1×1 image, so that image alts are real images' alts and nothing is fetched. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * The page's own script: records calls of `__pwned`, and keeps the page's serialisation and text
 * at DOMContentLoaded, before Lentera's content script (document_idle) can have run.
 */
const PAGE_SCRIPT = `<script>
window.__pwnedHits = [];
window.__pwned = function (id) { window.__pwnedHits.push(String(id)); };
document.addEventListener('DOMContentLoaded', function () {
  window.__before = document.documentElement.outerHTML;
  window.__beforeText = document.body.textContent;
});
</script>`;

interface Page {
  path: string;
  lang: 'id' | 'en';
  /** The payloads the page holds, each somewhere Lentera reads. */
  payloads: Payload[];
  /** The payload of its <title>. */
  title: Payload;
  html: string;
}

const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

/** Page 1: Indonesian, every payload in a paragraph (and in the headings), title, meta, byline. */
function paragraphsPage(beacon: string): Page {
  const text = (p: Payload) => payloadText(p, beacon);
  const title = at(PAYLOADS, 44); // </title> breakout
  const sections: string[] = [];
  PAYLOADS.forEach((p, i) => {
    if (i % 10 === 0)
      sections.push(`<h2>Bagian ${i / 10 + 1}: ${escapeText(text(at(PAYLOADS, i + 3)))}</h2>`);
    const name = at(NAMES, i);
    sections.push(
      `<p>${at(ID_PROSE, i)} Lembaga ${name} menyebut ${escapeText(text(p))} dalam laporannya. ${at(ID_PROSE, i + 2)}</p>`,
    );
  });
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>${escapeText(text(title))} | Kabar Uji</title>
<meta name="author" content="${escapeAttr(text(at(PAYLOADS, 6)))}">
<meta name="description" content="${escapeAttr(text(at(PAYLOADS, 32)))}">
<meta property="og:site_name" content="${escapeAttr(text(at(PAYLOADS, 15)))}">
${PAGE_SCRIPT}</head><body>
<header><nav><a href="/">Beranda</a> <a href="/berita">Berita</a> <a href="/dunia">Dunia</a></nav></header>
<main><article>
<h1>${escapeText(text(title))}</h1>
<p class="byline">Oleh ${escapeText(text(at(PAYLOADS, 1)))} · 3 Desember 2026</p>
<div class="article-body">
${sections.join('\n')}
</div></article></main>
<footer><p>© 2026 Kabar Uji.</p></footer>
</body></html>`;
  return { path: '/paragraphs/', lang: 'id', payloads: PAYLOADS, title, html };
}

/** Page 2: English, every payload in an image alt and caption, list item, quote or link text. */
function figuresPage(beacon: string): Page {
  const text = (p: Payload) => payloadText(p, beacon);
  const title = at(PAYLOADS, 0);
  const parts: string[] = [];
  PAYLOADS.forEach((p, i) => {
    const t = escapeText(text(p));
    const a = escapeAttr(text(p));
    parts.push(`<p>${at(EN_PROSE, i)} The ${at(NAMES, i)} group agreed. ${at(EN_PROSE, i + 1)}</p>`);
    switch (i % 5) {
      case 0:
        parts.push(
          `<figure><img src="${PIXEL}" alt="${a}" width="320" height="40"><figcaption>${t}</figcaption></figure>`,
        );
        break;
      case 1:
        parts.push(`<ul><li>${at(EN_PROSE, i + 2)}</li><li>${t}</li></ul>`);
        break;
      case 2:
        parts.push(`<blockquote><p>${t} ${at(EN_PROSE, i + 3)}</p></blockquote>`);
        break;
      case 3:
        parts.push(`<p>${at(EN_PROSE, i + 4)} <a href="#n${i}" title="${a}">${t}</a>, <em>${t}</em>.</p>`);
        break;
      default:
        parts.push(
          `<h2>${t}</h2><p><img src="${PIXEL}" alt="${a}" width="1" height="1"> ${at(EN_PROSE, i)}</p>`,
        );
    }
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeText(text(title))}</title>
<meta property="og:title" content="${escapeAttr(text(title))}">
<meta name="author" content="${escapeAttr(text(at(PAYLOADS, 20)))}">
${PAGE_SCRIPT}</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>${escapeText(text(title))}</h1>
<p class="byline">By ${escapeText(text(at(PAYLOADS, 47)))}</p>
<div class="article-body">
${parts.join('\n')}
</div></article></main>
</body></html>`;
  return { path: '/figures/', lang: 'en', payloads: PAYLOADS, title, html };
}

/** The English name of the pack's entry `n` (a payload). */
const hostileName = (n: number, beacon: string) => cut(payloadText(at(PAYLOADS, 4 * n + 1), beacon), 200);

/**
 * Page 3: Indonesian, built by the page's own script with DOM methods: text no network could
 * carry (lone surrogates, NUL) in paragraphs, image alts and the title.
 */
function scriptedPage(beacon: string): Page {
  const title = at(PAYLOADS, 74); // a NUL inside <img …>
  const items = PAYLOADS.map((p) => payloadText(p, beacon));
  // Inert inside the script element: no "</script" or "<!--" can end or confuse it.
  const json = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kabar Uji</title>
${PAGE_SCRIPT}</head><body>
<main><article>
<h1>Laporan lembaga tentang jalur kereta baru</h1>
<p class="byline">Oleh Redaksi · 3 Desember 2026</p>
<div class="article-body" id="story"></div>
<script>
(function () {
  var items = ${json(items)}, names = ${json(NAMES)}, prose = ${json(ID_PROSE)};
  var story = document.getElementById('story');
  document.title = ${json(payloadText(title, beacon))};
  items.forEach(function (text, i) {
    var p = document.createElement('p');
    p.appendChild(document.createTextNode(prose[i % prose.length] + ' Lembaga ' + names[i % names.length] +
      ' menyebut ' + text + ' dalam laporannya. Direktur Qarvelo\\uD800 Ansyah\\u0000 membantah. ' + prose[(i + 2) % prose.length]));
    story.appendChild(p);
    if (i % 4 === 0) {
      var img = document.createElement('img');
      img.alt = text;
      img.src = ${json(PIXEL)};
      story.appendChild(img);
    }
  });
})();
</script>
</article></main>
</body></html>`;
  return { path: '/scripted/', lang: 'id', payloads: PAYLOADS, title, html };
}

/** The hostile pack: each invented name an entry whose names, glosses and titles are payloads. */
function hostilePack(beacon: string) {
  const text = (i: number) => payloadText(at(PAYLOADS, i), beacon);
  return {
    format: 'lentera-glossary',
    version: 1,
    id: 'hostile-payloads',
    languages: ['id', 'en'],
    name: { en: cut(text(0), 200), id: cut(text(1), 200) },
    updated: '2026-12-03',
    sources: [{ name: cut(text(2), 200), licence: cut(text(3), 100), url: cut(text(4), 500) }],
    entries: NAMES.map((name, n) => ({
      id: `org-hostile-${n}`,
      kind: 'organisation',
      labels: {
        id: { name: cut(text(4 * n), 200), aliases: [name] },
        en: { name: hostileName(n, beacon), aliases: [name] },
      },
      gloss: { id: cut(text(4 * n + 2), 600), en: cut(text(4 * n + 3), 600) },
      wikipedia: { id: cut(text(4 * n), 200), en: cut(text(4 * n + 1), 200) },
    })),
  };
}

/** Lone surrogates replaced (encodeURIComponent refuses them). */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const csvCell = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const csv = (rows: string[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
const CSV_HEADER = ['text', 'gloss', 'lang', 'reader_lang', 'status', 'sentence', 'page_title', 'url'];
/** Words that are keys of every JavaScript object. */
const PROTOTYPE_WORDS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

/** One row a payload (its text the payload, cut to the limits), and the prototype keys as words. */
function vocabularyRows(beacon: string): string[][] {
  const rows = PAYLOADS.map((p) => {
    const t = payloadText(p, beacon);
    return [
      cut(t, 200),
      cut(t, 500),
      'id',
      'en',
      'learning',
      t.slice(0, 1000),
      cut(t, 300),
      `https://example.com/${encodeURIComponent(wellFormed(t.slice(0, 300)))}`,
    ];
  });
  for (const word of PROTOTYPE_WORDS)
    rows.push([word, 'a key of every object', 'id', 'en', 'learning', '', '', '']);
  return rows;
}

/** What a payload would add to a page of the extension, in the document and open shadow roots. */
const injected = (page: { evaluate: ArticlePage['page']['evaluate'] }) =>
  page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const handler = Array.from(el.attributes).find((a) => /^on/i.test(a.name));
        if (
          el.hasAttribute('data-pwned') ||
          handler ||
          /^(iframe|frame|object|embed|base|xmp|listing|marquee|math)$/i.test(el.localName) ||
          (el.localName === 'meta' && el.hasAttribute('http-equiv')) ||
          /^\s*javascript:/i.test(el.getAttribute('href') ?? '') ||
          /pwned/.test(el.getAttribute('src') ?? '')
        )
          found.push(el.outerHTML.slice(0, 120));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });

/**
 * The page as it was at DOMContentLoaded, compared with the page now: the element children of
 * <html> other than head and body (Lentera's host, at most one) taken out of a copy first.
 */
const pageState = (page: ArticlePage) =>
  page.page.evaluate(() => {
    const w = globalThis as unknown as { __before: string; __beforeText: string; __pwnedHits: string[] };
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    const extra = Array.from(copy.children).filter((c) => c.localName !== 'head' && c.localName !== 'body');
    for (const e of extra) e.remove();
    return {
      extra: extra.length,
      same: copy.outerHTML === w.__before,
      sameText: document.body.textContent === w.__beforeText,
      hadBefore: typeof w.__before === 'string' && w.__before.length > 1000,
      hits: w.__pwnedHits,
      title: document.title,
    };
  });

const vocabulary = async (extension: ExtensionPage) =>
  ((await extension.call('listVocabulary', {})) as { value: { text: string; sentence: string }[] }).value;

describe.each(BROWSERS)('payloads stay text in %s', (kind) => {
  const setup = useExtension(kind);
  let server: Server;
  let origin = '';
  const beaconHits: string[] = [];
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/pwned/')) {
        beaconHits.push(path);
        res.writeHead(204).end();
        return;
      }
      const page = pages.get(path);
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page.html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const make of [paragraphsPage, figuresPage, scriptedPage]) {
      const page = make(`${origin}/pwned`);
      pages.set(page.path, page);
    }
  });
  afterAll(async () => {
    // The browser may still hold keep-alive connections: close them, or close() waits for them.
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('imports a hostile glossary pack and vocabulary CSV in the options page, and shows them as text', async () => {
    const beacon = `${origin}/pwned`;
    await clearVocabulary(setup.extension);
    const options = await setup.browser.newPage();
    await options.goto(`${setup.browser.extensionOrigin}/options.html`);
    await options.setInputFile('#glossary-file', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostilePack(beacon))),
    });
    const imported = await options.waitFor(
      () =>
        Array.from(document.querySelectorAll('[role="status"]'))
          .map((s) => s.textContent ?? '')
          .find((s) => s.includes('hostile-payloads')) ?? null,
    );
    expect(imported).toContain(String(NAMES.length));
    // A file that is refused: its errors quote the cells, payloads among them.
    const rows = vocabularyRows(beacon);
    const bad = rows
      .slice(0, 12)
      .map((r, i) => (i < 10 ? [...r.slice(0, 4), r[0] as string, ...r.slice(5)] : r));
    await options.setInputFile('#vocabulary-file', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv([CSV_HEADER, ...bad])),
    });
    const errors = await options.waitFor(() => {
      const items = Array.from(document.querySelectorAll('#vocabulary-import-status .errors li'));
      return items.length ? items.map((li) => li.textContent ?? '') : null;
    });
    expect(errors).toHaveLength(10);
    expect(errors[0]).toContain('<script>__pwned');
    expect(await vocabulary(setup.extension)).toEqual([]);
    // The good file: every row imported, every text shown exactly as it is in the file.
    await options.setInputFile('#vocabulary-file', {
      name: 'hostile.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv([CSV_HEADER, ...rows])),
    });
    const shown = await options.waitFor(
      (n: number) => {
        const cells = Array.from(document.querySelectorAll('.vocabulary tbody tr td:first-child'));
        return cells.length >= n ? cells.map((td) => td.textContent ?? '') : null;
      },
      rows.length,
      20_000,
    );
    const stored = await vocabulary(setup.extension);
    // Stored exactly as the file says: a lone surrogate is not UTF-8 (the file holds U+FFFD), and
    // a cell of apostrophes before a formula character loses one (csv.ts: the export's escape).
    const fromFile = (cell: string) => wellFormed(/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell).trim();
    expect(stored.map((i) => i.text).sort()).toEqual(rows.map((r) => fromFile(r[0] as string)).sort());
    expect(shown.sort()).toEqual(stored.map((i) => i.text).sort());
    // Exported again (Chromium: the harness catches downloads), every formula is escaped and the
    // file reads back to the same items.
    if (options.download) {
      const file = await options.download('#export-csv');
      const parsed = fromCsv(file.text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.items.map((i) => i.text).sort()).toEqual(stored.map((i) => i.text).sort());
      const cells = file.text.split(/,|\r\n/).map((c) => c.replace(/^"/, ''));
      expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    }
    expect(await injected(options)).toEqual([]);
    expect(beaconHits).toEqual([]);
    await options.close();
  });

  it('reads pages full of payloads, opens cards on them, runs none and changes nothing but its host', async () => {
    await setup.extension.setSettings({ wordLookup: 'on', diagnostics: true });
    for (const { path, payloads, lang } of pages.values()) {
      const page = await ArticlePage.openAnnotated(setup.browser, setup.extension, `${origin}${path}`);
      await page.page.bringToFront();
      // The payloads reached Lentera: the report's article holds them, as text.
      const report = await setup.extension.waitForReport(page.url, { kind: 'article' });
      const article = (report.blocks ?? []).map((b) => b.text).join('\n');
      const inArticle = payloads.filter((p) => article.includes(`'${p.id}'`)).length;
      const scripted = payloads.filter((p) => p.template.includes("('{id}')")).length;
      expect(inArticle, `${path}: payloads in the article`).toBeGreaterThanOrEqual(scripted * 0.9);
      // Cards: a term whose names and glosses are payloads, on each invented name of the page.
      let cards = 0;
      for (const [n, name] of NAMES.entries()) {
        const point = await page.pointAt('.article-body', name);
        if (!point) continue;
        await page.hover('.article-body', name);
        const card = await page.waitForPopover().catch(async (e) => {
          const found = await page.rest('.article-body', name);
          const again = await page.waitForPopover().catch(() => 'none again');
          throw new Error(`${path}: no card on ${name} (${e}); rest: ${found}; ${again}`);
        });
        // The entry's name in the reader's language (English), a payload, shown as text.
        expect(card).toContain(hostileName(n, `${origin}/pwned`).slice(0, 20));
        cards++;
        await page.page.press('Escape');
      }
      expect(cards).toBe(NAMES.length);
      if (lang === 'id') {
        // A word card, on a word of a paragraph that holds a payload, saved by the reader: the
        // sentence stored is the page's text, payload and all.
        await page.hover('.article-body', 'menyebut');
        expect(await page.waitForPopover()).toContain('menyebut');
        await page.clickInPopover('.save');
        const item = await waitForItem(setup.extension, 'menyebut');
        expect(item.sentence).toContain(payloadText(at(PAYLOADS, 0), `${origin}/pwned`));
        await page.page.press('Escape');
      }
      // Proof that Lentera has finished drawing the last card, then: nothing ran, nothing was added.
      await page.waitForMeasure('lentera:popover', { seen: cards - 1 });
      const state = await pageState(page);
      expect(state.hadBefore).toBe(true);
      expect(state.hits).toEqual([]);
      expect(state.extra).toBeLessThanOrEqual(1);
      expect(state.same, `${path}: the page's DOM`).toBe(true);
      expect(state.sameText).toBe(true);
      expect(beaconHits).toEqual([]);
      await page.page.close();
    }
  });

  it("shows the pages' payloads in the popup as text: title, summary, key terms", async () => {
    for (const { path, title } of pages.values()) {
      const page = await ArticlePage.openAnnotated(setup.browser, setup.extension, `${origin}${path}`);
      const popup = await PopupPage.openFor(setup.extension, page);
      expect(await popup.settledState()).toBe('article');
      await popup.page.waitFor(() => document.querySelectorAll('#summary li').length > 0);
      const keyTerms = await popup.page.waitFor(() => {
        const names = Array.from(document.querySelectorAll('#key-terms .term-name'));
        return names.length ? names.map((n) => n.textContent ?? '') : null;
      });
      expect(keyTerms.some((n) => n.includes('__pwned'))).toBe(true);
      expect(await popup.title()).toContain(`__pwned('${title.id}')`);
      expect(await injected(popup.page)).toEqual([]);
      const state = await pageState(page);
      expect(state.hits).toEqual([]);
      expect(state.same).toBe(true);
      await popup.close();
      await page.page.close();
    }
    expect(beaconHits).toEqual([]);
  });

  it('looks up and colours the keys of every object as plain words', async () => {
    for (const word of PROTOTYPE_WORDS) {
      const reply = (await setup.extension.call('lookupWord', {
        word,
        before: ['kata'],
        after: ['itu'],
        pageLang: 'id',
        readerLang: 'en',
      })) as { ok: boolean; value: { result: { glosses: unknown[] } | null } };
      expect(reply.ok, word).toBe(true);
      const glosses = reply.value.result?.glosses ?? [];
      for (const g of glosses) expect(typeof g, `${word}: ${String(g)}`).toBe('string');
    }
    const marks = (await setup.extension.call('vocabularyMarks', {
      lang: 'id',
      words: [...PROTOTYPE_WORDS, 'polluted'],
    })) as { ok: boolean; value: { learning: string[]; known: string[] } };
    expect(marks.ok).toBe(true);
    expect(marks.value.learning.sort()).toEqual([...PROTOTYPE_WORDS].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Waits until the vocabulary holds `text`, and returns the item. */
async function waitForItem(extension: ExtensionPage, text: string) {
  for (let i = 0; i < 100; i++) {
    const item = (await vocabulary(extension)).find((v) => v.text === text);
    if (item) return item;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${text} was never saved`);
}
