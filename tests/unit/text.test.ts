import { describe, expect, it } from 'vitest';
import { isRelatedLinkLine } from '../../src/core/related-links';
import { countWords, normalizeSpace, readingMinutes } from '../../src/core/text';

describe('normalizeSpace', () => {
  it('collapses every kind of white space, no-break spaces included', () => {
    expect(normalizeSpace('  Rp\u00a085.000\n\t per  hari \u202f ')).toBe('Rp 85.000 per hari');
  });
});

describe('countWords', () => {
  it.each([
    ['Tentang apa “mini-NATO” Putin?', 4],
    ['Koalisi memiliki kekuatan reaksi cepat 20.000 personel.', 8],
    ['kata-kata, bolak-balik', 2],
    ['', 0],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('readingMinutes', () => {
  it('is at least a minute, and slower for Indonesian', () => {
    expect(readingMinutes(10, 'en')).toBe(1);
    expect(readingMinutes(2000, 'en')).toBe(10);
    expect(readingMinutes(1800, 'id')).toBe(10);
  });
});

describe('isRelatedLinkLine', () => {
  it.each([
    ['READ  Kepanikan di kubu Biden menjelang duel televisi dengan Donald Trump', 63, true],
    ['Baca juga: Banggar DPR sepakati asumsi dasar RAPBN 2026', 44, true],
    ['BACA JUGA', 0, true],
    ['Simak juga: Harga minyak naik', 18, true],
    ['Related: Ceasefire holds in the south', 26, true],
  ])('%j is a related-link line', (text, linkChars, expected) => {
    expect(isRelatedLinkLine(text, linkChars)).toBe(expected);
  });

  it.each([
    ['Read the full report, the minister said, before deciding anything about the budget.', 0],
    ['Baca juga laporan lengkapnya, kata menteri, sebelum memutuskan anggaran.', 0],
    ['Koalisi memiliki kekuatan reaksi cepat 20.000 personel.', 0],
  ])('%j is prose', (text, linkChars) => {
    expect(isRelatedLinkLine(text, linkChars)).toBe(false);
  });
});
