// Indonesian (src/core/languages/id): its facts, as the code that reads them sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AD_MARKER_LINE, BYLINE_LINE, LABEL_CLASS, NOISE_CLASS } from '../../../src/core/boilerplate';
import { indonesianOverMalay } from '../../../src/core/indonesian-or-malay';
import { encliticForms, nameClitics } from '../../../src/core/languages/descriptor';
import { languageDescriptor } from '../../../src/core/languages/registry';
import { isRelatedLinkLine } from '../../../src/core/related-links';
import { type StemDictionary, stemIndonesian } from '../../../src/core/stem/indonesian';
import { splitSentences } from '../../../src/core/summary/sentences';
import { readingMinutes } from '../../../src/core/text';

const root = join(import.meta.dirname, '..', '..', '..');
const id = languageDescriptor('id');
if (!id) throw new Error('Indonesian is not registered');
const dict = (roots: string[]): StemDictionary => ({
  isRoot: (w) => roots.includes(w),
  hasGloss: (w) => roots.includes(w),
});

describe('Indonesian', () => {
  it.each([
    ['Baca juga: Banggar DPR sepakati asumsi dasar RAPBN 2026', 44, true],
    ['Tonton juga: Banjir rob di pesisir Jakarta', 29, true],
    ['Artikel terkait', 0, true],
    ['Simak: Harga minyak naik', 18, true],
    ['Baca juga laporan lengkapnya, kata menteri, sebelum memutuskan anggaran.', 0, false],
  ])('related-link line %j (link text %i): %s', (text, linkChars, expected) => {
    expect(isRelatedLinkLine(text, linkChars)).toBe(expected);
  });

  it.each([
    ['IKLAN', AD_MARKER_LINE, true],
    ['Scroll untuk melanjutkan', AD_MARKER_LINE, true],
    ['Lanjutkan membaca…', AD_MARKER_LINE, true],
    ['Iklan layanan masyarakat tentang banjir', AD_MARKER_LINE, false],
    ['Oleh: Andi Saputra', BYLINE_LINE, true],
    ['Pewarta: Budi Santoso', BYLINE_LINE, true],
    ['Laporan wartawan Kompas.com', BYLINE_LINE, true],
    ['Olehnya itu warga mengungsi', BYLINE_LINE, false],
    ['box-terkait', NOISE_CLASS, true],
    ['baca-juga', NOISE_CLASS, true],
    ['bacajuga', NOISE_CLASS, true],
    ['komentar_list', NOISE_CLASS, true],
    ['share-sosmed', NOISE_CLASS, true],
    ['keterkaitan', NOISE_CLASS, false],
    ['penulis', LABEL_CLASS, false],
  ])('cleaning: %j against %s is %s', (text, regex, expected) => {
    expect(regex.test(text)).toBe(expected);
  });

  it('reads at 180 words a minute', () => {
    expect(id.readingWordsPerMinute).toBe(180);
    expect(readingMinutes(1800, 'id')).toBe(10);
    expect(readingMinutes(90, 'id')).toBe(1);
  });

  it.each([
    ['bukunya', ['buku'], 'buku', ['-nya']],
    ['bukunyalah', ['buku'], 'buku', ['-lah', '-nya']],
    ['rumahmukah', ['rumah'], 'rumah', ['-kah', '-mu']],
    ['kupukul', ['pukul'], 'pukul', ['ku-']],
    ['kaupukul', ['pukul'], 'pukul', ['kau-']],
    ['kuasa-mu', ['kuasa'], 'kuasa', ['-mu']],
    ['malaikat-malaikat-nya', ['malaikat'], 'malaikat', ['-nya', 'reduplication']],
  ])('the stemmer takes the clitics off %s', (word, roots, root, affixes) => {
    const r = stemIndonesian(word, dict(roots));
    expect(r.root).toBe(root);
    expect(r.steps.map((s) => s.affix)).toEqual(affixes);
  });

  it('has one clitic list: the stemmer takes all of it off, names carry some of it', () => {
    expect(encliticForms(id, 'particle')).toEqual(['lah', 'kah', 'tah', 'pun']);
    expect(encliticForms(id, 'possessive')).toEqual(['nya', 'ku', 'mu']);
    expect(nameClitics(id)).toEqual(['nya', 'lah', 'kah', 'pun']);
    const data = JSON.parse(readFileSync(join(root, 'assets', 'languages', 'id.json'), 'utf8'));
    expect(data.clitics).toEqual(nameClitics(id));
  });

  it.each([
    ['bahwa', 1],
    ['karena uang', 2],
    ['Polisi dan tentara', 2],
  ])('counts %j as Indonesian, not Malay', (text, score) => {
    expect(indonesianOverMalay(text)).toBe(score);
  });

  it('does not end a sentence after its abbreviations', () => {
    const texts = (t: string) => splitSentences(t, 'id').map((s) => s.text);
    expect(texts('Hadir Prof. Budi, Sdr. Andi dkk. Lalu rapat dimulai.')).toEqual([
      'Hadir Prof. Budi, Sdr. Andi dkk. Lalu rapat dimulai.',
    ]);
    expect(texts('Harganya Rp. 5.000 di Jl. Merdeka. Murah sekali.')).toEqual([
      'Harganya Rp. 5.000 di Jl. Merdeka.',
      'Murah sekali.',
    ]);
  });
});
