import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/core/guess-language';
import { indonesianOverMalay } from '../../src/core/indonesian-or-malay';
import { chooseLanguage } from '../../src/core/language';
import { normalizeSpace } from '../../src/core/text';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const sample = readFileSync(join(fixtures, 'text', 'article-id.txt'), 'utf8');
const goldText = (slug: string) =>
  (
    JSON.parse(readFileSync(join(fixtures, 'pages', slug, 'expected.json'), 'utf8')) as {
      blocks: { text: string }[];
    }
  ).blocks
    .map((b) => b.text)
    .join(' ');

// Malay news prose (Malaysian standard), written for this test.
const MALAY =
  'Kerajaan negeri berkata projek itu akan bermula selepas mesyuarat minggu hadapan. Menurut jurucakap pejabat menteri, ' +
  'wang peruntukan sebanyak dua juta ringgit telah diluluskan kerana permintaan penduduk semakin meningkat. Polis pula ' +
  'memaklumkan bahawa kawalan lalu lintas akan diperketatkan semasa kerja-kerja pembinaan berlaku di kawasan hospital itu.';

describe('guessLanguage', () => {
  it('takes Indonesian news for Indonesian, not Malay', () => {
    expect(guessLanguage(sample)).toBe('id');
    for (const slug of ['id-news-csto', 'id-divs', 'id-print', 'id-related'])
      expect(guessLanguage(goldText(slug)), slug).toBe('id');
  });

  it('takes the short lead of the sample, which trigrams alone call Malay, for Indonesian', () => {
    expect(guessLanguage(sample.slice(0, 300))).toBe('id');
  });

  it('still recognises Malay', () => {
    expect(indonesianOverMalay(MALAY)).toBeLessThan(0);
    expect(guessLanguage(MALAY)).toBe('ms');
  });

  it('takes English news for English', () => {
    for (const slug of ['en-news', 'en-paywall', 'en-liveblog'])
      expect(guessLanguage(goldText(slug)), slug).toBe('en');
  });

  it('says nothing about text too short to tell', () => {
    expect(guessLanguage('CSTO NATO')).toBeNull();
  });
});

describe('chooseLanguage with the text at hand', () => {
  it('turns a detector\u2019s "ms" into "id" when the text is Indonesian', () => {
    const detected = { isReliable: true, languages: [{ language: 'ms', percentage: 90 }] };
    expect(chooseLanguage({ detected, sample: normalizeSpace(sample) })).toEqual({
      lang: 'id',
      source: 'detected',
    });
    expect(chooseLanguage({ detected, sample: MALAY })).toEqual({ lang: 'ms', source: 'detected' });
  });
});
