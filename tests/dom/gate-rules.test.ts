// The rules of the gate on the parsed article (src/dom/article-gate.ts), on live blocks.
import { afterEach, describe, expect, it } from 'vitest';
import { lacksProse, looksLikeListing, mainRun, proseFigures } from '../../src/dom/article-gate';
import { groupIntoBlocks, type LiveBlock } from '../../src/dom/blocks';
import { $, makePage, prose, removePages, textNodes } from './support';

afterEach(removePages);

function blocksIn(html: string): LiveBlock[] {
  const doc = makePage(`<article id="c">${html}</article>`);
  return groupIntoBlocks(textNodes($(doc, '#c')));
}

const P = (i: number) => `<p>${prose(i)}</p>`;
const linkLine = (i: number) => `<p><a href="/a${i}">Judul berita lain nomor ${i} yang cukup panjang</a></p>`;
const short = (i: number) => `<p>Kalimat pendek nomor ${i} tentang banjir di kota itu kemarin.</p>`;

describe('proseFigures', () => {
  it('counts the text of prose blocks outside links, and the link share of all text', () => {
    const blocks = blocksIn(
      `<h2>Judul bagian</h2>${P(0)}<p>Lihat <a href="/x">tautan ini</a> untuk rincian lengkapnya di situs.</p>${linkLine(1)}`,
    );
    const f = proseFigures(blocks);
    expect(f.blocks).toBe(2);
    expect(f.chars).toBe(prose(0).length + 'Lihat  untuk rincian lengkapnya di situs.'.length);
    expect(f.longest).toBe(prose(0).length);
    const all = blocks.reduce((n, b) => n + b.text.trim().length, 0);
    expect(f.linkShare).toBeCloseTo(('tautan ini'.length + (blocks[3]?.linkChars ?? 0)) / all);
  });
});

describe('lacksProse', () => {
  it.each<[string, string, string | null]>([
    ['twelve short paragraphs', Array.from({ length: 12 }, (_, i) => short(i)).join(''), null],
    ['two paragraphs of prose', P(0) + P(1), 'no article-like text'],
    ['one long paragraph', `<p>${[0, 1, 2].map(prose).join(' ')}</p>`, null],
    ['text in <div>s', [0, 1, 2].map((i) => `<div>${prose(i)}</div>`).join(''), null],
    [
      'short lines that are no sentences',
      Array.from({ length: 30 }, (_, i) => `<p>Tugas nomor ${i}</p>`).join(''),
      'no article-like text',
    ],
    [
      'more link text than prose',
      [0, 1, 2].map(P).join('') + Array.from({ length: 30 }, (_, i) => linkLine(i)).join(''),
      'mostly links',
    ],
    [
      'a sentence under each of many headings',
      Array.from({ length: 10 }, (_, i) => `<h2>Fitur ${i}</h2>${short(i)}`).join(''),
      'a sentence or so under each of many headings',
    ],
    [
      // A short story, then a sidebar: headings over a calendar, over links, over one comment.
      'a short article under a sidebar of headings with no prose under most',
      `${P(0)}${P(1)}<h3>Listen to more</h3><h3>Browse the calendar</h3>${Array.from({ length: 30 }, (_, i) => `<p>${i + 1}</p>`).join('')}` +
        `<h3>Buzzworthy</h3><p>Recent comments.</p><h3>Comment one</h3>${short(0)}${Array.from({ length: 3 }, (_, i) => `<h3>Box ${i}</h3>${linkLine(i)}`).join('')}`,
      null,
    ],
    [
      'sections of real text under headings',
      Array.from({ length: 4 }, (_, i) => `<h2>Bagian ${i}</h2>${P(i)}`).join(''),
      null,
    ],
  ])('%s → %s', (_name, html, expected) => {
    expect(lacksProse(blocksIn(html))).toBe(expected);
  });
});

describe('mainRun and the listing rule', () => {
  const related = Array.from({ length: 15 }, (_, i) => linkLine(i)).join('');

  it('leaves out the links after the last prose block, and before the first', () => {
    const blocks = blocksIn(
      `${[90, 91, 92].map(linkLine).join('')}${[0, 1, 2].map(P).join('')}<h3>Berita lainnya</h3>${related}`,
    );
    expect(mainRun(blocks).map((b) => b.text)).toEqual([0, 1, 2].map(prose));
    expect(looksLikeListing(blocks)).toBe(false);
  });

  it('keeps a single link before the prose (a title), and the blocks after it, when they are no list', () => {
    const blocks = blocksIn(`${linkLine(90)}${[0, 1, 2].map(P).join('')}${linkLine(91)}${linkLine(92)}`);
    expect(mainRun(blocks)).toHaveLength(blocks.length);
  });

  it('keeps every block when the run has too little prose to be an article', () => {
    const blocks = blocksIn(`${short(0)}${related}`);
    expect(mainRun(blocks)).toHaveLength(blocks.length);
    expect(looksLikeListing(blocks)).toBe(true);
  });

  it('links spread among the prose are a listing still', () => {
    const blocks = blocksIn(Array.from({ length: 10 }, (_, i) => `${linkLine(i)}${short(i)}`).join(''));
    expect(looksLikeListing(blocks)).toBe(true);
  });

  it('teasers under linked titles, with the related links of a listing after them', () => {
    const teaser = (i: number) =>
      `<h2><a href="/a${i}">Judul berita nomor ${i} yang panjang</a></h2><p>${prose(i).slice(0, 150)}</p>`;
    const blocks = blocksIn(Array.from({ length: 6 }, (_, i) => teaser(i)).join('') + related);
    expect(looksLikeListing(blocks)).toBe(true);
  });
});
