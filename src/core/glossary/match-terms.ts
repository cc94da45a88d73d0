// Finds glossary terms in a text: leftmost-longest, at word boundaries, in one pass.
//
// A name starts with a capital letter, or is one of the few labels written in lower case: so the
// scan looks at upper-case letters that start a word, and walks the trie only from there. Every
// other character costs one comparison. The lower-case labels are found by one native regular
// expression. Acronyms must match case-sensitively; names case-insensitively, except that text in
// all lower case never matches a name written with capitals ("mali" is not Mali).
import { foldChar, isSeparator, isUpper, isWordChar } from './normalize';
import type { TermIndex, Terminal, TrieNode } from './term-index';

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

/** A character after which a term may end: not a letter or digit, nor "$" (US$ is not the US). */
function endsWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return code !== 36 && !isWordChar(code);
}

function startsWord(text: string, at: number): boolean {
  return at === 0 || !isWordChar(text.charCodeAt(at - 1));
}

/** Length of a clitic such as "nya" or "-nya" standing right at `at` and ending a word, or 0. */
function cliticAt(text: string, at: number, clitics: readonly string[]): number {
  for (const clitic of clitics) {
    const hyphen = text.charCodeAt(at) === 45 ? 1 : 0;
    if (text.startsWith(clitic, at + hyphen) && endsWord(text, at + hyphen + clitic.length)) return hyphen + clitic.length;
  }
  return 0;
}

function acceptable(t: Terminal, text: string, start: number, end: number): boolean {
  if (t.exact !== null) return collapse(text.slice(start, end)) === t.exact;
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

/** The longest acceptable match starting at `start`, or null. */
export function longestAt(index: TermIndex, text: string, start: number): TermMatch | null {
  let at: TrieNode = index.root;
  let j = start;
  let best: TermMatch | null = null;
  const n = text.length;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (isSeparator(code)) {
      let k = j + 1;
      while (k < n && isSeparator(text.charCodeAt(k))) k++;
      const child = at.next.get(' ');
      if (!child) break;
      at = child;
      j = k;
      continue;
    }
    const folded = foldChar(code);
    let child: TrieNode | undefined = at;
    for (let f = 0; f < folded.length && child; f++) child = child.next.get(folded[f] as string);
    if (!child) break;
    at = child;
    j++;
    if (at.terminals && (endsWord(text, j) || cliticAt(text, j, index.clitics) > 0)) {
      const terminal = at.terminals.find((t) => acceptable(t, text, start, j));
      if (terminal) best = { start, end: j, entryId: terminal.entryId };
    }
  }
  return best;
}

export interface ScanOptions {
  /** Called at a word start with a capital letter where no glossary term matched (for heuristics). */
  onUnmatchedCapital?: (at: number) => number | undefined;
}

/**
 * All terms of the text, leftmost-longest, not overlapping, in order. `onUnmatchedCapital` may
 * claim a span (return its end) so the scan skips it.
 */
export function matchTerms(index: TermIndex, text: string, options: ScanOptions = {}): TermMatch[] {
  const matches: TermMatch[] = [];
  const n = text.length;
  const lower = lowercaseStarts(index, text);
  let nextLower = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const capital = code >= 65 && code <= 90 ? true : code > 127 && upperAt(code);
    let candidate = capital;
    if (lower.length > nextLower) {
      if (lower[nextLower] === i) candidate = true;
      while (lower.length > nextLower && (lower[nextLower] as number) <= i) nextLower++;
    }
    if (!candidate || !startsWord(text, i)) continue;
    const match = longestAt(index, text, i);
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

const lowerPatterns = new WeakMap<TermIndex, RegExp | null>();

/** Where lower-case labels may start, found by one native regular expression (sorted). */
function lowercaseStarts(index: TermIndex, text: string): number[] {
  let pattern = lowerPatterns.get(index);
  if (pattern === undefined) {
    const alternatives = index.lowercaseLabels
      .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u2010-\\u2014-]+'))
      .sort((a, b) => b.length - a.length);
    pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu') : null;
    lowerPatterns.set(index, pattern);
  }
  if (!pattern) return [];
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(m.index);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return starts;
}
