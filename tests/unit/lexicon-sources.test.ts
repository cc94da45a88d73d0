// The lexicon build's new sources and the lookups they feed: loanwords respelt by the term-forming
// rules, Wordnet Bahasa's ids moved to the package's offsets, English filled from Indonesian
// glosses, colloquial forms, borrowed words and definitions (files loaded after the entries).
import { describe, expect, it } from 'vitest';
import { englishWords, respell } from '../../scripts/lexicon/loanwords';
import {
  finishEnIdGlosses,
  mergeEnId,
  reverseEntries,
  type Wordnet,
} from '../../scripts/lexicon/merge-wordnet';
import type { Synset } from '../../scripts/lexicon/wordnet';
import { alignIds } from '../../scripts/lexicon/wordnet';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { lookupWord } from '../../src/core/lexicon/lookup';

const english = englishWords([
  'certification',
  'inclusive',
  'proportional',
  'mediation',
  'mediacy',
  'competence',
  'project',
  'commission',
  'stability',
]);

describe('loanwords', () => {
  it.each([
    ['sertifikasi', 'certification'],
    ['inklusif', 'inclusive'],
    ['proporsional', 'proportional'],
    ['mediasi', 'mediation'],
    ['kompetensi', 'competence'],
    ['proyek', 'project'],
    ['komisi', 'commission'],
    ['stabilitas', 'stability'],
  ])('respells %s as %s', (word, gloss) => {
    expect(respell(word, english)[0]?.english).toBe(gloss);
  });

  it('finds nothing for a word no rule leads to an English word, nor for short words', () => {
    expect(respell('rumah', english)).toEqual([]);
    expect(respell('sesi', englishWords(['session']))).toEqual([]);
  });
});

describe('Wordnet Bahasa ids on the package’s offsets', () => {
  it('moves a run of ids shifted by the same amount, keeps ids found as they are', () => {
    const known = new Set(['00000100-v', '00000218-v', '00000318-v', '00000400-v']);
    const map = alignIds(['00000100-v', '00000200-v', '00000300-v', '00000400-v'], known);
    expect(map.get('00000100-v')).toBe('00000100-v');
    expect(map.get('00000200-v')).toBe('00000218-v');
    expect(map.get('00000300-v')).toBe('00000318-v');
    expect(map.get('00000400-v')).toBe('00000400-v');
  });

  it('drops a run whose ids would move by different amounts', () => {
    const known = new Set(['00000100-n', '00000205-n', '00000330-n']);
    const map = alignIds(['00000200-n', '00000300-n'], known);
    expect(map.size).toBe(0);
  });
});

describe('English filled from Indonesian glosses', () => {
  it('gives an English word the Indonesian words that gloss it, earliest gloss first', () => {
    const idEn = new Map([
      ['menerbitkan', ['to publish', 'to issue']],
      ['memuat', ['to contain', 'to publish']],
      ['rumah', ['house']],
    ]);
    const out = reverseEntries(idEn, (w) => w === 'house', 3);
    expect(out.get('publish')).toEqual(['menerbitkan', 'memuat']);
    expect(out.has('house')).toBe(false);
  });
});

const synsetOf = (id: string, words: string[], counts: number[]): Synset => ({
  id,
  pos: 'v',
  words,
  counts,
  definition: `the sense ${id}`,
});

describe('English → Indonesian order', () => {
  const synset = synsetOf;
  const senses = [synset('1-v', ['receive', 'have'], [122, 0]), synset('2-v', ['receive', 'get'], [27, 0])];
  const policy = { ...synset('3-n', ['policy'], [20]), pos: 'n' as const };
  const wn: Wordnet = {
    synsets: new Map([...senses, policy].map((s) => [s.id, s])),
    index: new Map([
      ['receive|v', ['1-v', '2-v']],
      ['policy|n', ['3-n']],
    ]),
    omw: {
      synsetsOf: new Map(),
      // Wordnet Bahasa's order, rare words first.
      lemmasOf: new Map([
        ['1-v', ['ada', 'memapak', 'menerima']],
        ['2-v', ['memapak', 'mendapat']],
        ['3-n', ['amalan', 'polisi', 'kebijakan']],
      ]),
      definitions: new Map(),
    },
  };
  const idGlosses = new Map([
    ['ada', ['there is', 'exist']],
    ['menerima', ['to accept', 'to receive']],
    ['mendapat', ['to get', 'to receive']],
    ['polisi', ['police', 'police officer', 'policy']],
    ['kebijakan', ['policy', 'wisdom']],
  ]);
  const counts = new Map([
    ['ada', 3000],
    ['menerima', 150],
    ['mendapat', 90],
    ['polisi', 900],
    ['kebijakan', 120],
  ]);
  const merged = mergeEnId(
    new Map([['receive', ['ada', 'memapak']]]),
    new Map(),
    wn,
    4,
    (w) => counts.get(w) ?? 0,
    (w) => idGlosses.get(w),
  );

  it('puts the words that translate back first, the most used of them first', () => {
    // ada is FreeDict's first and the most frequent word, but "there is" is no receive.
    expect(merged.get('receive')?.glosses.slice(0, 2)).toEqual(['menerima', 'mendapat']);
    expect(merged.get('receive')?.glosses).toContain('ada');
  });

  it('counts a word’s frequency for its first meaning: polisi is frequent as police, not as policy', () => {
    expect(merged.get('policy')?.glosses[0]).toBe('kebijakan');
  });
});

describe('en → id: words Indonesian news does not use, abbreviations, English glosses', () => {
  const company = { ...synsetOf('4-n', ['company'], [50]), pos: 'n' as const };
  const wn: Wordnet = {
    synsets: new Map([[company.id, company]]),
    index: new Map([['company|n', ['4-n']]]),
    omw: {
      synsetsOf: new Map(),
      lemmasOf: new Map([['4-n', ['firma', 'syarikat', 'perusahaan']]]),
      definitions: new Map(),
    },
  };
  const idGlosses = new Map([
    ['firma', ['firm', 'company']],
    ['syarikat', ['company']],
    ['perusahaan', ['company', 'enterprise']],
  ]);
  it('puts a word the news uses before Malay or rare words that also translate back, and keeps them', () => {
    const merged = mergeEnId(
      new Map([['company', ['firma']]]),
      new Map(),
      wn,
      5,
      (w) => (w === 'perusahaan' ? 3 : 0),
      (w) => idGlosses.get(w),
    );
    expect(merged.get('company')?.glosses[0]).toBe('perusahaan');
    expect(merged.get('company')?.glosses).toEqual(expect.arrayContaining(['firma', 'syarikat']));
  });
  it('takes an Indonesian word whose first gloss is the English word as a translation, not an abbreviation', () => {
    const merged = mergeEnId(
      new Map([
        ['code', ['kanun']],
        ['april', ['april']],
      ]),
      new Map(),
      { ...wn, index: new Map() },
      5,
      (w) => (w === 'kode' ? 40 : w === 'apr' ? 9 : 0),
      (w) => ({ kode: ['code'], kanun: ['law'], apr: ['april'] })[w],
      (w) => ({ code: ['kode'], april: ['apr'] })[w] ?? [],
    );
    expect(merged.get('code')?.glosses).toEqual(['kode', 'kanun']);
    expect(merged.get('april')?.glosses).toEqual(['april']);
  });
  it('drops abbreviations, puts the English word or its lemma last unless it is an Indonesian root', () => {
    const roots = new Set(['status']);
    const isRoot = (w: string) => roots.has(w);
    expect(finishEnIdGlosses('with', ['dengan', 'dgn'], [], isRoot)).toEqual(['dengan']);
    expect(finishEnIdGlosses('went', ['pergi', 'go', 'berangkat'], ['go'], isRoot)).toEqual([
      'pergi',
      'berangkat',
      'go',
    ]);
    expect(finishEnIdGlosses('status', ['status', 'keadaan'], [], isRoot)).toEqual(['status', 'keadaan']);
    expect(finishEnIdGlosses('the street', ['the street'], [], isRoot)).toEqual([]);
    expect(finishEnIdGlosses('online', ['online'], [], isRoot)).toEqual(['online']);
  });
});

describe('lookups on the new data', () => {
  const lex = createLexicon(
    { format: 1, from: 'id', to: 'en', entries: { tidak: ['not', 'no'], rumah: ['house'] } },
    undefined,
    { format: 1, lang: 'id', forms: { nggak: ['tidak'] } },
  );
  const q = (word: string) => lookupWord({ word, before: [], after: [] }, lex);

  it('reads a colloquial form as its standard word', () => {
    expect(q('nggak')?.match).toEqual({ kind: 'variant', form: 'tidak' });
    expect(q('nggak')?.glosses).toEqual(['not', 'no']);
  });

  it('says a borrowed word is English once the list has loaded, and finds its lemma', () => {
    expect(q('gaming')).toBeNull();
    lex.addForeign({ format: 1, lang: 'id', foreign: { en: 'online\ngame' } });
    expect(q('online')).toMatchObject({ match: { kind: 'foreign', form: 'online' }, foreign: 'en' });
    expect(q('gaming')?.match.form).toBe('game');
    // An Indonesian entry always wins.
    expect(q('rumah')?.match.kind).toBe('surface');
  });

  it('adds definitions after the entries, and refuses another pair’s', () => {
    expect(q('rumah')?.definition).toBeNull();
    lex.addDefinitions({ format: 1, from: 'id', to: 'en', definitions: { rumah: 'n.|a dwelling' } });
    expect(q('rumah')?.definition).toEqual({ pos: 'n.', text: 'a dwelling' });
    expect(() => lex.addDefinitions({ format: 1, from: 'en', to: 'id', definitions: {} })).toThrow(/en-id/);
  });

  it('reads English contractions with either apostrophe', () => {
    const en = createLexicon({ format: 1, from: 'en', to: 'id', entries: { "don't": ['tidak', 'jangan'] } });
    expect(lookupWord({ word: 'don’t', before: [], after: [] }, en)?.glosses).toEqual(['tidak', 'jangan']);
  });
});
