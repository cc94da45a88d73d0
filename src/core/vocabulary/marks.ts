// Which words of a page are in the reader's vocabulary: the word as saved, or another form of the
// same root (a saved "menggambarkan" colours "gambar" and "digambarkan" too).
import type { Lexicon } from '../lexicon/lexicon';
import { rootOf } from '../lexicon/lookup';
import type { VocabularyItem } from './item';

export function vocabularyMarks(
  items: readonly VocabularyItem[],
  words: readonly string[],
  lang: string,
  lexicon: Lexicon | null,
): { learning: string[]; known: string[] } {
  const status = new Map<string, VocabularyItem['status']>();
  const roots = new Map<string, VocabularyItem['status']>();
  for (const item of items) {
    status.set(item.text.toLocaleLowerCase(lang), item.status);
    if (item.root) roots.set(item.root.toLocaleLowerCase(lang), item.status);
  }
  // A compound root is written apart (tanda tangan), its derived forms joined (ditandatangani).
  const rootList = [...roots.keys()].map((r) => r.replaceAll(' ', ''));
  const learning: string[] = [];
  const known: string[] = [];
  for (const word of new Set(words)) {
    const lower = word.toLocaleLowerCase(lang);
    let found = status.get(lower) ?? roots.get(lower);
    // Only words that contain a saved root are taken apart: the rest cannot match.
    if (!found && lexicon && rootList.some((r) => lower.includes(r)))
      found = roots.get(rootOf(lower, lexicon));
    if (found === 'known') known.push(word);
    else if (found === 'learning') learning.push(word);
  }
  return { learning, known };
}
