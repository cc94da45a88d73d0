// Issue 12, 5: noise among unknown-name candidates: possessive weekdays, month abbreviations, "Rp",
// lines in capitals, ranges inside a word, and pages in languages without language data.
import { describe, expect, it } from 'vitest';
import { both, harness } from './terms-hand-pack';

const h = harness([
  both('city-berlin', { name: 'Berlin' }),
  both('city-jakarta', { name: 'Jakarta' }),
  both('org-kpk', { name: 'Komisi Pemberantasan Korupsi', acronyms: ['KPK'] }),
]);
const unknowns = (text: string, lang = 'id') =>
  h
    .annotate(text, lang)
    .filter(([, id]) => id === null)
    .map(([s]) => s);

describe('unknown-name noise', () => {
  it.each([
    ['en', "The vote on Thursday's agenda was delayed."],
    ['en', 'The law passed on Aug. 5, took effect Sept. 12 and lapsed on Dec 3 and Tue, Jan 4.'],
    ['id', 'Rapat pada Agt 2025 dan Okt 2025 ditunda.'],
    ['id', 'Anggaran Rp 5 triliun dan Rp5 miliar disetujui.'],
    ['en', 'The budget of Rp 5 trillion was approved.'],
    ['id', 'PRESIDEN TERPILIH BERTEMU KETUA FMES DI JAKARTA'],
    ['id', 'Judul: WARGA DESA SUKAMAJU MENOLAK TAMBANG BARU.\nIsi berita.'],
    ['en', 'Sales of the iPhone and macOS grew.'],
    ['de', 'Die Regierung in Berlin sagte am Donnerstag, dass der Minister Müller kommt.'],
    ['pt', 'O governo de Lula disse que o Congresso vai votar.'],
  ])('%s: %s has none', (lang, text) => {
    expect(unknowns(text, lang)).toEqual([]);
  });

  it('still finds glossary terms on those lines and pages', () => {
    expect(h.annotate('PRESIDEN TERPILIH BERTEMU KETUA KPK DI JAKARTA')).toEqual([
      ['KPK', 'org-kpk'],
      ['JAKARTA', 'city-jakarta'],
    ]);
    expect(h.annotate('Die Regierung in Berlin sagte.', 'de')).toEqual([['Berlin', 'city-berlin']]);
  });

  it.each([
    ['id', 'Menurut pakar Eurasia David Turtree, aliansi itu lemah.', ['Eurasia David Turtree']],
    ['en', 'The plan of David Turtree’s team failed on Thursday.', ['David Turtree']],
    ['en', 'It was said by David Turtree on Thursday.', ['David Turtree']],
    ['id', 'Lembaga FMES dan KPK setuju.', ['FMES']],
  ])('%s: %s still has its names', (lang, text, expected) => {
    expect(unknowns(text, lang)).toEqual(expected);
  });
});
