// Cleaning rules measured wrong on real pages (issue 13): class rules read whole class tokens; no
// container rule removes most of the article; reference lists, credit lines and short author
// bios at the end are dropped, the same words in the story are kept.
import { afterEach, describe, expect, it } from 'vitest';
import { groupIntoBlocks } from '../../src/dom/blocks';
import { cleanBlocks } from '../../src/dom/clean';
import { detectHere } from '../support/detect-article-local';
import { $, makePage, prose, removePages, textNodes } from './support';

afterEach(removePages);

const TITLE = 'Jalur kereta baru menghubungkan pelabuhan';

/** What cleanBlocks keeps of `<div id="c">…</div>`, as trimmed texts. */
function kept(html: string): string[] {
  const doc = makePage(`<div id="c">${html}</div>`);
  const container = $(doc, '#c');
  return cleanBlocks(groupIntoBlocks(textNodes(container)), TITLE, container).map((b) => b.text.trim());
}

const P = (i: number) => `<p>${prose(i)}</p>`;

/** Short paragraphs (about 15 words each), as Drupal sites write news. */
const SHORT = [
  'Pemerintah kota menutup dua jalan utama selama perbaikan saluran air yang rusak sejak pekan lalu.',
  'Kepala dinas mengatakan pekerjaan itu akan selesai sebelum musim hujan tiba bulan depan.',
  'Warga diminta memakai jalan alternatif di sisi timur pasar selama penutupan berlangsung.',
  'Sejumlah pedagang mengeluh karena pembeli berkurang sejak jalan ditutup pada hari Senin.',
  'Polisi lalu lintas berjaga di setiap persimpangan untuk mengatur arus kendaraan.',
  'Dinas juga memasang papan petunjuk arah di beberapa titik yang rawan kemacetan.',
];

describe('class rules read whole class tokens', () => {
  it("keeps a WordPress post whose own classes name its tags ('tag-amazon'), drops its tag box", () => {
    const out = kept(`
      <article class="post-42 post type-post status-publish format-standard hentry category-news tag-amazon tag-books tag-comments">
        <h1>${TITLE}</h1>
        <div class="entry-content">${P(0)}${P(1)}${P(2)}</div>
        <footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/amazon">amazon</a>, <a href="/tag/books">books</a></span></footer>
      </article>
      <div class="tag-cloud"><a href="/tag/a">Politik</a> <a href="/tag/b">Ekonomi</a></div>`);
    expect(out).toEqual([prose(0), prose(1), prose(2)]);
  });

  it("keeps the short paragraphs of a Drupal body ('field--label-hidden'), drops its field label", () => {
    const out = kept(`
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
        ${SHORT.map((s) => `<p>${s}</p>`).join('')}${P(0)}${P(1)}${P(2)}
      </div>
      <div class="field field--name-field-kategori field--type-entity-reference field--label-above">
        <div class="field__label">Kategori</div>
        <div class="field__item">Kota</div>
      </div>`);
    // The category's value is no box of a known kind: it stays.
    expect(out).toEqual([...SHORT, prose(0), prose(1), prose(2), 'Kota']);
  });

  it.each([
    ['donate-box', 'Our journalism depends on donations from readers like you. Give now.'],
    ['next-article-header', 'Next In Business News'],
  ])('drops an appeal for money and the next story’s teaser (%s)', (cls, text) => {
    const out = kept(`${P(0)}${P(1)}<div class="${cls}"><p>${text}</p></div>${P(2)}`);
    expect(out).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('drops a tag field of a Drupal node by its field name', () => {
    const out = kept(`${P(0)}${P(1)}
      <div class="field field--name-field-tags field--type-entity-reference field--label-inline">
        <div class="field__items"><div class="field__item"><a href="/t/1">${prose(7)}</a></div></div>
      </div>`);
    expect(out).toEqual([prose(0), prose(1)]);
  });
});

describe('no container rule removes most of the article', () => {
  it('keeps a body inside a paywall wrapper, and still drops the share box inside it', () => {
    const out = kept(`
      <div class="paywall">${P(0)}${P(1)}
        <div class="share-buttons"><a href="https://facebook.test/">Bagikan ke Facebook</a></div>
        ${P(2)}${P(3)}
      </div>`);
    expect(out).toEqual([prose(0), prose(1), prose(2), prose(3)]);
  });

  it('still drops a paywall box that holds a small part of the article', () => {
    const out = kept(`${P(0)}${P(1)}${P(2)}<div class="paywall"><p>${prose(3)}</p></div>`);
    expect(out).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('keeps the text under a noise class on an ancestor of most of it', () => {
    const out = kept(`
      <div class="entry-content has-ads">${P(0)}${P(1)}${P(2)}</div>
      <div class="related-posts"><p>${prose(4)}</p></div>`);
    expect(out).toEqual([prose(0), prose(1), prose(2)]);
  });

  it('spares a label box holding most of the words (its short blocks), not a small one', () => {
    const out = kept(`
      <div class="meta">${SHORT.map((s) => `<p>${s}</p>`).join('')}</div>
      <p><span class="byline">Budi Santoso</span></p>`);
    expect(out).toEqual(SHORT);
  });
});

describe('reference lists at the end', () => {
  const CITES = [
    '^ Smith, J. (2014). "Ports and railways of Java". Journal of Transport History. 12 (3): 45–67.',
    '^ a b Santoso, B. (2019). Sejarah kereta api di Indonesia. Jakarta: Penerbit Contoh. hlm. 112.',
    '^ "Annual report 2020". Ministry of Transport. Retrieved 4 May 2021.',
  ];

  it('drops a Wikipedia-like references section and its citations', () => {
    const out = kept(`${P(0)}<h2>Sejarah</h2>${P(1)}
      <h2>References<span class="mw-editsection">[edit]</span></h2>
      <div class="mw-references-wrap"><ol class="references">${CITES.map((c) => `<li>${c}</li>`).join('')}</ol></div>
      <h2>External links</h2><ul><li><a href="https://x.test/">Official website</a></li></ul>`);
    expect(out).toEqual([prose(0), 'Sejarah', prose(1)]);
  });

  it('drops a "Daftar pustaka" list without back-links', () => {
    const out = kept(`${P(0)}${P(1)}<h3>Daftar pustaka</h3>
      <ul><li>Santoso, Budi. 2019. Sejarah kereta api di Indonesia. Jakarta: Penerbit Contoh.</li>
      <li>Rahayu, Sri. 2021. Pelabuhan dan kota. Surabaya: Pustaka Pelabuhan.</li></ul>`);
    expect(out).toEqual([prose(0), prose(1)]);
  });

  it('drops stray citation lines that start with a back-link', () => {
    const out = kept(`${P(0)}${P(1)}<ol>${CITES.map((c) => `<li>${c}</li>`).join('')}</ol>`);
    expect(out).toEqual([prose(0), prose(1)]);
  });

  it('keeps a section called "References" that is prose, and the lists before it', () => {
    const out = kept(`${P(0)}<h2>Referensi</h2><ul><li>Surat dari atasan lama</li></ul>${P(1)}${P(2)}`);
    expect(out).toEqual([prose(0), 'Referensi', 'Surat dari atasan lama', prose(1), prose(2)]);
  });
});

describe('credit lines and author bios at the end', () => {
  it.each([
    'Page editor: Jane Doe',
    'Editor: Andi Saputra',
    'Reporting by Jane Doe in London; Editing by John Smith',
    '(Reporting by Jane Doe; Editing by John Smith)',
    'This article originally appeared on The Conversation. Read the original article.',
    'Artikel ini telah tayang di Kompas.com dengan judul "Harga beras naik lagi".',
  ])('drops %j after the last paragraph', (line) => {
    expect(kept(`${P(0)}${P(1)}<p>${line}</p>`)).toEqual([prose(0), prose(1)]);
  });

  it('drops several credit lines in a row at the end', () => {
    expect(kept(`${P(0)}${P(1)}<p>Penulis: Budi Santoso</p><p>Editor: Andi Saputra</p>`)).toEqual([
      prose(0),
      prose(1),
    ]);
  });

  it('keeps the same words opening paragraphs of the story', () => {
    const long = `Reporting by the agency showed that the port handled more cargo than ever. ${prose(5)}`;
    const short = 'Editing by hand took weeks, she said.';
    const out = kept(`${P(0)}<p>${long}</p><p>${short}</p>${P(1)}`);
    expect(out).toEqual([prose(0), long, short, prose(1)]);
  });

  it('drops a short author bio at the end, in a bio box or bare', () => {
    const bio = 'Jane Doe is a reporter at the Example Times, covering transport. Follow her on X.';
    expect(kept(`${P(0)}${P(1)}<div class="author__bio"><p>${bio}</p></div>`)).toEqual([prose(0), prose(1)]);
    expect(kept(`${P(0)}${P(1)}<div class="bio">${prose(6)}</div>`)).toEqual([prose(0), prose(1)]);
    expect(kept(`${P(0)}${P(1)}<p>${bio}</p>`)).toEqual([prose(0), prose(1)]);
    expect(kept(`${P(0)}${P(1)}<p>Budi Santoso adalah wartawan Koran Contoh di Surabaya.</p>`)).toEqual([
      prose(0),
      prose(1),
    ]);
  });

  it('keeps such a sentence in the story', () => {
    const line = 'Jane Doe is a reporter at the Example Times who first saw the plans.';
    expect(kept(`${P(0)}<p>${line}</p>${P(1)}`)).toEqual([prose(0), line, prose(1)]);
  });
});

describe('on the path that ships', () => {
  it('a WordPress post with tag classes and a paywall wrapper keeps its body', async () => {
    const doc = makePage(
      `<main><article class="post type-post hentry tag-amazon tag-books">
        <h1>${TITLE}</h1>
        <div class="entry-content">
          <div class="paywall">${P(0)}${P(1)}${P(2)}${P(3)}</div>
          <p>Editing by John Smith</p>
        </div>
      </article></main>`,
      { title: TITLE },
    );
    const detection = await detectHere(doc);
    expect(detection.kind).toBe('article');
    if (detection.kind !== 'article') return;
    const body = detection.blocks.filter((b) => b.kind !== 'headline').map((b) => b.text.trim());
    expect(body).toEqual([prose(0), prose(1), prose(2), prose(3)]);
  });
});
