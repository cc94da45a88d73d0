import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeListing } from '../../src/dom/article-gate';
import { groupIntoBlocks, type LiveBlock } from '../../src/dom/blocks';
import { addCaptions, cleanBlocks } from '../../src/dom/clean';
import { $, makePage, prose, removePages, textNodes } from './support';

afterEach(removePages);

const TITLE = 'Jalur kereta baru menghubungkan pelabuhan | Koran Contoh';

/** The blocks of `<article id="c">…</article>`, and the container. */
function blocksIn(html: string, containerAttributes = ''): { blocks: LiveBlock[]; container: Element } {
  const doc = makePage(`<article id="c" ${containerAttributes}>${html}</article>`);
  const container = $(doc, '#c');
  return { blocks: groupIntoBlocks(textNodes(container)), container };
}

/** What cleanBlocks keeps of the article, as trimmed texts. */
function kept(html: string, title = TITLE, containerAttributes = ''): string[] {
  const { blocks, container } = blocksIn(html, containerAttributes);
  return cleanBlocks(blocks, title, container).map((b) => b.text.trim());
}

const P0 = `<p>${prose(0)}</p>`;
const P1 = `<p>${prose(1)}</p>`;

describe('cleanBlocks', () => {
  describe('the headline', () => {
    it.each<[string, string, string[]]>([
      [
        'a heading inside the title, before the story, is dropped',
        `<h1>Jalur kereta baru menghubungkan pelabuhan</h1>${P0}`,
        [prose(0)],
      ],
      [
        'a heading that contains the title is dropped',
        `<h1>Jalur kereta baru menghubungkan pelabuhan | Koran Contoh: laporan</h1>${P0}`,
        [prose(0)],
      ],
      [
        'so is one with different spacing and case',
        `<h1>  JALUR KERETA baru\n menghubungkan   pelabuhan </h1>${P0}`,
        [prose(0)],
      ],
      [
        'a heading that is not the title is kept',
        `<h2>Latar belakang</h2>${P0}`,
        ['Latar belakang', prose(0)],
      ],
      [
        'the title as a heading after the story began is kept',
        `${P0}<h2>Jalur kereta baru</h2>${P1}`,
        [prose(0), 'Jalur kereta baru', prose(1)],
      ],
      [
        'a paragraph with the title is kept',
        `<p>Jalur kereta baru</p>${P0}`,
        ['Jalur kereta baru', prose(0)],
      ],
    ])('%s', (_name, html, expected) => {
      expect(kept(html)).toEqual(expected);
    });

    // Suspected bug: when neither Readability nor <title> give a title (title ''), every heading
    // before the first long paragraph counts as the headline, since ''.includes('') holds.
    it('with no title known, a subheading before the story is kept', () => {
      expect(kept(`<h2>Latar belakang</h2>${P0}`, '')).toEqual(['Latar belakang', prose(0)]);
    });
  });

  describe('bylines near the top', () => {
    it.each<[string, string, string[]]>([
      ['"Oleh:"', `<p>Oleh: Budi Santoso</p>${P0}`, [prose(0)]],
      ['"By"', `<p>By Jane Doe, Reuters</p>${P0}`, [prose(0)]],
      ['"Reporter | Editor"', `<p>Reporter: Siti | Editor: Andi</p>${P0}`, [prose(0)]],
      ['"Penulis –"', `<div>Penulis – Rina</div>${P0}`, [prose(0)]],
      [
        'a word that only starts like one is kept',
        `<p>Bykov menang lagi.</p>${P0}`,
        ['Bykov menang lagi.', prose(0)],
      ],
      [
        'after the story began it is kept',
        `${P0}<p>Oleh: Budi Santoso</p>`,
        [prose(0), 'Oleh: Budi Santoso'],
      ],
      [
        'past the fourth block it is kept',
        '<p>Satu.</p><p>Dua.</p><p>Tiga.</p><p>Empat.</p><p>Oleh: Budi</p>',
        ['Satu.', 'Dua.', 'Tiga.', 'Empat.', 'Oleh: Budi'],
      ],
    ])('%s', (_name, html, expected) => {
      expect(kept(html)).toEqual(expected);
    });

    // Suspected false positive: "laporan" (a report) starts many Indonesian ledes; a short one at
    // the top is dropped as a byline ("Laporan: …" is one, "Laporan Bank Dunia …" is not).
    it.fails('a short lede that starts with "Laporan" is kept', () => {
      const lede = 'Laporan Bank Dunia menyebut ekonomi Indonesia tumbuh lima persen tahun ini.';
      expect(kept(`<p>${lede}</p>${P0}`)).toEqual([lede, prose(0)]);
    });
  });

  describe('related-link lines and ad markers', () => {
    it.each<[string, string, boolean]>([
      [
        'Baca juga: <a href="/a">Harga beras naik lagi di pasar induk</a>',
        'Baca juga: Harga beras naik lagi di pasar induk',
        false,
      ],
      ['<strong>BACA JUGA:</strong> <a href="/a">Harga beras naik</a>', 'BACA JUGA: Harga beras naik', false],
      [
        'Read more: <a href="https://x.test/b">Rice prices climb again</a>',
        'Read more: Rice prices climb again',
        false,
      ],
      [
        'Baca juga ulasan kami tentang harga beras di halaman lain.',
        'Baca juga ulasan kami tentang harga beras di halaman lain.',
        true,
      ],
      ['Baca juga: <a href="#catatan">catatan kaki</a> di bawah', 'Baca juga: catatan kaki di bawah', true],
      ['ADVERTISEMENT', 'ADVERTISEMENT', false],
      ['Iklan', 'Iklan', false],
      ['Scroll to continue with content', 'Scroll to continue with content', false],
      ['SCROLL UNTUK MELANJUTKAN…', 'SCROLL UNTUK MELANJUTKAN…', false],
      ['Iklan rokok dilarang tayang di televisi.', 'Iklan rokok dilarang tayang di televisi.', true],
    ])('%s', (line, text, keep) => {
      const out = kept(`${P0}<p>${line}</p>${P1}`);
      expect(out.includes(text)).toBe(keep);
      expect(out).toContain(prose(0));
      expect(out).toContain(prose(1));
    });
  });

  describe('boxes that are not the story', () => {
    it.each<[string, boolean]>([
      ['<div class="share-buttons">', false],
      ['<div class="post_related">', false],
      ['<section id="comments">', false],
      ['<div class="box baca-juga">', false],
      ['<div class="bacajuga">', false],
      ['<ul class="post-tags"><li>', false],
      ['<aside class="newsletter">', false],
      ['<div class="ads">', false],
      ['<div id="iklan-tengah">', false],
      ['<div class="komentar">', false],
      ['<div class="shared-story">', true],
      ['<div class="uploads">', true],
      ['<section id="sharing-with-a-single-developer">', true],
    ])('%s (kept: %s)', (open, keep) => {
      const tags = Array.from(open.matchAll(/<(\w+)/g), (m) => m[1]);
      const close = tags
        .reverse()
        .map((t) => `</${t}>`)
        .join('');
      // A long text: the noise classes apply to long blocks too.
      const inBox = prose(5);
      const out = kept(`${P0}${open}${inBox}${close}${P1}`);
      expect(out.includes(inBox)).toBe(keep);
      expect(out).toEqual(expect.arrayContaining([prose(0), prose(1)]));
    });

    it.each<[string, string]>([
      ['<div class="meta">Senin, 1 Mei 2024 08.00 WIB</div>', 'Senin, 1 Mei 2024 08.00 WIB'],
      ['<p class="credit">Foto: Antara</p>', 'Foto: Antara'],
      ['<p><span class="label">Eksklusif</span> Wawancara singkat</p>', 'Eksklusif Wawancara singkat'],
      ['<div class="post-author">Budi Santoso</div>', 'Budi Santoso'],
      ['<time class="timestamp">2 jam lalu</time>', '2 jam lalu'],
    ])('short meta line %s is dropped', (html, text) => {
      const out = kept(`${P0}${html}${P1}`);
      expect(out).not.toContain(text);
      expect(out).toEqual([prose(0), prose(1)]);
    });

    it('a long paragraph in a box with a meta class is kept', () => {
      expect(kept(`${P0}<div class="meta">${prose(3)}</div>`)).toEqual([prose(0), prose(3)]);
    });

    it("the container's own classes do not count", () => {
      expect(kept(`${P0}${P1}`, TITLE, 'class="post-content related"')).toEqual([prose(0), prose(1)]);
    });
  });

  it('all rules together, on one article', () => {
    const html = `
      <h1>Jalur kereta baru menghubungkan pelabuhan</h1>
      <div class="byline">Oleh: Budi Santoso</div>
      <div class="share"><a href="https://facebook.test/">Bagikan</a></div>
      ${P0}
      <p>Baca juga: <a href="/other">Harga beras naik lagi</a></p>
      <p>ADVERTISEMENT</p>
      <h2>Anggaran</h2>
      ${P1}
      <div class="related-posts"><h3><a href="/r">Berita lain</a></h3><p>${prose(4)}</p></div>
      <div id="comments"><p>Komentar pertama: bagus sekali!</p></div>`;
    expect(kept(html)).toEqual([prose(0), 'Anggaran', prose(1)]);
  });
});

describe('addCaptions', () => {
  const PAGE = `
    <article>
      <figure id="lead"><img alt=""><figcaption>Foto utama: <b>Antara</b></figcaption></figure>
      <div id="body">
        <p id="p0">${prose(0)}</p>
        <figure><img alt=""><figcaption>Peta jalur kereta</figcaption></figure>
        <p id="p1">${prose(1)}</p>
        <div class="related"><figure><figcaption>Berita terkait</figcaption></figure></div>
        <div contenteditable><figure><figcaption>Draf</figcaption></figure></div>
      </div>
    </article>`;

  function storyBlocks(doc: Document): LiveBlock[] {
    return groupIntoBlocks([...textNodes($(doc, '#p0')), ...textNodes($(doc, '#p1'))]);
  }

  it('puts back the captions of the article, in reading order, beside the body too', () => {
    const doc = makePage(PAGE);
    const out = addCaptions(storyBlocks(doc), $(doc, '#body'));
    expect(out.map((b) => [b.kind, b.text])).toEqual([
      ['caption', 'Foto utama: Antara'],
      ['paragraph', prose(0)],
      ['caption', 'Peta jalur kereta'],
      ['paragraph', prose(1)],
    ]);
    expect(out[0]?.segments.map((s) => s.node.data)).toEqual(['Foto utama: ', 'Antara']);
  });

  it('without an <article>, only within the container', () => {
    const doc = makePage(PAGE.replace('<article>', '<div>').replace('</article>', '</div>'));
    const out = addCaptions(storyBlocks(doc), $(doc, '#body'));
    expect(out.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual(['Peta jalur kereta']);
  });

  it('does not add a caption twice', () => {
    const doc = makePage(PAGE);
    const body = $(doc, '#body');
    const once = addCaptions(storyBlocks(doc), body);
    expect(addCaptions(once, body)).toBe(once);
  });

  it('returns the blocks as they are when there is no caption to add', () => {
    const doc = makePage(`<article><p id="p0">${prose(0)}</p><p id="p1">${prose(1)}</p></article>`);
    const blocks = storyBlocks(doc);
    expect(addCaptions(blocks, $(doc, 'article'))).toBe(blocks);
  });

  // BUG (src/dom/clean.ts addCaptions): a caption whose text sits in a <p> (or any block element)
  // inside the <figcaption> is kept by Readability as a block of the <p>; addCaptions looks for
  // the <figcaption> itself among the blocks' elements, misses it, and adds the same text again.
  it('does not repeat a caption that Readability kept, when its text is in a <p>', () => {
    const doc = makePage(
      `<article><p>${prose(0)}</p><figure><img alt=""><figcaption><p>Peta jalur</p></figcaption></figure></article>`,
    );
    const article = $(doc, 'article');
    const blocks = groupIntoBlocks(textNodes(article));
    expect(blocks.map((b) => b.text)).toEqual([prose(0), 'Peta jalur']);
    expect(addCaptions(blocks, article).map((b) => b.text)).toEqual([prose(0), 'Peta jalur']);
  });
});

describe('looksLikeListing', () => {
  const teaser = (i: number) =>
    `<h2><a href="/a${i}">Judul berita nomor ${i} yang panjang</a></h2><p>Ringkasan singkat ${i}.</p>`;
  const linkLine = (i: number) => `<p><a href="/a${i}">Judul berita nomor ${i} yang panjang sekali</a></p>`;
  const guide = (i: number) =>
    `<h2><a href="/p${i}">Produk pilihan nomor ${i} kami</a></h2><p>${prose(i)}</p><p>${prose(i + 1)}</p>`;

  it.each<[string, boolean, string]>([
    ['an article with a few links', false, `${P0}${linkLine(1)}${P1}${linkLine(2)}`],
    ['eight link-only lines', true, Array.from({ length: 8 }, (_, i) => linkLine(i)).join('')],
    [
      'seven link-only lines and prose',
      false,
      Array.from({ length: 7 }, (_, i) => linkLine(i)).join('') + P0 + P1,
    ],
    ['teasers under linked titles', true, Array.from({ length: 5 }, (_, i) => teaser(i)).join('')],
    [
      'a buyer’s guide: linked subheadings with real text',
      false,
      Array.from({ length: 5 }, (_, i) => guide(i)).join(''),
    ],
  ])('%s → %s', (_name, expected, html) => {
    expect(looksLikeListing(blocksIn(html).blocks)).toBe(expected);
  });
});
