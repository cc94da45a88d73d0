// Finds glossary terms in a text: leftmost-longest, at word boundaries, in one pass.
//
// A name starts with a capital letter, or is one of the few labels written in lower case: so the
// scan looks at upper-case letters that start a word, and walks the trie only from there (after a
// filter on the first three letters). Every other character costs one comparison. The few labels
// written in lower case are found with indexOf. Acronyms must match case-sensitively; names case-insensitively, except that text in
// all lower case never matches a name written with capitals ("mali" is not Mali).
import { foldChar, isSeparator, isUpper, isWordChar } from './normalize';
import {
  FIRST_WORD_SLOTS,
  FNV_OFFSET,
  hashStep,
  inLanguage,
  languageMask,
  type RadixNode,
  type TermIndex,
  type Terminal,
} from './term-index';

export interface TermMatch {
  start: number;
  end: number;
  entryId: string;
}

const upperCache = new Uint8Array(65536);

function upperAt(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let cached = upperCache[code] ?? 0;
  if (cached === 0) {
    cached = isUpper(code) ? 2 : 1;
    upperCache[code] = cached;
  }
  return cached === 2;
}

/**
 * A position where a term may end: before a character that is not a letter or digit, nor "$"
 * (US$ is not the US); or where a lower-case letter meets a capital, as in "BelarusiaDan", two
 * words that lost their space in a machine translation.
 */
function endsWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  if (code === 36) return false;
  return !isWordChar(code) || lowerThenUpper(text, at);
}

function lowerThenUpper(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 97 && before <= 122 && after >= 65 && after <= 90;
}

/** Length of a clitic such as "nya" or "-nya" standing right at `at` and ending a word, or 0. */
function cliticAt(text: string, at: number, clitics: readonly string[]): number {
  for (const clitic of clitics) {
    const hyphen = text.charCodeAt(at) === 45 ? 1 : 0;
    if (text.startsWith(clitic, at + hyphen) && endsWord(text, at + hyphen + clitic.length))
      return hyphen + clitic.length;
  }
  return 0;
}

function acceptable(t: Terminal, text: string, start: number, end: number, mask: number): boolean {
  if (!inLanguage(t, mask)) return false;
  if (t.exact !== null)
    return (
      (end - start === t.exact.length && text.startsWith(t.exact, start)) ||
      collapse(text.slice(start, end)) === t.exact
    );
  if (t.lowercaseOk) return true;
  const slice = text.slice(start, end);
  return slice !== slice.toLowerCase();
}

function collapse(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSeparator(code)) space = true;
    else {
      if (space && out) out += ' ';
      space = false;
      out += s[i];
    }
  }
  return out;
}

const isHyphen = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;
const upperOrDigit = (code: number) => (code >= 48 && code <= 57) || upperAt(code);

/**
 * Whether the hyphen at `at` joins two parts of one acronym-like token ("PDI-P", "JKN-KIS",
 * "PBB-P2", "KemenPAN-RB"): a capital or digit before it, and after it a capital followed by a
 * capital, a digit or the token's end. Such a token is a longer, different name, so no term may
 * end or start at this hyphen. A clitic ("CSTO-nya") or a name ("AS-China") after it is no part.
 */
function joinedAcronym(text: string, at: number): boolean {
  if (at < 1 || at + 1 >= text.length || !isHyphen(text.charCodeAt(at))) return false;
  if (!upperOrDigit(text.charCodeAt(at - 1)) || !upperAt(text.charCodeAt(at + 1))) return false;
  if (at + 2 >= text.length) return true;
  const next = text.charCodeAt(at + 2);
  return !isWordChar(next) || upperOrDigit(next);
}

/** Where the text continues after the unit last read by `unitAt`. */
let after = 0;

/**
 * The folded code unit of the text at `at` (a run of separators reads as one space; a lone
 * combining mark reads as nothing and is skipped), or -1 when the character folds to several
 * units. Sets `after` to the position that follows.
 */
function unitAt(text: string, at: number): number {
  const n = text.length;
  let code = text.charCodeAt(at);
  if (code < 128) {
    if (code >= 65 && code <= 90) {
      after = at + 1;
      return code + 32;
    }
    if (!isSeparator(code)) {
      after = at + 1;
      return code;
    }
  }
  if (isSeparator(code)) {
    let k = at + 1;
    while (k < n && isSeparator(text.charCodeAt(k))) k++;
    after = k;
    return 32;
  }
  let folded = foldChar(code);
  while (folded.length === 0 && at + 1 < n) {
    at++;
    code = text.charCodeAt(at);
    folded = code < 128 ? foldChar(code) : foldChar(code);
  }
  after = at + 1;
  return folded.length === 1 ? folded.charCodeAt(0) : -1;
}

/**
 * The longest acceptable match starting at `start`, or null; `mask` (see `languageMask`) says
 * which languages' labels count.
 */
export function longestAt(index: TermIndex, text: string, start: number, mask = -1): TermMatch | null {
  let node: RadixNode = index.root;
  let j = start;
  let best: TermMatch | null = null;
  const n = text.length;
  walk: while (j < n && node.edges) {
    const edge = node.edges.get(unitAt(text, j));
    if (!edge) break;
    j = after;
    const seg = edge.seg;
    for (let k = 1; k < seg.length; k++) {
      if (j >= n || unitAt(text, j) !== seg.charCodeAt(k)) break walk;
      j = after;
    }
    node = edge.node;
    if (
      node.terminals &&
      (endsWord(text, j) || cliticAt(text, j, index.clitics) > 0) &&
      !joinedAcronym(text, j)
    ) {
      for (const t of node.terminals) {
        if (acceptable(t, text, start, j, mask)) {
          best = { start, end: j, entryId: t.entryId };
          break;
        }
      }
    }
  }
  return best;
}

export interface ScanOptions {
  /** Called at a word start with a capital letter where no glossary term matched (for heuristics). */
  onUnmatchedCapital?: (at: number) => number | undefined;
  /**
   * Words (lower case) that are no term on their own before a capitalised word: titles and
   * administrative words ("Kabupaten Minahasa Selatan" is the regency, not the word "Kabupaten";
   * a label with the word, "Kabupaten Bogor", still matches as the longer match).
   */
  notAlone?: ReadonlySet<string>;
  /**
   * The page's language: its labels count, and those every language shares, and names of
   * several words (see `Terminal`). Without it every label counts.
   */
  lang?: string;
}

/** The term starting at `start` under the scan's rules (`longestAt` and `notAlone`), or null. */
export function termAt(
  index: TermIndex,
  text: string,
  start: number,
  options: ScanOptions = {},
  mask = languageMask(index, options.lang),
): TermMatch | null {
  const match = longestAt(index, text, start, mask);
  if (
    match &&
    options.notAlone &&
    text.charCodeAt(match.end) === 32 &&
    upperAt(text.charCodeAt(match.end + 1)) &&
    options.notAlone.has(text.slice(match.start, match.end).toLowerCase())
  )
    return null;
  return match;
}

/**
 * All terms of the text, leftmost-longest, not overlapping, in order. `onUnmatchedCapital` may
 * claim a span (return its end) so the scan skips it.
 */
export function matchTerms(index: TermIndex, text: string, options: ScanOptions = {}): TermMatch[] {
  const matches: TermMatch[] = [];
  const n = text.length;
  const lower = lowercaseStarts(index, text);
  const mask = languageMask(index, options.lang);
  let lowerAt = 0;
  let nextLower = lower.length > 0 ? (lower[0] as number) : -1;
  for (let i = 0; i < n; i++) {
    // The hot path, in a loop of its own: skip to the next capital, non-ASCII character or
    // lower-case label start.
    i = skipToCandidate(text, i, n, nextLower);
    if (i >= n) break;
    const code = text.charCodeAt(i);
    let capital = true;
    if (code < 65 || code > 90) {
      capital = false;
      if (code >= 48 && code <= 57) {
        // A digit may start a label (9/11, 3M Plus); numbers are let through by the filter below.
      } else if (i !== nextLower) {
        if (code < 128 || !upperAt(code)) continue;
        capital = true;
      }
    }
    if (i === nextLower) {
      while (lowerAt < lower.length && (lower[lowerAt] as number) <= i) lowerAt++;
      nextLower = lowerAt < lower.length ? (lower[lowerAt] as number) : -1;
    }
    // A word must start here: the previous character is no letter or digit, or a lower-case
    // letter glued to this capital ("BelarusiaDan").
    if (i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev < 128) {
        const cls = ASCII_CLASS[prev];
        if (cls === WORD || (cls === LOWER && !(code >= 65 && code <= 90))) continue;
      } else if (isWordChar(prev)) continue;
      // Nor inside an acronym-like token joined by a hyphen ("KIS" of "JKN-KIS").
      if (i >= 2 && joinedAcronym(text, i - 1)) continue;
    }
    const mayMatch = firstWordMayMatch(index, text, i);
    const match = mayMatch ? termAt(index, text, i, options, mask) : null;
    if (match) {
      matches.push(match);
      i = match.end - 1;
      continue;
    }
    if (options.onUnmatchedCapital && capital) {
      const end = options.onUnmatchedCapital(i);
      if (end !== undefined && end > i) i = end - 1;
    }
  }
  return matches;
}

/** The first position from `i` with a capital letter, a digit, a non-ASCII character or `stop`. */
function skipToCandidate(text: string, i: number, n: number, stop: number): number {
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code - 65 <= 25 && code >= 65) return i;
    if (code > 127 || i === stop || (code >= 48 && code <= 57)) return i;
  }
  return n;
}

/**
 * Whether the word at `at` may begin a label: the hash of its folded letters (up to a separator,
 * a punctuation mark, an apostrophe ("Russia's") or a capital glued after a lower-case letter) is
 * in the index's filter, or, with a clitic cut off ("Moskownya"), would be.
 */
function firstWordMayMatch(index: TermIndex, text: string, at: number): boolean {
  const n = text.length;
  const filter = index.firstWords;
  let hash = FNV_OFFSET;
  let j = at;
  let prevLower = false;
  // The hash of the part before the first capital glued to a lower-case letter ("Moskow" of
  // "MoskowDan"); the whole word is hashed on, for labels with inner capitals ("NasDem").
  let glued = 0;
  let gluedAt = 0;
  for (; j < n; j++) {
    const code = text.charCodeAt(j);
    let unit: number;
    if (code < 128) {
      const cls = ASCII_CLASS[code];
      if (cls === 0) break;
      if (cls === WORD && code >= 65 && prevLower && gluedAt === 0) {
        glued = hash;
        gluedAt = j;
      }
      unit = code >= 65 && code <= 90 ? code + 32 : code;
      prevLower = cls === LOWER;
    } else {
      if (!isWordChar(code)) break;
      else {
        const folded = foldChar(code);
        if (folded.length !== 1) return true;
        unit = folded.charCodeAt(0);
      }
      prevLower = false;
    }
    hash = hashStep(hash, unit);
  }
  if (filter[hash & (FIRST_WORD_SLOTS - 1)] === 1) return true;
  if (gluedAt > 0) {
    if (filter[glued & (FIRST_WORD_SLOTS - 1)] === 1) return true;
    j = gluedAt;
  }
  for (const clitic of index.clitics) {
    if (j - at > clitic.length && text.endsWith(clitic, j)) {
      let h = FNV_OFFSET;
      for (let k = at; k < j - clitic.length; k++) {
        const code = text.charCodeAt(k);
        h = hashStep(h, code < 128 ? (FOLD[code] as number) : foldChar(code).charCodeAt(0));
      }
      if (filter[h & (FIRST_WORD_SLOTS - 1)] === 1) return true;
    }
  }
  return false;
}

const WORD = 1;
const LOWER = 2;
/** ASCII classes: WORD for digits and capitals, LOWER for a–z (a lower-case letter may be glued to a capital), 0 otherwise. */
const ASCII_CLASS = new Uint8Array(128);
/** Folded ASCII: capitals to lower case, separators (space, tab, newline, hyphen) to a space. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD : c >= 97 && c <= 122 ? LOWER : 0;
  FOLD[c] = c >= 65 && c <= 90 ? c + 32 : isSeparator(c) ? 32 : c;
}

const lowerKeys = new WeakMap<TermIndex, string[]>();

/**
 * Where lower-case labels ("euro zone", "9/11") may start: every occurrence of the whole label
 * (as normalised, so with single spaces), found with indexOf, sorted. A label written with a
 * capital in the text is found by the scan anyway.
 */
function lowercaseStarts(index: TermIndex, text: string): number[] {
  let keys = lowerKeys.get(index);
  if (!keys) {
    keys = [...new Set(index.lowercaseLabels)].filter(Boolean);
    lowerKeys.set(index, keys);
  }
  if (keys.length === 0) return [];
  const starts: number[] = [];
  for (const key of keys) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) starts.push(at);
  }
  return keys.length > 1 ? starts.sort((x, y) => x - y) : starts;
}
