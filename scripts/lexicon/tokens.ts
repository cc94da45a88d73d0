// Word tokens of a text for the coverage score and the lookup benchmark: what a reader could rest
// the pointer on, with names and numbers set apart, and the neighbours the card would send (the
// card's own wordAround: up to four words either side in the same clause).
import { addressSpans } from '../../src/core/lexicon/url';
import { wordAround } from '../../src/core/word-around';

export interface Token {
  word: string;
  before: string[];
  after: string[];
}

/**
 * Word tokens, without names (capitalised inside a sentence, or all capitals) and numbers, nor the
 * pieces of web addresses (motherjones.com: src/core/lexicon/url.ts) unless `addresses` is set (the
 * coverage score's definition before they were set apart).
 */
export function tokens(text: string, { addresses = false } = {}): Token[] {
  const out: Token[] = [];
  for (const sentence of text.split(/(?<=[.!?…:;])\s+|\n+/)) {
    const spans = addresses ? [] : addressSpans(sentence);
    const words = [...new Intl.Segmenter('id', { granularity: 'word' }).segment(sentence)]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment);
    // Hyphenated words come back in pieces: join them from the sentence's own text.
    const joined = sentence.match(/[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu) ?? words;
    const starts: number[] = [];
    let from = 0;
    for (const word of joined) {
      const at = sentence.indexOf(word, from);
      starts.push(at);
      from = at + word.length;
    }
    joined.forEach((word, i) => {
      if (/\p{N}/u.test(word)) return;
      const at = starts[i] ?? 0;
      if (spans.some(([a, b]) => at >= a && at < b)) return;
      // Names: capitalised inside a sentence, a capital inside the word (mini-NATO), all capitals,
      // or a capitalised first word followed by another (Nadia Tarmizi).
      const capital = /^\p{Lu}/u.test(word);
      if (capital && (i > 0 || /^\p{Lu}{2,}/u.test(word) || /^\p{Lu}/u.test(joined[i + 1] ?? ''))) return;
      if (/.\p{Lu}/u.test(word)) return;
      const around = wordAround(sentence, starts[i] ?? 0, 'en');
      out.push({
        word,
        before: around?.before ?? joined.slice(Math.max(0, i - 4), i),
        after: around?.after ?? joined.slice(i + 1, i + 5),
      });
    });
  }
  return out;
}
