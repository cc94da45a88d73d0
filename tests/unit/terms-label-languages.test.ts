// Issue 12, 4: every label knows its languages. A page in a language matches that language's
// labels, the labels every language of the entry shares (NATO, Mali, Vladimir Putin), and names of
// several words in another language (a quoted English name on an Indonesian page); a page in a
// language no pack covers matches only the shared labels.
import { describe, expect, it } from 'vitest';
import { languageSets } from '../../src/core/glossary/language-data';
import { matchTerms } from '../../src/core/glossary/match-terms';
import { entry, harness, languageFile } from './terms-hand-pack';

const h = harness([
  entry('country-ch', { id: { name: 'Swiss' }, en: { name: 'Switzerland' } }),
  entry('country-us', {
    id: { name: 'Amerika Serikat', acronyms: ['AS'] },
    en: { name: 'United States', acronyms: ['US', 'USA'] },
  }),
  entry('org-un', {
    id: { name: 'Perserikatan Bangsa-Bangsa', acronyms: ['PBB'] },
    en: { name: 'United Nations', acronyms: ['UN'] },
  }),
  entry('org-nato', {
    id: { name: 'Pakta Pertahanan Atlantik Utara', acronyms: ['NATO'] },
    en: { name: 'North Atlantic Treaty Organization', acronyms: ['NATO'] },
  }),
  entry('country-ml', { id: { name: 'Mali' }, en: { name: 'Mali' } }),
  entry('person-putin', { id: { name: 'Vladimir Putin' }, en: { name: 'Vladimir Putin' } }),
  entry('org-csto', {
    id: { name: 'Organisasi Perjanjian Keamanan Kolektif', acronyms: ['ODKB', 'CSTO'] },
    en: { name: 'Collective Security Treaty Organization', acronyms: ['CSTO'] },
  }),
]);

describe('labels and the page language', () => {
  it.each([
    ['en', 'The Swiss franc rose in Switzerland.', [['Switzerland', 'country-ch']]],
    ['id', 'Bank sentral Swiss dan Switzerland.', [['Swiss', 'country-ch']]],
    [
      'en',
      'AS said the US and the UN, not PBB.',
      [
        ['US', 'country-us'],
        ['UN', 'org-un'],
      ],
    ],
    [
      'id',
      'AS dan PBB, bukan US atau UN.',
      [
        ['AS', 'country-us'],
        ['PBB', 'org-un'],
      ],
    ],
    // Shared by both languages, so language-neutral.
    [
      'en',
      'NATO, Mali and Vladimir Putin; CSTO.',
      [
        ['NATO', 'org-nato'],
        ['Mali', 'country-ml'],
        ['Vladimir Putin', 'person-putin'],
        ['CSTO', 'org-csto'],
      ],
    ],
    // A name of several words in the other language is still that entity.
    [
      'id',
      'CSTO (Collective Security Treaty Organization) dan United Nations.',
      [
        ['CSTO', 'org-csto'],
        ['Collective Security Treaty Organization', 'org-csto'],
        ['United Nations', 'org-un'],
      ],
    ],
    // A language no pack covers: only what every language shares.
    [
      'pt',
      'AS forças da NATO no Mali; Swiss, Vladimir Putin, PBB e UN.',
      [
        ['NATO', 'org-nato'],
        ['Mali', 'country-ml'],
        ['Vladimir Putin', 'person-putin'],
      ],
    ],
  ])('%s: %s', (pageLang, text, expected) => {
    expect(h.annotate(text, pageLang).filter(([, id]) => id !== null)).toEqual(expected);
  });

  it('matches every label when the scan is given no language', () => {
    const text = 'Swiss, AS, UN';
    expect(matchTerms(h.index, text).map((m) => text.slice(m.start, m.end))).toEqual(['Swiss', 'AS', 'UN']);
  });

  it('knows the page language from the language sets', () => {
    expect(languageSets([languageFile('id'), languageFile('en')], 'pt').lang).toBe('pt');
  });
});
