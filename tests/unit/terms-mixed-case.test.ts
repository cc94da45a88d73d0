// Issue 12, 2: labels with capitals inside ("NasDem", "KontraS", "GoTo", "KemenPUPR", "McDonald",
// "iPhone") match: the first-word filter hashes the whole word, not the part before its inner capital.
import { describe, expect, it } from 'vitest';
import { both, harness } from './terms-hand-pack';

const h = harness([
  both('org-nasdem', { name: 'Partai NasDem', aliases: ['NasDem'] }),
  both('org-kontras', {
    name: 'Komisi untuk Orang Hilang dan Korban Tindak Kekerasan',
    acronyms: ['KontraS'],
  }),
  both('org-goto', { name: 'GoTo', aliases: ['GoTo Gojek Tokopedia'] }),
  both('org-kemenpupr', { name: 'Kementerian Pekerjaan Umum', acronyms: ['KemenPUPR', 'PUPR'] }),
  both('org-mcdonalds', { name: "McDonald's", aliases: ['McDonald'] }),
  both('product-iphone', { name: 'iPhone' }),
  both('org-kontra', { name: 'Kontra' }),
  both('capital-ru', { name: 'Moskow' }),
  both('country-ru', { name: 'Rusia' }),
]);

describe('mixed-case labels', () => {
  it.each([
    ['Partai NasDem menolak.', [['Partai NasDem', 'org-nasdem']]],
    ['Kata NasDem kemarin.', [['NasDem', 'org-nasdem']]],
    ['Laporan KontraS terbit.', [['KontraS', 'org-kontras']]],
    ['Saham GoTo turun.', [['GoTo', 'org-goto']]],
    ['Saham GoTo Gojek Tokopedia turun.', [['GoTo Gojek Tokopedia', 'org-goto']]],
    [
      'Proyek KemenPUPR dan PUPR.',
      [
        ['KemenPUPR', 'org-kemenpupr'],
        ['PUPR', 'org-kemenpupr'],
      ],
    ],
    ['Gerai McDonald di Jakarta.', [['McDonald', 'org-mcdonalds']]],
    ['Penjualan iPhone naik.', [['iPhone', 'product-iphone']]],
    // An acronym keeps its case; lower case is no mixed-case label.
    ['laporan kontras, Kontras dan Kontra.', [['Kontra', 'org-kontra']]],
    ['Nasdem menolak.', [['Nasdem', 'org-nasdem']]],
    ['penjualan iphone', []],
    // Words glued by a lost space still split.
    [
      'mencakup MoskowDan Rusia',
      [
        ['Moskow', 'capital-ru'],
        ['Rusia', 'country-ru'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(h.terms(text)).toEqual(expected);
  });
});
