// Annotates an article's blocks: glossary terms and unknown-name candidates, with block offsets.
// Large inputs are processed in slices, yielding between them, so the worker stays responsive.
import type { LanguageSets } from './language-data';
import { matchTerms, type ScanOptions, termAt } from './match-terms';
import { isUpper, isWordChar } from './normalize';
import type { TermIndex } from './term-index';
import { unknownAt } from './unknown-terms';

export interface Annotation {
  block: number;
  start: number;
  end: number;
  /** A glossary entry id, or null for an unknown-name candidate. */
  entryId: string | null;
  /** The text as written on the page. */
  text: string;
}

/** Characters processed before the annotator yields. */
export const SLICE_CHARS = 50_000;

export interface AnnotateOptions {
  /** Lets other work run between slices (in the worker: a macrotask). */
  yieldNow?: () => Promise<void>;
  unknown?: boolean;
}

/** Where to cut a long text near `limit`: after a sentence or a line, never inside a name. */
export function cutPoint(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  for (let i = limit; i > from + (limit - from) / 2; i--) {
    const ch = text[i - 1];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i] ?? ''))) return i;
  }
  for (let i = limit; i > from; i--) if (/\s/.test(text[i - 1] as string)) return i;
  return limit;
}

export async function annotateBlocks(
  index: TermIndex,
  sets: LanguageSets,
  blocks: readonly string[],
  options: AnnotateOptions = {},
): Promise<Annotation[]> {
  const out: Annotation[] = [];
  let sinceYield = 0;
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] as string;
    for (let from = 0; from < text.length; ) {
      const to = cutPoint(text, from, from + SLICE_CHARS);
      const slice = from === 0 && to === text.length ? text : text.slice(from, to);
      annotateText(index, sets, slice, options.unknown ?? true, (start, end, entryId) => {
        out.push({ block: b, start: from + start, end: from + end, entryId, text: slice.slice(start, end) });
      });
      sinceYield += to - from;
      from = to;
      if (sinceYield >= SLICE_CHARS && options.yieldNow) {
        sinceYield = 0;
        await options.yieldNow();
      }
    }
  }
  return out;
}

/** Terms and unknown names of one text, in order. */
export function annotateText(
  index: TermIndex,
  sets: LanguageSets,
  text: string,
  unknown: boolean,
  emit: (start: number, end: number, entryId: string | null) => void,
): void {
  const unknowns: { start: number; end: number }[] = [];
  const rules: ScanOptions = { notAlone: sets.notNames, lang: sets.lang };
  const capitals = capitalLines(text);
  const matches = matchTerms(index, text, {
    ...rules,
    onUnmatchedCapital:
      unknown && sets.unknownNames
        ? (at) => {
            // A word of a line in capitals is in capitals itself: the line is looked at only then.
            if (inCapitals(text, at) && capitals(at)) return undefined;
            const span = unknownAt(text, at, sets, (pos) => termAt(index, text, pos, rules) !== null);
            if (!span) return undefined;
            if (span.name) unknowns.push({ start: span.start, end: span.end });
            return span.end;
          }
        : undefined,
  });
  let u = 0;
  for (const m of matches) {
    while (u < unknowns.length && (unknowns[u] as { start: number }).start < m.start) {
      const x = unknowns[u++] as { start: number; end: number };
      emit(x.start, x.end, null);
    }
    emit(m.start, m.end, m.entryId);
  }
  for (; u < unknowns.length; u++)
    emit((unknowns[u] as { start: number }).start, (unknowns[u] as { end: number }).end, null);
}

/** Letters counted before a line or sentence in capitals says so (shorter ones are acronyms). */
const CAPITAL_LINE_LETTERS = 12;

/**
 * Whether the sentence or line around a position is mostly in capitals (a headline, a table
 * row): its capitalised words say nothing about names. Worked out once per sentence, and only
 * where the scan asks (at capitals no term matched).
 */
function capitalLines(text: string): (at: number) => boolean {
  let from = -1;
  let to = -1;
  let capitals = false;
  return (at) => {
    if (at >= from && at < to) return capitals;
    from = at;
    while (from > 0 && !sentenceEnd(text, from - 1)) from--;
    to = at;
    while (to < text.length && !sentenceEnd(text, to)) to++;
    to++;
    let letters = 0;
    let upper = 0;
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (code >= 97 && code <= 122) letters++;
        else if (code >= 65 && code <= 90) {
          letters++;
          upper++;
        }
      } else if (isWordChar(code)) {
        letters++;
        if (isUpper(code)) upper++;
      }
    }
    capitals = letters >= CAPITAL_LINE_LETTERS && upper * 10 >= letters * 7;
    return capitals;
  };
}

/** Whether the word at `at` has no lower-case letter. */
function inCapitals(text: string, at: number): boolean {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57))) return true;
    } else if (!isWordChar(code)) return true;
    else if (String.fromCharCode(code).toUpperCase() !== String.fromCharCode(code)) return false;
  }
  return true;
}

/** A line break, or ". ! ?" before a space. */
function sentenceEnd(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10 || code === 13) return true;
  if (code !== 46 && code !== 33 && code !== 63) return false;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next === 10 || next === 13 || Number.isNaN(next);
}
