// Sentence splitting for Indonesian and English news text (other languages get the
// language-independent rules only). A sentence ends after . ! ? … (or ...), optionally followed by
// closing quotes or brackets, when white space and then an upper-case letter, a digit, an opening
// quote or bracket, or the end of the text follow; a newline always ends one. Not after an
// abbreviation (Dr., No. 5), an initial (B. J. Habibie), or inside a quotation. Bounded for hostile
// input: at most `maxChars` characters are read, a sentence longer than `maxSentence` is cut at
// white space, and the whole runs in one linear pass (plus a linear pass pairing the quotes).

import { descriptors } from '../languages/registry';

export interface Sentence {
  text: string;
  /** Offsets into the input: `input.slice(start, end) === text`, with no white space at either end. */
  start: number;
  end: number;
}

export interface SplitOptions {
  /** Longest sentence returned; a longer run is cut at white space (default 600). */
  maxSentence?: number;
  /** Characters of the input read at most (default 200,000). */
  maxChars?: number;
  /**
   * A quotation with more sentence ends inside it than this is split at them like the text around
   * it (default: any number; a summary bounds its quotations so).
   */
  maxQuoteSentences?: number;
}

export const DEFAULT_MAX_SENTENCE = 600;
export const DEFAULT_MAX_CHARS = 200_000;
/** A quotation that does not close within this many characters is not one. */
const MAX_QUOTE = 1000;

// Abbreviations (each language's `abbreviations`, src/core/languages/<code>), without their final
// dot. Titles and the like are matched as written or in capitals ("Dr", "DR"; "dr" is listed
// separately where it is used so). Abbreviations made of single letters and dots (a.n., u.p., S.H.,
// e.g., i.e., U.S., a.m.) are recognised without a list, and a single capital (an initial) never
// ends a sentence; nor does "et al." in any language.
//
// List-ending abbreviations (dll., dsb., dst., tsb., etc.) are deliberately NOT listed: followed by
// a lower-case word they do not split anyway, and followed by a capital a new sentence begins
// ("… pasar, toko, dll. Harganya naik.").
interface Abbreviations {
  titles: ReadonlySet<string>;
  anyCase: ReadonlySet<string>;
}

const withCapitals = (titles: readonly string[]) =>
  new Set([...titles, ...titles.map((t) => t.toUpperCase())]);

const ABBREVIATIONS = new Map<string, Abbreviations>(
  descriptors.flatMap(({ code, abbreviations: a }) =>
    a ? [[code, { titles: withCapitals(a.titles), anyCase: new Set(a.anyCase) }] as const] : [],
  ),
);
const NO_ABBREVIATIONS: Abbreviations = { titles: new Set(), anyCase: new Set() };

/** Exactly the characters of JavaScript's `\s` (what `String.prototype.trim` removes). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isNewline = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** . ! ? … */
const isTerminator = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026;

/** " ' ) ] ” ’ » */
const isCloser = (code: number) =>
  code === 34 ||
  code === 39 ||
  code === 41 ||
  code === 93 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 0xbb;

/** " ' ( [ “ ‘ « „ */
const isOpener = (code: number) =>
  code === 34 ||
  code === 39 ||
  code === 40 ||
  code === 91 ||
  code === 0x201c ||
  code === 0x2018 ||
  code === 0xab ||
  code === 0x201e;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Upper-case or title-case letters, letters of scripts without case, digits of any script. */
const STARTER = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]$/u;
const LETTER = /^\p{L}$/u;
/** Single letters with dots: a.n., u.p., S.H., e.g., U.S., a.m. (the final dot excluded). */
const DOTTED_LETTERS = /^\p{L}(?:\.\p{L})+$/u;
const INITIAL = /^\p{Lu}$/u;

function codePointString(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Can a sentence start with the character at `at`? */
function startsSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (isDigit(code) || isOpener(code)) return true;
  if (code < 128) return code >= 65 && code <= 90;
  return STARTER.test(codePointString(text, at));
}

function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // A low surrogate: test the whole code point.
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return LETTER.test(codePointString(text, at - 1));
  return LETTER.test(codePointString(text, at));
}

/** Longest abbreviation looked at, before its final dot. */
const MAX_ABBREVIATION = 12;

/**
 * Does the dot at `dot` end an abbreviation or an initial rather than a sentence? `next` is the
 * first character after the white space that follows it.
 */
function isAbbreviation(text: string, dot: number, next: number, abbreviations: Abbreviations): boolean {
  // The word before the dot: letters and inner dots ("S.Pd", "a.n"), bounded.
  let from = dot;
  while (from > 0 && dot - from <= MAX_ABBREVIATION) {
    const code = text.charCodeAt(from - 1);
    if (code === 46 || isLetterAt(text, from - 1)) from--;
    else break;
  }
  if (dot - from > MAX_ABBREVIATION) return false;
  while (from < dot && text.charCodeAt(from) === 46) from++;
  const word = text.slice(from, dot);
  if (word === '') return false;
  if (INITIAL.test(word)) return true;
  if (word === 'al' && text.slice(Math.max(0, from - 3), from).toLowerCase() === 'et ') return true;
  if (word.toLowerCase() === 'no') return isDigit(text.charCodeAt(next));
  if (DOTTED_LETTERS.test(word)) return true;
  return abbreviations.titles.has(word) || abbreviations.anyCase.has(word.toLowerCase());
}

/** The next index at or after `from` whose character passes `test`, for queries that only move forward. */
class NextIndex {
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly n: number,
    private readonly test: (code: number) => boolean,
  ) {}
  at(from: number): number {
    if (this.found >= from) return this.found;
    let i = Math.max(from, this.found + 1);
    while (i < this.n && !this.test(this.text.charCodeAt(i))) i++;
    this.found = i;
    return i;
  }
}

/**
 * Marks the characters inside quotations: from after “ to its ” included, or between a pair of
 * straight double quotes (paired in order). A quotation that does not close within MAX_QUOTE
 * characters, before a newline, or (for “) before another “, is not one.
 */
function quotedMask(text: string, n: number, maxQuoteSentences: number): Uint8Array {
  const quoted = new Uint8Array(n + 1);
  const newline = new NextIndex(text, n, isNewline);
  const curlyOpen = new NextIndex(text, n, (c) => c === 0x201c);
  const curlyClose = new NextIndex(text, n, (c) => c === 0x201d);
  const guillemetOpen = new NextIndex(text, n, (c) => c === 0xab);
  const guillemetClose = new NextIndex(text, n, (c) => c === 0xbb);
  const straight = new NextIndex(text, n, (c) => c === 34);
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let close = -1;
    if (code === 0x201c) {
      close = curlyClose.at(i + 1);
      if (curlyOpen.at(i + 1) < close) close = -1;
    } else if (code === 0xab) {
      close = guillemetClose.at(i + 1);
      if (guillemetOpen.at(i + 1) < close) close = -1;
    } else if (code === 34) {
      close = straight.at(i + 1);
    }
    if (close >= n || close - i > MAX_QUOTE || newline.at(i + 1) < close) close = -1;
    if (close > i) {
      // A long quotation of many sentences is read as them; its marks are still a pair.
      if (innerEnds(text, i + 1, close, maxQuoteSentences) <= maxQuoteSentences)
        quoted.fill(1, i + 1, close + 1);
      i = close + 1;
    } else i++;
  }
  return quoted;
}

/** Sentence ends inside text[from, to) (a terminator, white space, a sentence start), up to `max` + 1. */
function innerEnds(text: string, from: number, to: number, max: number): number {
  if (max === Number.POSITIVE_INFINITY) return 0;
  let ends = 0;
  for (let k = from; k < to - 1 && ends <= max; k++) {
    if (!isTerminator(text.charCodeAt(k)) || !isSpace(text.charCodeAt(k + 1))) continue;
    let next = k + 1;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next < to && startsSentence(text, next)) ends++;
  }
  return ends;
}

function limit(value: number | undefined, fallback: number, min: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(min, Math.floor(value));
}

/** The sentences of `text`, in order, with their offsets into it. */
export function splitSentences(text: string, lang: string, options: SplitOptions = {}): Sentence[] {
  const maxSentence = limit(options.maxSentence, DEFAULT_MAX_SENTENCE, 1);
  let n = Math.min(text.length, limit(options.maxChars, DEFAULT_MAX_CHARS, 0));
  // Do not cut a surrogate pair in two.
  if (n > 0 && n < text.length) {
    const last = text.charCodeAt(n - 1);
    if (last >= 0xd800 && last <= 0xdbff) n--;
  }
  const base = lang.toLowerCase().split(/[-_]/)[0];
  // "in" is the old code for Indonesian.
  const abbreviations = ABBREVIATIONS.get(base === 'in' ? 'id' : (base ?? '')) ?? NO_ABBREVIATIONS;
  const maxQuoteSentences =
    options.maxQuoteSentences === undefined
      ? Number.POSITIVE_INFINITY
      : limit(options.maxQuoteSentences, 0, 0);
  const quoted = quotedMask(text, n, maxQuoteSentences);
  const out: Sentence[] = [];

  const emit = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    // Too long: cut at the last white space that keeps a piece within maxSentence, else hard.
    while (end - start > maxSentence) {
      let cut = start + maxSentence;
      let space = cut;
      while (space > start && !isSpace(text.charCodeAt(space))) space--;
      if (space > start) cut = space;
      else {
        const code = text.charCodeAt(cut);
        if (code >= 0xdc00 && code <= 0xdfff && cut - 1 > start) cut--;
      }
      let pieceEnd = cut;
      while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
      out.push({ text: text.slice(start, pieceEnd), start, end: pieceEnd });
      start = cut;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };

  let sentenceStart = 0;
  /** First non-space character of the current sentence, or -1. */
  let contentStart = -1;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isNewline(code)) {
      emit(sentenceStart, i);
      sentenceStart = i + 1;
      contentStart = -1;
      i++;
      continue;
    }
    if (contentStart < 0 && !isSpace(code)) contentStart = i;
    if (!isTerminator(code)) {
      i++;
      continue;
    }
    let marksEnd = i + 1;
    while (marksEnd < n && isTerminator(text.charCodeAt(marksEnd))) marksEnd++;
    let boundary = marksEnd;
    while (boundary < n && isCloser(text.charCodeAt(boundary))) boundary++;
    if (boundary >= n || !isSpace(text.charCodeAt(boundary))) {
      // The end of the text, or no white space after: "20.000", "2.5", "Ph.D".
      i = boundary;
      continue;
    }
    let next = boundary;
    while (next < n && isSpace(text.charCodeAt(next)) && !isNewline(text.charCodeAt(next))) next++;
    if (next >= n || isNewline(text.charCodeAt(next))) {
      // The sentence ends here anyway; the newline is handled above.
      i = next;
      continue;
    }
    const single = marksEnd === i + 1 && code === 46 && boundary === marksEnd;
    const split =
      quoted[boundary] === 0 &&
      startsSentence(text, next) &&
      !(single && isAbbreviation(text, i, next, abbreviations)) &&
      // A list number at the start of a line ("1. Pertama") is not a sentence.
      !(single && isListMarker(text, contentStart, i));
    if (split) {
      emit(sentenceStart, boundary);
      sentenceStart = boundary;
      contentStart = next;
    }
    i = next;
  }
  emit(sentenceStart, n);
  return out;
}

/** Is text[from, dot) a list number or letter: 1 to 3 digits, or one letter? */
function isListMarker(text: string, from: number, dot: number): boolean {
  if (from < 0 || dot - from < 1 || dot - from > 3) return false;
  if (dot - from === 1 && isLetterAt(text, from)) return true;
  for (let k = from; k < dot; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}
