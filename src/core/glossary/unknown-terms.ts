// Names that no glossary knows: capitalised sequences inside a sentence ("David Turtree"),
// acronyms ("FMES"), hyphenated proper names. They are shown with less emphasis, to be explained
// by later enrichment. Called by the scan at capital letters where no glossary term matched.

import type { LanguageSets } from './language-data';
import { isUpper, isWordChar } from './normalize';

export interface Span {
  start: number;
  end: number;
}

interface Token extends Span {
  text: string;
}

const ROMAN = /^(?:[IVXLCDM]+)$/;
const POSSESSIVE = /['\u2019]s?$/u;
const TRAILING_FIGURES = /(?<=\p{L})[\d.,]+$/u;

/** A word in lower case without a possessive ("Thursday's") or figures glued on ("Rp5"). */
function bare(word: string): string {
  let w = word.toLowerCase();
  const last = w.charCodeAt(w.length - 1);
  if (last >= 48 && last <= 57) w = w.replace(TRAILING_FIGURES, '');
  if (w.indexOf("'") > 0 || w.indexOf('\u2019') > 0) w = w.replace(POSSESSIVE, '');
  return w;
}

/** The token at `at`: letters and digits, with inner hyphens and apostrophes (al-Assad, O'Neill). */
function tokenAt(text: string, at: number): Token | null {
  let end = at;
  const n = text.length;
  while (end < n) {
    const code = text.charCodeAt(end);
    if (isWordChar(code)) end++;
    else if (
      (code === 45 || code === 39 || code === 0x2019) &&
      end + 1 < n &&
      isWordChar(text.charCodeAt(end + 1)) &&
      end > at
    )
      end++;
    else break;
  }
  return end > at ? { start: at, end, text: text.slice(at, end) } : null;
}

/** Whether the position starts a sentence: nothing but spaces and quotes back to ". ! ? :" or the start. */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (/[\s"“”‘’'([«»]/u.test(ch)) continue;
    return /[.!?:;…]/u.test(ch);
  }
  return true;
}

const capitalised = (t: Token) => isUpper(t.text.charCodeAt(0));

export function isAcronym(token: string): boolean {
  if (token.length < 2 || token.length > 10 || ROMAN.test(token)) return false;
  let upper = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (isUpper(code)) upper++;
    else if (!(code >= 48 && code <= 57) && code !== 45) return false;
  }
  return upper >= 2;
}

/**
 * The longest name the scan reports: words (connectors included) and characters. A longer run
 * of capitalised words is a heading or a list in title case, not a name, and is skipped whole
 * (so is one "word" longer than any name): the scan's clear cut-off on hostile text.
 */
export const NAME_LIMITS = { words: 12, chars: 120 };

/** A span the scan claims: a name to report, or (`name: false`) capitalised words to skip. */
export interface Claim extends Span {
  name: boolean;
}

/**
 * An unknown name starting at `at` (a capital letter at a word start), or null. The run stops
 * before any token where a glossary term starts (`termAt`), so "Presiden Rusia Vladimir Putin"
 * leaves Rusia and Vladimir Putin to the glossary.
 */
export function unknownAt(
  text: string,
  at: number,
  sets: LanguageSets,
  termAt: (pos: number) => boolean = () => false,
): Claim | null {
  const first = tokenAt(text, at);
  if (!first) return null;
  // No name starts inside a word (the "Phone" of iPhone, the "OS" of macOS).
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return { start: at, end: first.end, name: false };
  // A token's bare form: lower case, without a possessive ("Thursday's") or figures glued on ("Rp5").
  const lower = (t: Token) => bare(t.text);
  if (isAcronym(first.text))
    return sets.common.has(lower(first)) ? null : { start: first.start, end: first.end, name: true };

  // The run of capitalised tokens, single spaces apart, connectors allowed inside.
  const run: Token[] = [first];
  let pos = first.end;
  while (pos < text.length && text[pos] === ' ') {
    const next = tokenAt(text, pos + 1);
    if (!next) break;
    if (termAt(next.start)) break;
    if (capitalised(next) && !isAcronym(next.text)) {
      run.push(next);
      pos = next.end;
    } else if (sets.connectors.has(next.text)) {
      const after = text[next.end] === ' ' ? tokenAt(text, next.end + 1) : null;
      if (!after || !capitalised(after) || termAt(after.start)) break;
      run.push(next, after);
      pos = after.end;
    } else break;
  }
  const runEnd = (run[run.length - 1] as Token).end;
  if (run.length > NAME_LIMITS.words || runEnd - first.start > NAME_LIMITS.chars)
    return { start: first.start, end: runEnd, name: false };
  const sentenceStart = startsSentence(text, at);
  // Titles, calendar names and common words do not start or end a name.
  const weak = (t: Token) => sets.common.has(lower(t)) || sets.notNames.has(lower(t));
  let s = 0;
  let e = run.length;
  while (s < e && (weak(run[s] as Token) || sets.connectors.has((run[s] as Token).text))) s++;
  while (e > s && (weak(run[e - 1] as Token) || sets.connectors.has((run[e - 1] as Token).text))) e--;
  const kept = run.slice(s, e);
  if (kept.length === 0) return { start: first.start, end: (run[run.length - 1] as Token).end, name: false };
  const last = kept[kept.length - 1] as Token;
  const possessive = last.text.length > 2 && /['\u2019]/u.test(last.text) ? POSSESSIVE.exec(last.text) : null;
  const span = { start: (kept[0] as Token).start, end: last.end - (possessive ? possessive[0].length : 0) };
  const hyphenated = kept.some((t) => /[-][\p{Lu}]/u.test(t.text));
  // At the start of a sentence one capitalised word says nothing; a name there needs two, or a
  // hyphenated proper name, or to stand after a word we skipped (a title, "Menurut").
  if (sentenceStart && s === 0 && kept.length < 2 && !hyphenated) return { ...span, name: false };
  return { ...span, name: true };
}
