// Indonesian and Malay share a root and most of their words; detectors mix them up. The words that
// tell the standard Indonesian of news from standard Malay (Malaysia's) are data of each language
// (`distinctFrom` in src/core/languages/id and ms).
import { languageDescriptor } from './languages/registry';

const wordsOf = (code: string) => new Set(languageDescriptor(code)?.distinctFrom?.words);
const INDONESIAN = wordsOf('id');
const MALAY = wordsOf('ms');

/** Counts words that only one of the two standards uses. Positive: Indonesian. */
export function indonesianOverMalay(text: string): number {
  let score = 0;
  for (const raw of text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .slice(0, 5000)) {
    if (INDONESIAN.has(raw)) score++;
    else if (MALAY.has(raw)) score--;
  }
  return score;
}
