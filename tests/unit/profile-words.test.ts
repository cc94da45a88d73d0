// The profiles' word scanner (character codes, for speed) against the definition it replaces: a
// word is /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u, less a trailing full stop or hyphen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capitalisedWordsOf, wordsOf } from '../../src/core/names/profiles';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
function byRegex(text: string) {
  return [...text.matchAll(WORD)].map((m) => {
    let w = m[0];
    while (w.length > 1 && (w.endsWith('.') || w.endsWith('-'))) w = w.slice(0, -1);
    return { text: w, start: m.index, end: m.index + w.length };
  });
}
const article = readFileSync(new URL('../fixtures/text/article-id.txt', import.meta.url), 'utf8');
const tricky = [
  "iPhone dan macOS, x-Men, a.B, 'Budi' dan “Ani”, Jl. Sudirman-, U.S.A. dan Rp5.000.",
  'Éric Ōtani in Zürich; 𝐀𝐁 (math capitals) ×2 — İstanbul, ΑΘΗΝΑ, Москва-Сити.',
  "--Kata ''Pak'' ... Dr.Budi O'Neill ’Santoso.",
];

describe('profile word scanner', () => {
  it.each([article, ...tricky])('finds the words the regular expression finds (%#)', (text) => {
    expect(wordsOf(text)).toEqual(byRegex(text));
  });
  it.each([article, ...tricky])('finds exactly the capitalised ones among them (%#)', (text) => {
    expect(capitalisedWordsOf(text)).toEqual(byRegex(text).filter((w) => /^\p{Lu}/u.test(w.text)));
  });
  it('reports offsets from the given start', () => {
    expect(wordsOf('Budi pergi', 10)).toEqual([
      { text: 'Budi', start: 10, end: 14 },
      { text: 'pergi', start: 15, end: 20 },
    ]);
  });
});
