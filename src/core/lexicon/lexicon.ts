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

export const formsFileSchema = v.object({
  format: v.literal(1),
  lang: languageCodeSchema(),
  source: v.optional(v.string()),
  licence: v.optional(v.string()),
  about: v.optional(v.string()),
  forms: v.record(v.string(), v.array(v.string())),
  /** Words of other languages that this language's text uses as they are (online, the), by language, one a line. */
  foreign: v.optional(v.record(languageCodeSchema(), v.string())),
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
  /** The standard words or lemmas a form stands for (went → go; nggak → tidak), if the forms list has it. */
  formsOf(form: string): readonly string[] | undefined;
  /** The language of a word that text in this language borrows as it is (online → en), if the forms list has it. */
  foreignLanguageOf(word: string): string | undefined;
  /** The languages `foreignLanguageOf` knows words of. */
  foreignLanguages: readonly string[];
  isRoot(word: string): boolean;
  /** The most words in any multiword headword. */
  maxWords: number;
  size: number;
}

/**
 * Builds the lookup tables. The files ship with the extension: their header is checked with
 * valibot, and each entry as it is copied (an entry that is not a list of strings is left out),
 * rather than a schema pass over every entry before the copy.
 */
export function createLexicon(file: unknown, rootsFile?: unknown, formsFile?: unknown): Lexicon {
  const lex = v.parse(
    v.looseObject({
      format: v.literal(1),
      from: v.string(),
      to: v.string(),
      entries: v.record(v.string(), v.unknown()),
      definitions: v.optional(v.record(v.string(), v.unknown())),
    }),
    file,
  );
  const definitions = lex.definitions ?? {};
  const formsData = formsFile === undefined ? null : v.parse(formsFileSchema, formsFile);
  const forms = formsData?.forms ?? null;
  const foreign = new Map<string, string>();
  for (const [lang, words] of Object.entries(formsData?.foreign ?? {})) {
    for (const w of words.split('\n')) if (w && !foreign.has(w)) foreign.set(w, lang);
  }
  const entries = new Map<string, readonly string[]>();
  let maxWords = 1;
  for (const [key, value] of Object.entries(lex.entries)) {
    if (!Array.isArray(value)) continue;
    const glosses = value.filter((g): g is string => typeof g === 'string' && g.length > 0);
    if (glosses.length === 0) continue;
    // One apostrophe: the lookup writes ’ as ' too (it’s, don’t).
    entries.set(key.includes('’') ? key.replaceAll('’', "'") : key, glosses);
    let words = 1;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
    if (words > maxWords) maxWords = words;
  }
  let roots: Set<string> | null = null;
  if (rootsFile !== undefined) {
    const r = v.parse(rootsFileSchema, rootsFile);
    roots = new Set(r.roots.split('\n'));
  }
  return {
    from: lex.from,
    to: lex.to,
    glosses: (form) => entries.get(form),
    definition: (form) => {
      const raw = Object.hasOwn(definitions, form) ? definitions[form] : undefined;
      if (typeof raw !== 'string' || !entries.has(form)) return undefined;
      const bar = raw.indexOf('|');
      return bar > 0 && bar < raw.length - 1
        ? { pos: raw.slice(0, bar), text: raw.slice(bar + 1) }
        : undefined;
    },
    formsOf: (form) => (forms && Object.hasOwn(forms, form) ? forms[form] : undefined),
    foreignLanguageOf: (word) => foreign.get(word),
    foreignLanguages: Object.keys(formsData?.foreign ?? {}),
    isRoot: (word) => (roots ? roots.has(word) : entries.has(word)),
    maxWords: Math.min(maxWords, 5),
    size: entries.size,
  };
}
