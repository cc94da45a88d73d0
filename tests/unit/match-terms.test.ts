import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText, cutPoint } from '../../src/core/glossary/annotate';
import { type LanguageDataFile, languageSets } from '../../src/core/glossary/language-data';
import { matchTerms } from '../../src/core/glossary/match-terms';
import { normalizeLabel } from '../../src/core/glossary/normalize';
import type { GlossaryEntry, GlossaryPack } from '../../src/core/glossary/pack-schema';
import { buildTermIndex } from '../../src/core/glossary/term-index';
import { NAME_LIMITS } from '../../src/core/glossary/unknown-terms';

const root = join(import.meta.dirname, '..', '..');
const lang = (code: string) =>
  JSON.parse(readFileSync(join(root, 'assets', 'languages', `${code}.json`), 'utf8')) as LanguageDataFile;
const sets = languageSets([lang('id'), lang('en')], 'id');

function entry(
  id: string,
  en: Partial<GlossaryEntry['labels'][string]> & { name: string },
  idl: typeof en,
): GlossaryEntry {
  return {
    id,
    kind: 'organisation',
    labels: { en: { aliases: [], acronyms: [], ...en }, id: { aliases: [], acronyms: [], ...idl } },
    gloss: { en: 'x', id: 'x' },
  };
}

const pack: GlossaryPack = {
  format: 'lentera-glossary',
  version: 1,
  id: 'test',
  languages: ['id', 'en'],
  name: { en: 'test' },
  updated: '2026-11-25',
  sources: [],
  entries: [
    entry(
      'org-csto',
      { name: 'Collective Security Treaty Organization', acronyms: ['CSTO'] },
      { name: 'Organisasi Perjanjian Keamanan Kolektif', acronyms: ['ODKB', 'CSTO'] },
    ),
    entry(
      'country-us',
      { name: 'United States', acronyms: ['US', 'USA'] },
      { name: 'Amerika Serikat', acronyms: ['AS'] },
    ),
    entry(
      'org-un',
      { name: 'United Nations', acronyms: ['UN'] },
      { name: 'Perserikatan Bangsa-Bangsa', acronyms: ['PBB'] },
    ),
    entry(
      'region-nk',
      { name: 'Nagorno-Karabakh', aliases: ['Karabakh'] },
      { name: 'Nagorno-Karabakh', aliases: ['Karabakh'] },
    ),
    entry('country-tr', { name: 'Türkiye', aliases: ['Turkey'] }, { name: 'Turki', aliases: ['Turkiye'] }),
    entry('country-ml', { name: 'Mali' }, { name: 'Mali' }),
    entry(
      'person-putin',
      { name: 'Vladimir Putin', aliases: ['Putin'] },
      { name: 'Vladimir Putin', aliases: ['Putin'] },
    ),
    entry('country-ru', { name: 'Russia' }, { name: 'Rusia' }),
    entry('capital-ru', { name: 'Moscow' }, { name: 'Moskow' }),
    entry('id-quick-count', { name: 'quick count' }, { name: 'hitung cepat' }),
    entry('hist-warsaw-pact', { name: 'Warsaw Pact' }, { name: 'Pakta Warsawa' }),
  ],
};
const index = buildTermIndex(pack, ['nya', 'lah']);
const ids = (text: string) => matchTerms(index, text).map((m) => [text.slice(m.start, m.end), m.entryId]);

describe('normalizeLabel', () => {
  it('folds case, diacritics, hyphens, dashes and spaces', () => {
    expect(normalizeLabel('Nagorno–Karabakh')).toBe('nagorno karabakh');
    expect(normalizeLabel('  Türkiye ')).toBe('turkiye');
    expect(normalizeLabel('Côte d’Ivoire')).toBe("cote d'ivoire");
  });
});

describe('matchTerms', () => {
  it('finds one entity whatever language or abbreviation it is written in', () => {
    expect(
      ids(
        'CSTO, atau ODKB, adalah Organisasi Perjanjian Keamanan Kolektif (Collective Security Treaty Organization).',
      ),
    ).toEqual([
      ['CSTO', 'org-csto'],
      ['ODKB', 'org-csto'],
      ['Organisasi Perjanjian Keamanan Kolektif', 'org-csto'],
      ['Collective Security Treaty Organization', 'org-csto'],
    ]);
  });

  it('does not match an acronym inside a longer word, nor in another case', () => {
    expect(ids('KASUS itu dibawa ke PBBX dan ke Pbb, lalu ke PBB.')).toEqual([['PBB', 'org-un']]);
    expect(ids('Dalam kasus ini AS menolak.')).toEqual([['AS', 'country-us']]);
    expect(ids('as it was')).toEqual([]);
  });

  it('does not take US$ for the United States', () => {
    expect(ids('senilai US$ 20 juta dari US')).toEqual([['US', 'country-us']]);
  });

  it('matches hyphen, dash, space and diacritic variants of names', () => {
    for (const form of ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Nagorno–Karabakh', 'NAGORNO-KARABAKH']) {
      expect(ids(`Perang di ${form} berakhir.`), form).toEqual([[form, 'region-nk']]);
    }
    expect(ids('Turkiye dan Türkiye')).toEqual([
      ['Turkiye', 'country-tr'],
      ['Türkiye', 'country-tr'],
    ]);
  });

  it('takes the longest match, and nothing inside a longer word', () => {
    expect(ids('Presiden Rusia Vladimir Putin di Moskow')).toEqual([
      ['Rusia', 'country-ru'],
      ['Vladimir Putin', 'person-putin'],
      ['Moskow', 'capital-ru'],
    ]);
    expect(ids('Rusiana dan Putinisme')).toEqual([]);
  });

  it('splits words glued by a lost space (BelarusiaDan), but not a name inside a word', () => {
    expect(ids('mencakup MoskowDan Rusia')).toEqual([
      ['Moskow', 'capital-ru'],
      ['Rusia', 'country-ru'],
    ]);
    expect(ids('Moskowdan')).toEqual([]);
  });

  it('finds a name before an English possessive', () => {
    expect(ids("Russia’s army and Moscow's plans")).toEqual([
      ['Russia', 'country-ru'],
      ['Moscow', 'capital-ru'],
    ]);
  });

  it('lets an Indonesian clitic follow a name', () => {
    expect(ids('Moskownya dan CSTO-nya')).toEqual([
      ['Moskow', 'capital-ru'],
      ['CSTO', 'org-csto'],
    ]);
  });

  it('does not take a lower-case common word for a capitalised name, but finds lower-case labels', () => {
    expect(ids('mali, katanya. Mali menolak.')).toEqual([['Mali', 'country-ml']]);
    expect(ids('Menurut hitung cepat dan Hitung Cepat')).toEqual([
      ['hitung cepat', 'id-quick-count'],
      ['Hitung Cepat', 'id-quick-count'],
    ]);
  });
});

describe('unknown names', () => {
  const unknown = (text: string) => {
    const out: [string, string | null][] = [];
    annotateText(index, sets, text, true, (s, e, id) => out.push([text.slice(s, e), id]));
    return out;
  };

  it('finds capitalised names inside a sentence and acronyms, after titles', () => {
    expect(unknown('Menurut pakar Eurasia David Turtree, aliansi itu lemah.')).toEqual([
      ['Eurasia David Turtree', null],
    ]);
    expect(unknown('yang sekarang mengepalai institut politik FMES, menggambarkan')).toEqual([
      ['FMES', null],
    ]);
  });

  it('does not take a common word at the start of a sentence for a name', () => {
    expect(
      unknown('Ketika didirikan, aliansi itu kecil. Tetapi sementara itu, Koalisi lain tumbuh.'),
    ).toEqual([]);
    // "Dan" (a capitalised "and", a machine-translation artefact) is no name; "Soviet" may be one.
    expect(unknown('Dan bekas republik Soviet')).toEqual([['Soviet', null]]);
  });

  it('leaves glossary terms inside a capitalised run to the glossary', () => {
    expect(unknown('Ketika didirikan, Presiden Rusia Vladimir Putin berkata.')).toEqual([
      ['Rusia', 'country-ru'],
      ['Vladimir Putin', 'person-putin'],
    ]);
  });
});

describe('unknown names on hostile text', () => {
  const unknown = (text: string) => {
    const out: [number, number, string | null][] = [];
    annotateText(index, sets, text, true, (s, e, id) => out.push([s, e, id]));
    return out;
  };
  const word = (i: number) => `Zq${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26))}`;

  it('skips a run of capitalised words longer than a name, whole: 10,000 in a row', () => {
    const run = Array.from({ length: 10_000 }, (_, i) => word(i)).join(' ');
    const started = performance.now();
    const found = unknown(`Kemarin warga ${run} datang ke kota.`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(found).toEqual([]);
  });

  it('still reports the longest names it allows', () => {
    const name = Array.from({ length: NAME_LIMITS.words }, (_, i) => word(i)).join(' ');
    expect(unknown(`Kemarin warga ${name} datang.`).map(([s, e]) => e - s)).toEqual([name.length]);
    const longer = `${name} Zqzz`;
    expect(unknown(`Kemarin warga ${longer} datang.`)).toEqual([]);
  });

  it('marks no "name" of 500 characters', () => {
    expect(unknown(`Kemarin warga B${'a'.repeat(499)} datang.`)).toEqual([]);
    const spaced = Array.from({ length: 8 }, () => `B${'a'.repeat(60)}`).join(' ');
    expect(unknown(`Kemarin warga ${spaced} datang.`)).toEqual([]);
  });
});

describe('cutPoint', () => {
  it('cuts after a sentence, never inside a word', () => {
    const text = 'Satu dua tiga. Empat lima enam tujuh.';
    expect(text.slice(0, cutPoint(text, 0, 20))).toBe('Satu dua tiga.');
    expect(cutPoint(text, 0, 100)).toBe(text.length);
    // A later slice also ends at a sentence, not at the first space before its limit.
    const long =
      'Satu dua tiga. Organisasi Perjanjian Keamanan Kolektif berkata. Empat lima enam tujuh delapan.';
    const from = long.indexOf('Organisasi');
    expect(long.slice(from, cutPoint(long, from, from + 60))).toBe(
      'Organisasi Perjanjian Keamanan Kolektif berkata.',
    );
  });
});
