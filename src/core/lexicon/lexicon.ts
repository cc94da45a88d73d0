// A bilingual lexicon for word lookups: headword (lower-case; a multiword expression has spaces) →
// glosses in the other language, best first, and for many a short definition of the first sense.
// One file per direction (`assets/lexicon/<from>-<to>.json`); for a language with affixes a
// root-word list (`<lang>-roots.json`); for a language with irregular or colloquial forms a forms
// list (`<lang>-forms.json`: went → go, nggak → tidak): a new language pair is data. The files are
// built by `scripts/lexicon/build-lexicon.ts` from open data.
import * as v from 'valibot';
import { languageCodeSchema } from '../language';

export const rootsFileSchema = v.object({
  format: v.literal(1),
  lang: languageCodeSchema(),
  source: v.optional(v.string()),
  roots: v.string(),
});

/** The header every per-language lexicon file shares. */
const languageFileHeader = {
  format: v.literal(1),
  lang: languageCodeSchema(),
  source: v.optional(v.string()),
  licence: v.optional(v.string()),
  about: v.optional(v.string()),
};

/** The parts of speech a forms file may list lemmas of (English: WordNet's). */
export type PartOfSpeech = 'noun' | 'verb' | 'adj';

export const formsFileSchema = v.object({
  ...languageFileHeader,
  forms: v.record(v.string(), v.array(v.string())),
  /** Lemmas by part of speech, one a line: the lemmatiser's rules lead only to a lemma of theirs. */
  partsOfSpeech: v.optional(v.record(v.picklist(['noun', 'verb', 'adj']), v.string())),
});

/**
 * Words of other languages that this language's text uses as they are (online, the), by language,
 * one a line (`<lang>-foreign.json`, loaded after the entries: it is only asked when nothing else
 * matched).
 */
export const foreignFileSchema = v.object({
  ...languageFileHeader,
  foreign: v.record(languageCodeSchema(), v.string()),
});

/** A short definition of a headword's first sense: its part of speech (n., v., adj., adv.) and text. */
export interface Definition {
  pos: string;
  text: string;
}

export interface Lexicon {
  from: string;
  to: string;
  glosses(form: string): readonly string[] | undefined;
  definition(form: string): Definition | undefined;
  /** Adds the definitions file (`<from>-<to>-definitions.json`), which loads after the entries. */
  addDefinitions(file: unknown): void;
  /** The standard words or lemmas a form stands for (went → go; nggak → tidak), if the forms list has it. */
  formsOf(form: string): readonly string[] | undefined;
  /**
   * Whether the forms list has `word` as a lemma of that part of speech; undefined when the list
   * says nothing of parts of speech.
   */
  hasPartOfSpeech(word: string, pos: PartOfSpeech): boolean | undefined;
  /** The language of a word that text in this language borrows as it is (online → en), if the forms list has it. */
  foreignLanguageOf(word: string): string | undefined;
  /** The languages `foreignLanguageOf` knows words of. */
  readonly foreignLanguages: readonly string[];
  /** Adds the borrowed-word list (`<from>-foreign.json`), which loads after the entries. */
  addForeign(file: unknown): void;
  isRoot(word: string): boolean;
  /** The most words in any multiword headword. */
  maxWords: number;
  size: number;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The header of a lexicon file; its entries are checked one by one as they are read. */
const lexiconHeaderSchema = v.object({ format: v.literal(1), from: v.string(), to: v.string() });

/** A lexicon's definitions, a file of their own (`<from>-<to>-definitions.json`) loaded after the entries. */
export const definitionsFileSchema = v.object({
  format: v.literal(1),
  from: v.string(),
  to: v.string(),
  definitions: v.custom<Record<string, unknown>>(isRecord, 'definitions must be an object'),
});

/**
 * Builds the lookup tables. The files ship with the extension and are large (40,000 entries): the
 * header is checked with valibot, and each entry when it is read (an entry that is not a list of
 * strings is no entry), rather than a schema pass or a copy of every entry before the first lookup
 * (that cost 200 ms of a cold start). The borrowed-word list is split on first use.
 */
export function createLexicon(file: unknown, rootsFile?: unknown, formsFile?: unknown): Lexicon {
  const header = v.parse(lexiconHeaderSchema, file);
  const raw = (file as { entries?: unknown }).entries;
  if (!isRecord(raw)) throw new Error('lexicon: entries must be an object');
  let definitions: Record<string, unknown> = {};
  const inline = (file as { definitions?: unknown }).definitions;
  if (isRecord(inline)) definitions = inline;
  const formsData = formsFile === undefined ? null : v.parse(formsFileSchema, formsFile);
  const forms = formsData?.forms ?? null;
  const posLists = formsData?.partsOfSpeech;
  // Split on first use: an Indonesian page never asks.
  const posSets = new Map<PartOfSpeech, Set<string>>();
  const hasPartOfSpeech = (word: string, pos: PartOfSpeech): boolean | undefined => {
    const list = posLists?.[pos];
    if (list === undefined) return undefined;
    let set = posSets.get(pos);
    if (!set) {
      set = new Set(list.split('\n'));
      posSets.set(pos, set);
    }
    return set.has(word);
  };
  let foreignLists: Record<string, string> = {};
  let foreign: Map<string, string> | null = null;
  const foreignMap = () => {
    if (!foreign) {
      foreign = new Map();
      for (const [lang, words] of Object.entries(foreignLists)) {
        for (const w of words.split('\n')) if (w && !foreign.has(w)) foreign.set(w, lang);
      }
    }
    return foreign;
  };
  // Keys with ’ are also reachable with ' (the lookup writes it’s as it's).
  const apostrophes = new Map<string, string>();
  let maxWords = 1;
  let size = 0;
  for (const key in raw) {
    size++;
    let words = 1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c === 32) words++;
      else if (c === 0x2019) apostrophes.set(key.replaceAll('’', "'"), key);
    }
    if (words > maxWords) maxWords = words;
  }
  const glossCache = new Map<string, readonly string[] | null>();
  const glosses = (form: string): readonly string[] | undefined => {
    const key = Object.hasOwn(raw, form) ? form : apostrophes.get(form);
    if (key === undefined) return undefined;
    let list = glossCache.get(key);
    if (list === undefined) {
      const value = raw[key];
      const clean = Array.isArray(value)
        ? value.filter((g): g is string => typeof g === 'string' && g.length > 0)
        : [];
      list = clean.length ? clean : null;
      glossCache.set(key, list);
    }
    return list ?? undefined;
  };
  let roots: Set<string> | null = null;
  if (rootsFile !== undefined) {
    const r = v.parse(rootsFileSchema, rootsFile);
    roots = new Set(r.roots.split('\n'));
  }
  return {
    from: header.from,
    to: header.to,
    glosses,
    definition: (form) => {
      const text = Object.hasOwn(definitions, form) ? definitions[form] : undefined;
      if (typeof text !== 'string' || !glosses(form)) return undefined;
      const bar = text.indexOf('|');
      return bar > 0 && bar < text.length - 1
        ? { pos: text.slice(0, bar), text: text.slice(bar + 1) }
        : undefined;
    },
    addDefinitions: (definitionsFile) => {
      const d = v.parse(definitionsFileSchema, definitionsFile);
      if (d.from !== header.from || d.to !== header.to)
        throw new Error(`lexicon: definitions of ${d.from}-${d.to} given to ${header.from}-${header.to}`);
      definitions = d.definitions;
    },
    formsOf: (form) => (forms && Object.hasOwn(forms, form) ? forms[form] : undefined),
    hasPartOfSpeech,
    foreignLanguageOf: (word) => foreignMap().get(word),
    get foreignLanguages() {
      return Object.keys(foreignLists);
    },
    addForeign: (foreignFile) => {
      const f = v.parse(foreignFileSchema, foreignFile);
      if (f.lang !== header.from)
        throw new Error(`lexicon: ${f.lang} words borrowed given to ${header.from}`);
      foreignLists = f.foreign;
      foreign = null;
    },
    isRoot: (word) => (roots ? roots.has(word) : glosses(word) !== undefined),
    maxWords: Math.min(maxWords, 5),
    size,
  };
}
