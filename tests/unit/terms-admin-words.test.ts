// Issue 12, 3: "Kabupaten / Kecamatan / Kelurahan / Desa / Kota / Provinsi X" is the place X: the
// longest label with the administrative word wins; otherwise the word does not match alone before
// a name, and X is matched, or is an unknown-name candidate.
import { describe, expect, it } from 'vitest';
import { entry, harness } from './terms-hand-pack';

const h = harness([
  entry('concept-kabupaten', { id: { name: 'Kabupaten' }, en: { name: 'Regency' } }),
  entry('concept-desa', { id: { name: 'Desa' }, en: { name: 'Village' } }),
  entry('concept-kota', { id: { name: 'Kota' }, en: { name: 'City' } }),
  entry('concept-provinsi', { id: { name: 'Provinsi' }, en: { name: 'Province' } }),
  entry('concept-kecamatan', { id: { name: 'Kecamatan' }, en: { name: 'District' } }),
  entry('place-minsel', { id: { name: 'Minahasa Selatan' }, en: { name: 'South Minahasa' } }),
  entry('place-kab-bogor', { id: { name: 'Kabupaten Bogor' }, en: { name: 'Bogor Regency' } }),
  entry('city-bogor', { id: { name: 'Bogor' }, en: { name: 'Bogor' } }),
  entry('province-pateng', { id: { name: 'Papua Tengah' }, en: { name: 'Central Papua' } }),
]);

describe('administrative words before a place', () => {
  it.each([
    ['Banjir melanda Kabupaten Minahasa Selatan kemarin.', [['Minahasa Selatan', 'place-minsel']]],
    ['Banjir di Kabupaten Bogor meluas.', [['Kabupaten Bogor', 'place-kab-bogor']]],
    ['Warga Kota Bogor mengungsi.', [['Bogor', 'city-bogor']]],
    ['Wali Kota Bogor hadir.', [['Bogor', 'city-bogor']]],
    ['Gubernur di Provinsi Papua Tengah hadir.', [['Papua Tengah', 'province-pateng']]],
    ['Warga di Desa Sukamaju mengungsi.', [['Sukamaju', null]]],
    ['Camat di Kecamatan Cibinong berkata.', [['Cibinong', null]]],
    // Alone, before no name, the word is still its entry.
    [
      'Kabupaten itu luas, dan Desa yang lain juga.',
      [
        ['Kabupaten', 'concept-kabupaten'],
        ['Desa', 'concept-desa'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(h.annotate(text)).toEqual(expected);
  });
});
