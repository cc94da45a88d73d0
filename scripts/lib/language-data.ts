// The contents of a generated language-data file (assets/languages/<code>.json) from its language's
// descriptor (src/core/languages/<code>/index.ts) and stopwords-iso: what
// scripts/glossary/make-language-data.ts writes, and what the unit tests check the committed files
// against.
import { createRequire } from 'node:module';
import type { LanguageDataFile } from '../../src/core/glossary/language-data';
import { type LanguageDescriptor, nameClitics } from '../../src/core/languages/descriptor';

const require = createRequire(import.meta.url);
const stopwords = require('stopwords-iso') as Record<string, string[]>;

/** The stopwords-iso list (MIT) a language's common words start from; none without `termData`. */
export function stopwordsOf(language: LanguageDescriptor): string[] {
  return language.termData ? (stopwords[language.termData.stopwords] ?? []) : [];
}

/** The common words of a language: its stop words and its own additions, lower-cased, each once. */
export function commonWords(language: LanguageDescriptor): string[] {
  const extra = language.termData?.extraCommonWords ?? [];
  return [...new Set([...stopwordsOf(language), ...extra].map((w) => w.toLowerCase()))];
}

/** The language-data file of a language with `termData`, as written (JSON and a newline). */
export function languageDataText(language: LanguageDescriptor): string {
  const data = language.termData;
  if (!data) throw new Error(`${language.code} has no termData`);
  const out: LanguageDataFile = {
    lang: language.code,
    commonWords: commonWords(language).sort(),
    titles: [...new Set(data.titles)].sort(),
    calendar: [...data.calendar],
    connectors: [...data.connectors],
    clitics: nameClitics(language),
  };
  return `${JSON.stringify(out)}\n`;
}
