// Word lookup: what a learner sees when resting on a word. The order is the and a
// learner's: a multiword expression the word is part of (gencatan senjata), the word as written,
// the word without its clitics (pasukannya → pasukan), each form the stemmer passes through
// (menggambarkan → menggambar), and the root (gambar). A colloquial or irregular form stands for its
// standard word (nggak → tidak; went → go: the language's forms list). The reply says which one
// matched, the first sense's definition where the lexicon has one, and whether the root is certain
// enough to show.

import { encliticForms } from '../languages/descriptor';
import { ENGLISH_IN_INDONESIAN } from '../languages/en/senses-id';
import { PARTICLES, POSSESSIVES } from '../languages/id/stem-rules';
import { descriptors } from '../languages/registry';
import { affixPattern, MAX_WORD_LENGTH, type StemStep, stemIndonesian } from '../stem/indonesian';
import { ruleGlosses, type SenseTable, senseRule, type WordFacts } from './context';
import { englishLemmas } from './english';
import type { Definition, Lexicon } from './lexicon';

export type MatchKind =
  | 'multiword'
  | 'surface'
  | 'variant'
  | 'clitic'
  | 'stem'
  | 'root'
  | 'lemma'
  /** A word of another language used as it is (online in Indonesian text): `foreign` says which. */
  | 'foreign';

export interface WordQuery {
  /** The word under the pointer, as written. */
  word: string;
  /** Up to four words before it in the same sentence, in reading order. */
  before: readonly string[];
  /** Up to four words after it in the same sentence, in reading order. */
  after: readonly string[];
}

export interface WordLookup {
  /** What matched on the page: the word, or the expression it is part of. */
  text: string;
  /** How many of `before` and `after` the match takes in (0 for a single word). */
  wordsBefore: number;
  wordsAfter: number;
  match: { kind: MatchKind; form: string };
  glosses: readonly string[];
  /** A short definition of the matched form's first sense, where the lexicon has one. */
  definition: Definition | null;
  /** The root, when the word has affixes (or the English lemma), with its own glosses. */
  root: string | null;
  /**
   * Whether the root is sure enough to show a learner: false when the stemmer could not choose
   * between roots, or the word is an entry of its own that the split may be wrong for. The card
   * then says "root unknown" rather than show a wrong one.
   */
  rootCertain: boolean;
  rootGlosses: readonly string[];
  /** meN-…-kan */
  affixes: string;
  /** The language of a word borrowed as it is (`match.kind` 'foreign'), else null. */
  foreign: string | null;
  steps: readonly StemStep[];
}

/** How one language takes words apart: data-driven where it can be; a language without one still gets surface and multiword lookups. */
interface Morphology {
  /**
   * Whether the root is an inflection's lemma (English: saw is a form of see), whose reading the
   * word's first glosses then include, rather than a derivation's root (Indonesian: pemerintah
   * "government" is not perintah "command").
   */
  inflectional?: boolean;
  /** Forms to try after the surface, most specific first, with what each is. */
  forms(
    word: string,
    lex: Lexicon,
  ): {
    root: string | null;
    certain: boolean;
    steps: StemStep[];
    tries: { form: string; kind: MatchKind }[];
  };
}

const indonesian: Morphology = {
  forms(word, lex) {
    const tries: { form: string; kind: MatchKind }[] = [];
    // A colloquial form (nggak → tidak, gitu → begitu): its standard word.
    for (const form of lex.formsOf(word) ?? []) tries.push({ form, kind: 'variant' });
    // Clitics: a particle, then a possessive (pasukannyalah → pasukannya → pasukan).
    let w = word;
    for (const list of [PARTICLES, POSSESSIVES]) {
      const suffix = list.find((s) => w.endsWith(s) && w.length - s.length >= 3);
      if (suffix) {
        w = w.slice(0, -suffix.length);
        tries.push({ form: w, kind: 'clitic' });
      }
    }
    const stem = stemIndonesian(word, {
      isRoot: lex.isRoot,
      hasGloss: (f) => lex.glosses(f) !== undefined,
      glosses: lex.glosses,
    });
    if (!stem.known || stem.root === word) return { root: null, certain: true, steps: [], tries };
    for (const step of stem.steps) {
      if (step.form !== stem.root) tries.push({ form: step.form, kind: 'stem' });
    }
    tries.push({ form: stem.root, kind: 'root' });
    return { root: stem.root, certain: stem.certain, steps: stem.steps, tries };
  },
};

const english: Morphology = {
  inflectional: true,
  forms(word, lex) {
    const lemmas = englishLemmas(word, lex.formsOf, lex.hasPartOfSpeech).slice(1);
    const tries = lemmas.map((form) => ({ form, kind: 'lemma' as const }));
    const root = lemmas.find((l) => lex.glosses(l) !== undefined) ?? null;
    return { root: root && root !== word ? root : null, certain: true, steps: [], tries };
  },
};

/**
 * The engines, by language. They are code that only the background runs, so they are bound here
 * rather than in the language descriptors (which every bundle carries); their rule tables are in
 * the languages' folders.
 */
const MORPHOLOGY: Readonly<Record<string, Morphology>> = { id: indonesian, en: english };

/** Which gloss comes first in context, by language pair (the tables are the languages' data). */
const SENSES: Readonly<Record<string, SenseTable>> = { 'en-id': ENGLISH_IN_INDONESIAN };

/** The lexicon's morphology as the context rules ask it. */
function wordFacts(lex: Lexicon): WordFacts {
  return {
    hasPartOfSpeech: lex.hasPartOfSpeech,
    formsOf: lex.formsOf,
    lemmasOf: (w) => (isLookupWord(w) ? analyse(w, lex).tries.map((t) => t.form) : []),
  };
}

/** Each language's enclitics, particles first (-lah, …, -nya, -ku, -mu): the last word of an expression may carry one. */
const ENCLITICS = new Map(
  descriptors.map((d) => [d.code, [...encliticForms(d, 'particle'), ...encliticForms(d, 'possessive')]]),
);

const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u;

/** Whether `word` is worth looking up: letters (with inner hyphens/apostrophes), not too long. */
export function isLookupWord(word: string): boolean {
  return word.length > 0 && word.length <= MAX_WORD_LENGTH && WORD.test(word);
}

type Analysis = ReturnType<Morphology['forms']>;
const NO_ANALYSIS: Analysis = { root: null, certain: true, steps: [], tries: [] };
/** Analyses per lexicon, most recent last (a reader meets the same words again and again). */
const memo = new WeakMap<Lexicon, Map<string, Analysis>>();
const MEMO_SIZE = 2000;

function analyse(word: string, lex: Lexicon): Analysis {
  let cache = memo.get(lex);
  if (!cache) {
    cache = new Map();
    memo.set(lex, cache);
  }
  const hit = cache.get(word);
  if (hit) {
    cache.delete(word);
    cache.set(word, hit);
    return hit;
  }
  const analysis = MORPHOLOGY[lex.from]?.forms(word, lex) ?? NO_ANALYSIS;
  cache.set(word, analysis);
  if (cache.size > MEMO_SIZE) cache.delete(cache.keys().next().value as string);
  return analysis;
}

/** The root (or lemma) of a lower-case word where the language's morphology finds one, else the word. */
export function rootOf(word: string, lex: Lexicon): string {
  return isLookupWord(word) ? (analyse(word, lex).root ?? word) : word;
}

export function lookupWord(query: WordQuery, lex: Lexicon): WordLookup | null {
  if (!isLookupWord(query.word)) return null;
  const word = query.word.toLowerCase().replaceAll('’', "'");
  const analysis = analyse(word, lex);
  const rootGlosses = analysis.root ? (lex.glosses(analysis.root) ?? []) : [];
  const base = {
    root: analysis.root,
    rootCertain: analysis.certain,
    rootGlosses,
    affixes: affixPattern(analysis.steps),
    steps: analysis.steps,
    foreign: null,
  };

  const senses = SENSES[`${lex.from}-${lex.to}`];
  const rule = senses && senseRule(senses, word, query.before, query.after, wordFacts(lex));
  const multi =
    !rule?.overMultiword &&
    multiword(
      query,
      word,
      lex,
      analysis.tries.map((t) => t.form),
    );
  if (multi) return { ...multi, definition: lex.definition(multi.match.form) ?? null, ...base };

  const tries: { form: string; kind: MatchKind }[] = [{ form: word, kind: 'surface' }, ...analysis.tries];
  // An irregular form of the forms list (saw: see; found: find; left: leave), or an -ing or -ed
  // form of a verb (trying: try; sending: send), which running text mostly uses as the verb. Not
  // of a lemma that is an adjective too, whose first glosses are likely not the verb's (evening:
  // even; meeting: meet), nor a plural (news, means, goods).
  const root = analysis.root;
  const inflection =
    MORPHOLOGY[lex.from]?.inflectional === true &&
    rootGlosses.length > 0 &&
    root !== null &&
    ((lex.formsOf(word) ?? []).includes(root) ||
      (/(?:ing|ed)$/.test(word) &&
        lex.hasPartOfSpeech(root, 'verb') === true &&
        lex.hasPartOfSpeech(root, 'adj') === false));
  for (const { form, kind } of tries) {
    const own = lex.glosses(form);
    if (own) {
      // A form that is a word of its own and an inflection (saw: a tool, and see's past) gives both
      // readings first: gergaji, melihat, then the rest of its own.
      const read = kind === 'surface' && inflection ? interleave(own, rootGlosses) : own;
      const glosses = ruleGlosses(rule, read, rootGlosses);
      const definition = lex.definition(form) ?? null;
      return {
        text: query.word,
        wordsBefore: 0,
        wordsAfter: 0,
        match: { kind, form },
        glosses,
        definition,
        ...base,
      };
    }
  }
  return foreignWord(query.word, word, lex);
}

/** a[0], b[0], a[1], b[1], then the rest of a: each once. */
function interleave(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  const add = (g: string | undefined) => {
    if (g !== undefined && !out.includes(g)) out.push(g);
  };
  for (let i = 0; i < 2; i++) {
    add(a[i]);
    add(b[i]);
  }
  for (const g of a.slice(2)) add(g);
  return out;
}

/** How a borrowed word's own language finds its lemma (pounds → pound, gaming → game). */
const FOREIGN_LEMMAS: Readonly<Record<string, (word: string) => string[]>> = { en: (w) => englishLemmas(w) };

/**
 * A word no entry explains that the language borrows as it is (online, the, gaming in Indonesian
 * text): said to be a word of that language, glossed by itself where the reader reads that language.
 */
function foreignWord(written: string, word: string, lex: Lexicon): WordLookup | null {
  for (const lang of lex.foreignLanguages) {
    const form = (FOREIGN_LEMMAS[lang]?.(word) ?? [word]).find((f) => lex.foreignLanguageOf(f) === lang);
    if (!form) continue;
    return {
      text: written,
      wordsBefore: 0,
      wordsAfter: 0,
      match: { kind: 'foreign', form },
      glosses: lex.to === lang ? [form] : [],
      definition: null,
      root: null,
      rootCertain: true,
      rootGlosses: [],
      affixes: '',
      steps: [],
      foreign: lang,
    };
  }
  return null;
}

function multiword(
  query: WordQuery,
  word: string,
  lex: Lexicon,
  alternatives: string[],
): Omit<
  WordLookup,
  'root' | 'rootCertain' | 'rootGlosses' | 'affixes' | 'steps' | 'definition' | 'foreign'
> | null {
  if (lex.maxWords < 2) return null;
  const before = query.before.slice(-(lex.maxWords - 1)).map((w) => w.toLowerCase());
  const after = query.after.slice(0, lex.maxWords - 1).map((w) => w.toLowerCase());
  // Longest first; the hovered word at every position in the window.
  for (let size = Math.min(lex.maxWords, before.length + after.length + 1); size >= 2; size--) {
    for (let nb = Math.min(size - 1, before.length); nb >= 0; nb--) {
      const na = size - 1 - nb;
      if (na > after.length) continue;
      const left = before.slice(before.length - nb);
      const right = after.slice(0, na);
      // The hovered word as written (or, last in the expression, its other forms); or the
      // expression's last word without its clitics (campur tangannya).
      const candidates = [word, ...(na === 0 ? alternatives : [])].map((form) => [...left, form, ...right]);
      const last = right[right.length - 1];
      if (last !== undefined) {
        for (const suffix of ENCLITICS.get(lex.from) ?? []) {
          if (last.endsWith(suffix))
            candidates.push([...left, word, ...right.slice(0, -1), last.slice(0, -suffix.length)]);
        }
      }
      for (const words of candidates) {
        const text = words.join(' ');
        const glosses = lex.glosses(text);
        if (!glosses) continue;
        const shown = [
          ...query.before.slice(query.before.length - nb),
          query.word,
          ...query.after.slice(0, na),
        ];
        return {
          text: shown.join(' '),
          wordsBefore: nb,
          wordsAfter: na,
          match: { kind: 'multiword', form: text },
          glosses,
        };
      }
    }
  }
  return null;
}
