// Per-language data for the term engine (assets/languages/<lang>.json, generated from the language
// folders of src/core/languages by scripts/glossary/make-language-data.ts), validated on load.
import * as v from 'valibot';
import { languageCodeSchema } from '../language';

const words = v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(20_000));

export const languageDataSchema = v.object({
  lang: languageCodeSchema(),
  commonWords: words,
  titles: words,
  calendar: words,
  connectors: words,
  clitics: words,
});

export type LanguageDataFile = v.InferOutput<typeof languageDataSchema>;

/** The same data as sets, merged over the languages that meet on a page. */
export interface LanguageSets {
  /** The page's language (whose labels the term scan uses). */
  lang: string;
  common: ReadonlySet<string>;
  /** Words that precede names but are not part of them, and calendar names. */
  notNames: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  clitics: readonly string[];
  /**
   * Whether unknown names are marked: only where the page's language has a language-data file
   * (its calendar, titles and common words). Elsewhere, in German, which capitalises every noun,
   * or a language Lentera has no data for, every capitalised word would be a candidate.
   */
  unknownNames: boolean;
}

export function languageSets(files: readonly LanguageDataFile[], pageLang: string): LanguageSets {
  const common = new Set<string>();
  const notNames = new Set<string>();
  const connectors = new Set<string>();
  for (const f of files) {
    for (const w of f.commonWords) common.add(w);
    for (const w of [...f.titles, ...f.calendar]) notNames.add(w);
    for (const w of f.connectors) connectors.add(w);
  }
  const clitics = files.find((f) => f.lang === pageLang)?.clitics ?? [];
  const unknownNames = files.some((f) => f.lang === pageLang);
  return { lang: pageLang, common, notNames, connectors, clitics, unknownNames };
}
