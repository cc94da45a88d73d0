// The contents of a generated language-data file (assets/languages/<code>.json) from its language's
// folder (src/core/languages/<code>: the descriptor's clitics and stopwords-iso list, the hand lists
// of term-words.ts): what scripts/glossary/make-language-data.ts writes, and what the unit tests
// check the committed files against.
import { createRequire } from 'node:module';
import type { LanguageDataFile } from '../../src/core/glossary/language-data';
import { type LanguageDescriptor, nameClitics, type TermWords } from '../../src/core/languages/descriptor';

const require = createRequire(import.meta.url);
const stopwords = require('stopwords-iso') as Record<string, string[]>;

/** The stopwords-iso list (MIT) a language's common words start from; none without `termData`. */
export function stopwordsOf(language: LanguageDescriptor): string[] {
  return language.termData ? (stopwords[language.termData.stopwords] ?? []) : [];
}

/** The hand lists of a language with `termData`: the `termWords` of its folder's term-words.ts. */
export async function termWordsOf(language: LanguageDescriptor): Promise<TermWords> {
  const module = (await import(`../../src/core/languages/${language.code}/term-words.ts`)) as {
    termWords?: TermWords;
  };
  if (!module.termWords)
    throw new Error(`src/core/languages/${language.code}/term-words.ts has no termWords`);
  return module.termWords;
}

/** The language-data file of a language with `termData`, as written (JSON and a newline). */
export async function languageDataText(language: LanguageDescriptor): Promise<string> {
  if (!language.termData) throw new Error(`${language.code} has no termData`);
  const words = await termWordsOf(language);
  const common = new Set([...stopwordsOf(language), ...words.extraCommonWords].map((w) => w.toLowerCase()));
  const out: LanguageDataFile = {
    lang: language.code,
    commonWords: [...common].sort(),
    titles: [...new Set(words.titles)].sort(),
    calendar: [...words.calendar],
    connectors: [...words.connectors],
    clitics: nameClitics(language),
  };
  return `${JSON.stringify(out)}\n`;
}
