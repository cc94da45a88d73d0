// Malay (src/core/languages/ms): only what tells it from Indonesian, and its reading speed.
import { describe, expect, it } from 'vitest';
import { indonesianOverMalay } from '../../../src/core/indonesian-or-malay';
import { chooseLanguage } from '../../../src/core/language';
import { languageDescriptor, sameMacrolanguage } from '../../../src/core/languages/registry';
import { splitSentences } from '../../../src/core/summary/sentences';
import { readingMinutes } from '../../../src/core/text';

const ms = languageDescriptor('ms');
if (!ms) throw new Error('Malay is not registered');

describe('Malay', () => {
  it.each([
    ['bahawa', -1],
    ['kerana wang', -2],
    ['Polis dan tentera', -2],
    ['Kerajaan berkata bahwa', 0],
  ])('scores %j %i (negative: Malay)', (text, score) => {
    expect(indonesianOverMalay(text)).toBe(score);
  });

  it('shares a macrolanguage with Indonesian: a detector cannot turn declared Indonesian into Malay', () => {
    expect(sameMacrolanguage('ms', 'id')).toBe(true);
    expect(sameMacrolanguage('ms', 'en')).toBe(false);
    const detected = { isReliable: true, languages: [{ language: 'ms', percentage: 95 }] };
    expect(chooseLanguage({ htmlLang: 'id', detected })).toEqual({ lang: 'id', source: 'html' });
  });

  it('reads at 180 words a minute', () => {
    expect(readingMinutes(1800, 'ms')).toBe(10);
  });

  it('has no cleaning words, clitics, abbreviations or language data of its own yet', () => {
    expect(Object.values(ms.cleaning).every((list) => list.length === 0)).toBe(true);
    expect(ms.clitics.enclitics).toEqual([]);
    expect(ms.termData).toBeUndefined();
    // Only the language-independent rules: "Dr." ends a sentence.
    expect(splitSentences('Dr. Ahmad hadir.', 'ms').map((s) => s.text)).toEqual(['Dr.', 'Ahmad hadir.']);
  });
});
