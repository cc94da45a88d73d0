// Issue 12, 1: an acronym joined by a hyphen to more acronym ("PDI-P", "JKN-KIS") is a longer,
// different name, not the shorter entry; clitics ("CSTO-nya") and pairs of names ("AS-China") are not.
import { describe, expect, it } from 'vitest';
import { both, harness } from './terms-hand-pack';

const h = harness([
  both('org-pdi', { name: 'Partai Demokrasi Indonesia', acronyms: ['PDI'] }),
  both('org-jkn', { name: 'Jaminan Kesehatan Nasional', acronyms: ['JKN'] }),
  both('tax-pbb', { name: 'Pajak Bumi dan Bangunan', acronyms: ['PBB'] }),
  both('org-ptn', { name: 'Perguruan Tinggi Negeri', acronyms: ['PTN'] }),
  both('org-tpnpb', { name: 'Tentara Pembebasan Nasional Papua Barat', acronyms: ['TPNPB'] }),
  both('org-opm', { name: 'Organisasi Papua Merdeka', acronyms: ['OPM'] }),
  both('org-kis', { name: 'Kartu Indonesia Sehat', acronyms: ['KIS'] }),
  both('org-kemenpan', { name: 'Kementerian PAN', acronyms: ['KemenPAN'] }),
  both('org-csto', { name: 'Collective Security Treaty Organization', acronyms: ['CSTO'] }),
  both('country-us', { name: 'Amerika Serikat', acronyms: ['AS'] }),
  both('country-cn', { name: 'China', aliases: ['Tiongkok'] }),
  both('capital-ru', { name: 'Moskow' }),
  both('org-pdip', { name: 'PDI Perjuangan', acronyms: ['PDI-P', 'PDIP'] }),
]);

describe('hyphenated acronyms', () => {
  it.each([
    ['Kader PDI-P hadir.', [['PDI-P', 'org-pdip']]],
    ['Peserta JKN-KIS bertambah.', [['JKN-KIS', null]]],
    ['Tagihan PBB-P2 naik.', [['PBB-P2', null]]],
    ['Status PTN-BH dibahas.', [['PTN-BH', null]]],
    [
      'Serangan TPNPB-OPM di Intan Jaya.',
      [
        ['TPNPB-OPM', null],
        ['Intan Jaya', null],
      ],
    ],
    ['Kata pejabat KemenPAN-RB itu.', [['KemenPAN-RB', null]]],
  ])('%s', (text, expected) => {
    expect(h.annotate(text)).toEqual(expected);
  });

  it.each([
    ['Kader PDI-P hadir.', [['PDI-P', 'org-pdip']]],
    ['Peserta JKN-KIS bertambah.', []],
    ['Serangan TPNPB-OPM kemarin.', []],
    ['Kata pejabat KemenPAN-RB itu.', []],
  ])('matches no shorter entry in %s', (text, expected) => {
    expect(h.terms(text)).toEqual(expected);
  });

  it.each([
    [
      'Moskownya dan CSTO-nya',
      [
        ['Moskow', 'capital-ru'],
        ['CSTO', 'org-csto'],
      ],
    ],
    [
      'hubungan AS-China memburuk',
      [
        ['AS', 'country-us'],
        ['China', 'country-cn'],
      ],
    ],
    [
      'PDI, JKN dan PBB.',
      [
        ['PDI', 'org-pdi'],
        ['JKN', 'org-jkn'],
        ['PBB', 'tax-pbb'],
      ],
    ],
  ])('still matches %s', (text, expected) => {
    expect(h.terms(text)).toEqual(expected);
  });
});
