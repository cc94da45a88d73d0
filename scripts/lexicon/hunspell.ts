// The Indonesian root-word list from hunspell-id's id_ID.dic (LibreOffice dictionaries, Ali
// Ahmadi, LGPL-3). Only the stems are used, as a word list: the affix flags and the .aff rules are not.

/**
 * Root words from a hunspell .dic (already decoded: id_ID.dic is ISO-8859-1). The first line is
 * the entry count; each other line is `word` or `word/FLAGS`. Kept: lower-case words, hyphenated
 * ones included (`aba-aba`). Dropped: capitalised entries (names, acronyms), and anything with
 * digits, spaces, dots or other punctuation. Sorted and deduplicated.
 */
export function parseHunspellRoots(dic: string): string[] {
  const lines = dic.replace(/\r/g, '').split('\n');
  if (/^\s*\d+\s*$/.test(lines[0] ?? '')) lines.shift();
  const roots = new Set<string>();
  for (const line of lines) {
    // A flag list follows the first unescaped slash; a tab starts morphological fields.
    const word = (line.split('\t')[0] ?? '').split('/')[0]?.trim() ?? '';
    if (/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word)) roots.add(word);
  }
  return [...roots].sort(compareCodeUnits);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
