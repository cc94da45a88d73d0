// The word at an offset of a text, with its neighbours in the same sentence (for multiword
// expressions): Intl.Segmenter's word boundaries, which know about apostrophes and hyphens less
// well than we need, so hyphenated words (kata-kata, mini-NATO) are joined back.

import { inAddress } from './lexicon/url';

export interface WordAround {
  word: string;
  start: number;
  end: number;
  /** Up to `max` words before, in reading order, within the same clause (a comma ends an expression). */
  before: string[];
  after: string[];
}

/** How far either side of the offset is looked at: a word and its neighbours fit easily. */
const WINDOW = 160;
const BREAK = /[.,!?;:…"“”()[\]]/;

export interface Piece {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** One segmenter per language: word lookup asks on every pointer frame. */
const segmenters = new Map<string, Intl.Segmenter>();

export function pieces(text: string, from: number, lang: string): Piece[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const out: Piece[] = [];
  for (const s of segmenter.segment(text)) {
    const prev = out[out.length - 1];
    const start = from + s.index;
    const piece = { text: s.segment, start, end: start + s.segment.length, word: s.isWordLike === true };
    // Join word-hyphen-word and word-apostrophe-word into one word.
    if (prev && piece.word && prev.word === false && /^[-‐’']$/.test(prev.text)) {
      const before = out[out.length - 2];
      if (before?.word && before.end === prev.start) {
        out.splice(out.length - 2, 2, {
          text: before.text + prev.text + piece.text,
          start: before.start,
          end: piece.end,
          word: true,
        });
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

export function wordAround(text: string, offset: number, lang: string, max = 4): WordAround | null {
  if (offset < 0 || offset > text.length) return null;
  // A piece of a web address (motherjones.com, www.example.org/a.html) is no word of any language.
  if (inAddress(text, offset)) return null;
  const from = Math.max(0, offset - WINDOW);
  const to = Math.min(text.length, offset + WINDOW);
  const list = pieces(text.slice(from, to), from, lang);
  const i = list.findIndex((p) => p.word && p.start <= offset && offset < p.end);
  const hit = list[i];
  if (!hit) return null;
  const before: string[] = [];
  for (let j = i - 1; j >= 0 && before.length < max; j--) {
    const p = list[j] as Piece;
    if (p.word) before.unshift(p.text);
    else if (BREAK.test(p.text)) break;
  }
  const after: string[] = [];
  for (let j = i + 1; j < list.length && after.length < max; j++) {
    const p = list[j] as Piece;
    if (p.word) after.push(p.text);
    else if (BREAK.test(p.text)) break;
  }
  return { word: hit.text, start: hit.start, end: hit.end, before, after };
}
