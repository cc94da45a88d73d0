// A bilingual lexicon for word lookups: headword (lower-case; a multiword expression has spaces) →
// glosses in the other language, best first. One file per direction (`assets/lexicon/<from>-<to>.json`)
// and, for a language with affixes, a root-word list (`<lang>-roots.json`): a new language pair is
// data. The files are built by `scripts/lexicon/build-lexicon.ts` from open data.
import * as v from 'valibot';
import { languageCodeSchema } from '../language';

export const rootsFileSchema = v.object({
  format: v.literal(1),
  lang: languageCodeSchema(),
  source: v.optional(v.string()),
  roots: v.string(),
});

export interface Lexicon {
  from: string;
  to: string;
  glosses(form: string): readonly string[] | undefined;
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
export function createLexicon(file: unknown, rootsFile?: unknown): Lexicon {
  const lex = v.parse(
    v.looseObject({
      format: v.literal(1),
      from: v.string(),
      to: v.string(),
      entries: v.record(v.string(), v.unknown()),
    }),
    file,
  );
  const entries = new Map<string, readonly string[]>();
  let maxWords = 1;
  for (const [key, value] of Object.entries(lex.entries)) {
    if (!Array.isArray(value)) continue;
    const glosses = value.filter((g): g is string => typeof g === 'string' && g.length > 0);
    if (glosses.length === 0) continue;
    entries.set(key, glosses);
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
    isRoot: (word) => (roots ? roots.has(word) : entries.has(word)),
    maxWords: Math.min(maxWords, 5),
    size: entries.size,
  };
}
