// Writes assets/languages/<code>.json for every registered language with `termData`: the
// per-language data the term engine needs besides the glossary (common words, titles, calendar
// names, name connectors, the clitics that may follow a name). These files are GENERATED: edit the
// language's folder (src/core/languages/<code>/: term-words.ts for the hand lists, index.ts for
// the clitics and the stopwords-iso list), not the JSON, and run
//   npx tsx scripts/glossary/make-language-data.ts
// A new language is a new folder there (and a glossary pack that covers it).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { descriptors } from '../../src/core/languages/registry';
import { languageDataText } from '../lib/language-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

for (const language of descriptors) {
  if (!language.termData) continue;
  const text = await languageDataText(language);
  const { commonWords, titles } = JSON.parse(text) as { commonWords: string[]; titles: string[] };
  const file = join(root, 'assets', language.termData.file);
  writeFileSync(file, text);
  console.log(`${file}: ${commonWords.length} common words, ${titles.length} titles`);
}
