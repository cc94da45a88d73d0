// The numbered copy, the parse and the way back: serializeNumbered → parseNumberedHtml →
// liveTextNodes, on small hand-written pages. The live page is never changed.
import { afterEach, describe, expect, it } from 'vitest';
import type { TextRef } from '../../src/contract/offscreen-api';
import { groupIntoBlocks } from '../../src/dom/blocks';
import { articleTexts, liveTextNodes, MAP_ATTRIBUTE } from '../../src/dom/map-article';
import { parseNumbered, parseNumberedHtml } from '../../src/dom/parse-numbered';
import { serializeNumbered } from '../../src/dom/serialize-numbered';
import { $, makePage, prose, removePages, textNode, textNodes } from './support';

afterEach(removePages);

const LIMITS = { maxElements: 10_000, timeBudgetMs: 2_000 };

const ARTICLE = `
  <header><nav><a href="/">Beranda</a> <a href="/news">Berita</a> <a href="/sport">Olahraga</a></nav></header>
  <main>
    <article>
      <h1>Jalur kereta baru</h1>
      <p>${prose(0)}</p>
      <p>${prose(1)} <a href="/x">Tautan</a> di tengah.</p>
      <h2>Anggaran</h2>
      <p>${prose(2)}</p>
      <blockquote><p>${prose(3)}</p></blockquote>
      <p>${prose(4)}</p>
    </article>
  </main>
  <footer><p>© 2024 Koran Contoh. Semua hak dilindungi.</p></footer>`;

function parsedTexts(doc: Document): { texts: TextRef[]; live: Element[] } {
  const { html, live } = serializeNumbered(doc);
  const outcome = parseNumberedHtml(html, LIMITS);
  if (outcome.kind !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(outcome)}`);
  return { texts: outcome.texts, live };
}

describe('serializeNumbered', () => {
  it('numbers every element in document order, pointing at its live twin', () => {
    const doc = makePage(
      '<div class="a"><p>One <b>two</b></p><img src="x.png" alt="x"><br><ul><li>i</li></ul></div>',
    );
    const { html, live } = serializeNumbered(doc);
    expect(live).toEqual(Array.from(doc.getElementsByTagName('*')));
    const copy = new DOMParser().parseFromString(html, 'text/html');
    const numbered = Array.from(copy.querySelectorAll(`[${MAP_ATTRIBUTE}]`));
    expect(numbered).toHaveLength(live.length);
    numbered.forEach((el, i) => {
      expect(el.getAttribute(MAP_ATTRIBUTE)).toBe(String(i));
      expect(el.tagName).toBe(live[i]?.tagName);
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('keeps text and attribute values exactly, through escaping', () => {
    const tricky = 'a < b && c > d "quoted" \u00a0nbsp émoji 🙂 &amp; literal';
    const doc = makePage('<p id="p"></p><textarea id="ta"></textarea><title id="t2"></title>');
    $(doc, '#p').append(tricky);
    $(doc, '#p').setAttribute('data-x', 'say "hi" & <bye>');
    $(doc, '#ta').textContent = '</textarea><b>not bold</b>';
    const { html, live } = serializeNumbered(doc);
    const copy = new DOMParser().parseFromString(html, 'text/html');
    const twin = (el: Element) => copy.querySelector(`[${MAP_ATTRIBUTE}="${live.indexOf(el)}"]`);
    expect(twin($(doc, '#p'))?.textContent).toBe(tricky);
    expect(twin($(doc, '#p'))?.getAttribute('data-x')).toBe('say "hi" & <bye>');
    expect(twin($(doc, '#ta'))?.textContent).toBe('</textarea><b>not bold</b>');
    expect(copy.querySelector('b')).toBeNull();
  });

  it('writes scripts, styles, templates, noscript and comments empty', () => {
    const doc = makePage(
      '<p>a</p><script>var s = "</p><p>injected</p>";</script><style>p { color: red }</style><template><p>tpl</p></template><!-- secret --><noscript><p>Enable JavaScript</p></noscript><p>b</p>',
    );
    const { html } = serializeNumbered(doc);
    expect(html).not.toContain('injected');
    expect(html).not.toContain('color: red');
    expect(html).not.toContain('tpl');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('Enable JavaScript');
    expect(html).toContain('<!---->');
    expect(html).toMatch(/<script data-lentera-i="\d+"><\/script>/);
    expect(html).toMatch(/<noscript data-lentera-i="\d+"><\/noscript>/);
  });

  it("replaces the page's own numbering attribute", () => {
    const doc = makePage(`<p ${MAP_ATTRIBUTE}="99">x</p>`);
    const { html, live } = serializeNumbered(doc);
    const p = $(doc, 'p');
    expect(html).toContain(`${MAP_ATTRIBUTE}="${live.indexOf(p)}">x</p>`);
    expect(html).not.toContain('"99"');
    expect(p.getAttribute(MAP_ATTRIBUTE)).toBe('99');
  });

  it('keeps the case of SVG element names', () => {
    const doc = makePage(
      '<svg><linearGradient id="g"></linearGradient><foreignObject><p>x</p></foreignObject></svg>',
    );
    const { html } = serializeNumbered(doc);
    expect(html).toContain('<linearGradient');
    expect(html).toContain('<foreignObject');
    const copy = new DOMParser().parseFromString(html, 'text/html');
    expect(copy.querySelector('foreignObject p')?.textContent).toBe('x');
  });
});

describe('serialise → parse → map', () => {
  it("keeps text nodes apart that a comment separates (React's <!-- --> between texts)", () => {
    // As React renders `{count} people said {what}`: text nodes with empty comments between.
    const paragraphs = [0, 1, 2, 3]
      .map((i) => `<p>${prose(i)} <!-- -->Empat puluh dua<!-- --> orang <!-- -->hadir di sana.</p>`)
      .join('');
    const doc = makePage(`<main><article><h1>Judul berita</h1>${paragraphs}</article></main>`, {
      title: 'Judul berita',
    });
    const { texts, live } = parsedTexts(doc);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(unmapped).toBe(0);
    const text = groupIntoBlocks(nodes)
      .map((b) => b.text)
      .join('\n');
    expect(text.match(/Empat puluh dua orang hadir di sana\./g)).toHaveLength(4);
  });

  it('keeps what a noscript says out of the article (the page runs scripts)', () => {
    const doc = makePage(
      `<main><article><h1>Judul</h1><p>${prose(0)}</p><noscript><p>Aktifkan JavaScript untuk membaca berita ini dengan lengkap.</p></noscript><p>${prose(1)}</p><p>${prose(2)}</p></article></main>`,
      { title: 'Judul' },
    );
    const { texts, live } = parsedTexts(doc);
    expect(texts.some(([, data]) => data.includes('Aktifkan JavaScript'))).toBe(false);
    expect(liveTextNodes(texts, live).unmapped).toBe(0);
  });

  it('maps the article text onto the live text nodes, leaving the page unchanged', () => {
    const doc = makePage(ARTICLE, { title: 'Jalur kereta baru | Koran Contoh' });
    const before = doc.documentElement.outerHTML;
    const { texts, live } = parsedTexts(doc);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(unmapped).toBe(0);
    expect(nodes.length).toBeGreaterThan(0);
    const article = $(doc, 'article');
    for (const node of nodes) {
      expect(node.ownerDocument).toBe(doc);
      expect(node.isConnected).toBe(true);
      expect(article.contains(node)).toBe(true);
    }
    expect(new Set(nodes).size).toBe(nodes.length);
    // The texts and the live nodes say the same, in the same order.
    expect(nodes.map((n) => n.data)).toEqual(texts.map(([, data]) => data));
    // Every paragraph of the story is there; the navigation and the footer are not.
    const all = nodes.map((n) => n.data).join('');
    for (let i = 0; i < 5; i++) expect(all).toContain(prose(i));
    expect(all).not.toContain('Olahraga');
    expect(all).not.toContain('Semua hak');
  });

  it('maps br-separated text (which Readability wraps in new paragraphs) back to its element', () => {
    const doc = makePage(
      `<div id="story">${prose(0)}<br><br>${prose(1)}<br><br>Sama.<br><br>${prose(2)}<br><br>Sama.<br><br>${prose(3)}</div>`,
    );
    const before = doc.documentElement.outerHTML;
    const { texts, live } = parsedTexts(doc);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(unmapped).toBe(0);
    const story = $(doc, '#story');
    expect(nodes.every((n) => n.parentNode === story)).toBe(true);
    // The two "Sama." lines are two live nodes, each taken once.
    const same = nodes.filter((n) => n.data === 'Sama.');
    expect(same).toHaveLength(2);
    expect(same[0]).not.toBe(same[1]);
    const blocks = groupIntoBlocks(nodes);
    expect(blocks.map((b) => b.text)).toEqual([prose(0), prose(1), 'Sama.', prose(2), 'Sama.', prose(3)]);
  });

  it('maps text that stood directly in <body>', () => {
    const doc = makePage(`${prose(0)}<br><br>${prose(1)}<br><br>${prose(2)}<br><br>${prose(3)}`);
    const { texts, live } = parsedTexts(doc);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(unmapped).toBe(0);
    expect(nodes.map((n) => n.data.trim())).toEqual([0, 1, 2, 3].map(prose));
    expect(nodes.every((n) => n.parentNode === doc.body)).toBe(true);
  });

  // BUG (src/dom/serialize-numbered.ts + map-article.ts): the HTML parser turns CR and CR LF into
  // LF, so a text node that a script filled with "\r\n" (an SPA rendering a CMS's text) reads
  // differently in the copy and is never found again: that paragraph is missing from the article.
  it('maps text with carriage returns, set by a script', () => {
    const doc = makePage(`<article><p id="a"></p><p>${prose(1)}</p><p>${prose(2)}</p></article>`);
    $(doc, '#a').textContent = prose(0).replace('. ', '.\r\n');
    const { texts, live } = parsedTexts(doc);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(unmapped).toBe(0);
    expect(nodes).toContain($(doc, '#a').firstChild);
  });

  it('reads the metadata from the copy', () => {
    const doc = makePage(ARTICLE, {
      title: 'Jalur kereta baru | Koran Contoh',
      head: '<meta name="author" content="Budi Santoso"><meta property="og:site_name" content="Koran Contoh"><meta property="article:published_time" content="2024-05-01T08:00:00+07:00">',
    });
    const { html } = serializeNumbered(doc);
    const outcome = parseNumberedHtml(html, LIMITS);
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind !== 'parsed') return;
    expect(outcome.metadata).toMatchObject({
      byline: 'Budi Santoso',
      siteName: 'Koran Contoh',
      publishedTime: '2024-05-01T08:00:00+07:00',
      lang: 'id',
    });
    expect(outcome.metadata.title).toContain('Jalur kereta baru');
  });
});

describe('liveTextNodes', () => {
  const PAGE =
    '<article><p id="a">Alpha <b>beta</b> gamma</p><p id="b">Delta</p><textarea id="ta">typed</textarea><div id="ce" contenteditable>edited</div><svg><text id="svg">label</text></svg><button id="bt">Kirim</button></article>';

  function refs(doc: Document, pairs: [string, string][]): { texts: TextRef[]; live: Element[] } {
    const live = Array.from(doc.getElementsByTagName('*'));
    return { texts: pairs.map(([sel, data]) => [live.indexOf($(doc, sel)), data]), live };
  }

  it('finds each text in its element, deeper descendants included', () => {
    const doc = makePage(PAGE);
    const { texts, live } = refs(doc, [
      ['#a', 'Alpha '],
      ['#a', 'beta'],
      ['#a', ' gamma'],
      ['article', 'Delta'],
    ]);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(unmapped).toBe(0);
    expect(nodes).toEqual([
      textNode(doc.body, 'Alpha '),
      textNode(doc.body, 'beta'),
      textNode(doc.body, ' gamma'),
      textNode(doc.body, 'Delta'),
    ]);
  });

  it('leaves out form fields, editable regions, SVG and buttons, without counting them unmapped', () => {
    const doc = makePage(PAGE);
    const { texts, live } = refs(doc, [
      ['#ta', 'typed'],
      ['#ce', 'edited'],
      ['#svg', 'label'],
      ['#bt', 'Kirim'],
      ['#b', 'Delta'],
    ]);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(nodes.map((n) => n.data)).toEqual(['Delta']);
    expect(unmapped).toBe(0);
  });

  it('counts texts it cannot find (changed text, unknown element) as unmapped', () => {
    const doc = makePage(PAGE);
    const { texts, live } = refs(doc, [
      ['#a', 'Alpha '],
      ['#b', 'Delta!'],
    ]);
    texts.push([live.length + 5, 'Nowhere']);
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(nodes.map((n) => n.data)).toEqual(['Alpha ']);
    expect(unmapped).toBe(2);
  });

  it('leaves out text that left the page since the copy was made', () => {
    const doc = makePage(ARTICLE);
    const { texts, live } = parsedTexts(doc);
    const gone = textNode(doc.body, prose(2));
    gone.parentElement?.remove();
    const { nodes, unmapped } = liveTextNodes(texts, live);
    expect(nodes).not.toContain(gone);
    expect(nodes.map((n) => n.data)).not.toContain(prose(2));
    expect(nodes.map((n) => n.data)).toContain(prose(4));
    expect(unmapped).toBe(0);
  });

  it('takes repeated texts in order, and finds reordered ones again', () => {
    const doc = makePage('<div id="d"><span>x</span><span>y</span><span>x</span></div>');
    const live = Array.from(doc.getElementsByTagName('*'));
    const d = live.indexOf($(doc, '#d'));
    const [x1, y, x2] = textNodes(doc.body);
    expect(
      liveTextNodes(
        [
          [d, 'x'],
          [d, 'y'],
          [d, 'x'],
        ],
        live,
      ).nodes,
    ).toEqual([x1, y, x2]);
    // y before x: the second x is found from the start again, without moving on.
    expect(
      liveTextNodes(
        [
          [d, 'y'],
          [d, 'x'],
        ],
        live,
      ).nodes,
    ).toEqual([y, x1]);
  });
});

describe('articleTexts', () => {
  it('pairs each text with its nearest numbered ancestor, skipping whitespace', () => {
    const copy = new DOMParser().parseFromString(
      `<div id="root"><p ${MAP_ATTRIBUTE}="4">One <b>two</b></p>  <p>loose <i ${MAP_ATTRIBUTE}="7">deep</i></p></div>`,
      'text/html',
    );
    expect(articleTexts($(copy, '#root'))).toEqual([
      [4, 'One '],
      [4, 'two'],
      [-1, 'loose '],
      [7, 'deep'],
    ]);
  });
});

describe('parseNumbered', () => {
  it('reports a page with no article as none', () => {
    const doc = makePage('');
    const { html } = serializeNumbered(doc);
    expect(parseNumberedHtml(html, LIMITS)).toEqual({ kind: 'none' });
  });

  it('stops Readability when it runs over its time budget', () => {
    const doc = makePage(`<div>${'<div><p>x</p></div>'.repeat(400)}</div><p>${prose(0)}</p>`);
    const { html } = serializeNumbered(doc);
    let clock = 0;
    const copy = new DOMParser().parseFromString(html, 'text/html');
    const outcome = parseNumbered(copy, { maxElements: 10_000, timeBudgetMs: 50 }, () => (clock += 1_000));
    expect(outcome).toEqual({ kind: 'failed', reason: 'reading the page took too long' });
  });

  it('refuses pages over the element limit, without throwing', () => {
    const doc = makePage(`<div>${'<p>x</p>'.repeat(50)}</div>`);
    const { html } = serializeNumbered(doc);
    const outcome = parseNumberedHtml(html, { maxElements: 20, timeBudgetMs: 2_000 });
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/elements/);
  });
});
