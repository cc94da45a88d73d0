import { describe, expect, it } from 'vitest';
import { englishLemmas } from '../../src/core/lexicon/english';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { isLookupWord, lookupWord } from '../../src/core/lexicon/lookup';
import { wordAround } from '../../src/core/word-around';

const idEn = createLexicon(
  {
    format: 1,
    from: 'id',
    to: 'en',
    entries: {
      gambar: ['picture', 'drawing'],
      menggambarkan: ['to describe', 'to depict'],
      pasukan: ['troops'],
      masuk: ['to enter'],
      'gencatan senjata': ['ceasefire'],
      'campur tangan': ['intervention'],
      kerah: ['collar'],
      sebuah: ['a', 'one'],
    },
  },
  { format: 1, lang: 'id', roots: 'gambar\nmasuk\nkerah\nsenjata\ncampur\ntangan' },
);
const enId = createLexicon({
  format: 1,
  from: 'en',
  to: 'id',
  entries: {
    unrest: ['kerusuhan'],
    troop: ['pasukan'],
    carry: ['membawa'],
    run: ['lari'],
    'interest rate': ['suku bunga'],
  },
});

const q = (word: string, before: string[] = [], after: string[] = []) => ({ word, before, after });

describe('word lookup', () => {
  it('follows the order: expression, word, clitics off, stem forms, root; and says which matched', () => {
    expect(lookupWord(q('menggambarkan'), idEn)).toMatchObject({
      match: { kind: 'surface', form: 'menggambarkan' },
      glosses: ['to describe', 'to depict'],
      root: 'gambar',
      rootGlosses: ['picture', 'drawing'],
      affixes: 'meN-…-kan',
    });
    expect(lookupWord(q('digambarkan'), idEn)).toMatchObject({
      match: { kind: 'root', form: 'gambar' },
      root: 'gambar',
    });
    expect(lookupWord(q('pasukannya'), idEn)).toMatchObject({ match: { kind: 'clitic', form: 'pasukan' } });
    expect(lookupWord(q('memasukkannya'), idEn)).toMatchObject({ match: { kind: 'root', form: 'masuk' } });
    expect(lookupWord(q('Gencatan', [], ['senjata', 'diumumkan']), idEn), 'first word').toMatchObject({
      text: 'Gencatan senjata',
      wordsBefore: 0,
      wordsAfter: 1,
      match: { kind: 'multiword', form: 'gencatan senjata' },
      glosses: ['ceasefire'],
    });
    expect(lookupWord(q('tangannya', ['melarang', 'campur']), idEn), 'with a clitic').toMatchObject({
      text: 'campur tangannya',
      match: { kind: 'multiword', form: 'campur tangan' },
    });
    expect(lookupWord(q('Xyzzy'), idEn)).toBeNull();
  });

  it('finds English lemmas from the lexicon\u2019s own headwords', () => {
    expect(lookupWord(q('troops'), enId)).toMatchObject({
      match: { kind: 'lemma', form: 'troop' },
      glosses: ['pasukan'],
      root: 'troop',
    });
    expect(lookupWord(q('Unrest'), enId)).toMatchObject({ match: { kind: 'surface' }, root: null });
    expect(lookupWord(q('carried'), enId)?.match.form).toBe('carry');
    expect(lookupWord(q('running'), enId)?.match.form).toBe('run');
    expect(lookupWord(q('interest', [], ['rate']), enId)?.text).toBe('interest rate');
    expect(englishLemmas('went', (f) => (f === 'went' ? ['go'] : undefined))).toContain('go');
    expect(englishLemmas('went')).not.toContain('go');
  });

  it('takes an English rule only to a lemma of its part of speech, and gives an irregular form both readings', () => {
    const lex = createLexicon(
      {
        format: 1,
        from: 'en',
        to: 'id',
        entries: {
          need: ['memerlukan'],
          ne: ['neon'],
          news: ['berita'],
          new: ['baru'],
          saw: ['gergaji', 'menggergaji'],
          see: ['melihat'],
          carry: ['membawa'],
          trying: ['melelahkan'],
          try: ['mencoba'],
          evening: ['malam'],
          even: ['bahkan'],
        },
      },
      undefined,
      {
        format: 1,
        lang: 'en',
        forms: { saw: ['see'] },
        partsOfSpeech: {
          noun: 'evening\nne\nneed\nnews\nsaw\ntry',
          verb: 'carry\neven\nneed\nsaw\nsee\ntry',
          adj: 'even\nnew\ntrying',
        },
      },
    );
    // -ed leads to verbs only: need is no -ed form of ne (a noun); news no plural of new (an adjective).
    expect(lookupWord(q('need'), lex)).toMatchObject({ glosses: ['memerlukan'], root: null });
    expect(lookupWord(q('news'), lex)).toMatchObject({ glosses: ['berita'], root: null });
    expect(lookupWord(q('carried'), lex)?.match.form).toBe('carry');
    // saw: a tool, and see's past (the forms list): both first, then the rest of its own.
    expect(lookupWord(q('saw'), lex)).toMatchObject({
      match: { kind: 'surface', form: 'saw' },
      glosses: ['gergaji', 'melihat', 'menggergaji'],
      root: 'see',
    });
    // An -ing form of a verb: the form's own sense, then the verb's (trying is "tiresome" and "to try").
    expect(lookupWord(q('trying'), lex)?.glosses).toEqual(['melelahkan', 'mencoba']);
    // Not of a lemma that is an adjective too (evening: even).
    expect(lookupWord(q('evening'), lex)?.glosses).toEqual(['malam']);
    // Without parts of speech in the forms file, every rule's lemma counts, as before.
    expect(englishLemmas('need')).toContain('ne');
  });

  it('refuses what is not a word, and anything over 40 characters, at once', () => {
    expect(isLookupWord('menggambarkan')).toBe(true);
    expect(isLookupWord('kata-kata')).toBe(true);
    expect(isLookupWord('20.000')).toBe(false);
    expect(isLookupWord('<img src=x onerror=alert(1)>')).toBe(false);
    expect(isLookupWord('a'.repeat(10_000))).toBe(false);
    expect(lookupWord(q('a'.repeat(10_000)), idEn)).toBeNull();
  });
});

describe('the word at an offset', () => {
  const text = 'Seorang pakar militer menggambarkan aliansi itu. Gencatan senjata, kata-kata mini-NATO.';
  it('gives the word with its neighbours in the same clause, hyphenated words whole', () => {
    expect(wordAround(text, 25, 'id')).toEqual({
      word: 'menggambarkan',
      start: 22,
      end: 35,
      before: ['Seorang', 'pakar', 'militer'],
      after: ['aliansi', 'itu'],
    });
    expect(wordAround(text, 50, 'id')).toMatchObject({ word: 'Gencatan', before: [], after: ['senjata'] });
    expect(wordAround(text, 70, 'id')).toMatchObject({ word: 'kata-kata', before: [], after: ['mini-NATO'] });
    expect(wordAround(text, 47, 'id')).toBeNull();
  });

  it('gives no word inside a web address, and the words around one as usual', () => {
    const web = 'Read it at motherjones.com or www.example.org/news/today.html today.';
    expect(wordAround(web, web.indexOf('motherjones') + 2, 'en')).toBeNull();
    expect(wordAround(web, web.indexOf('.com') + 2, 'en')).toBeNull();
    expect(wordAround(web, web.indexOf('news') + 1, 'en')).toBeNull();
    expect(wordAround(web, web.lastIndexOf('today') + 1, 'en')).toMatchObject({ word: 'today' });
    expect(wordAround(web, 1, 'en')).toMatchObject({ word: 'Read' });
  });
});
