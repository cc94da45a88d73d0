// Character precision and recall of one text against another, after whitespace normalisation:
// the two texts are aligned word by word (Myers diff), and the characters of the words they share
// in order count as matched.
import { diffArrays } from 'diff';

export interface Overlap {
  precision: number;
  recall: number;
  matchedChars: number;
  actualChars: number;
  expectedChars: number;
}

const words = (text: string) => text.split(/[\s\u00a0]+/u).filter(Boolean);

export function overlap(expected: string, actual: string): Overlap {
  const e = words(expected);
  const a = words(actual);
  const chars = (list: string[]) => list.reduce((n, w) => n + w.length, 0);
  let matchedChars = 0;
  for (const part of diffArrays(e, a)) if (!part.added && !part.removed) matchedChars += chars(part.value);
  const expectedChars = chars(e);
  const actualChars = chars(a);
  return {
    precision: actualChars === 0 ? (expectedChars === 0 ? 1 : 0) : matchedChars / actualChars,
    recall: expectedChars === 0 ? 1 : matchedChars / expectedChars,
    matchedChars,
    actualChars,
    expectedChars,
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The runs of words one text has and the other lacks, for reading why a score is low. */
export function differences(expected: string, actual: string, max = 40): string {
  const lines: string[] = [];
  for (const part of diffArrays(words(expected), words(actual))) {
    if (!part.added && !part.removed) continue;
    const text = part.value.join(' ');
    lines.push(
      `${part.added ? '+ extra  ' : '- missing'} ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`,
    );
    if (lines.length >= max) break;
  }
  return lines.join('\n');
}

/**
 * Token precision, recall and F1: the measure article extractors are compared on. Each text is a
 * bag of word tokens (lower-cased, NFC, Unicode word boundaries, UAX #29 with ICU's dictionaries
 * for scripts without spaces; punctuation and white space are no tokens), and the two bags overlap
 * as multisets: a token counts as often as it occurs in both. P = overlap / detected tokens,
 * R = overlap / expected tokens. Order is ignored, unlike `overlap` above.
 */
export interface TokenOverlap {
  precision: number;
  recall: number;
  f1: number;
  matchedTokens: number;
  detectedTokens: number;
  expectedTokens: number;
}

// One segmenter, one fixed locale: the same text gives the same tokens wherever it is scored.
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const s of wordSegmenter.segment(text.normalize('NFC').toLowerCase()))
    if (s.isWordLike) out.push(s.segment);
  return out;
}

function bag(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function tokenOverlap(expected: string, detected: string): TokenOverlap {
  const e = tokens(expected);
  const d = tokens(detected);
  const want = bag(e);
  let matchedTokens = 0;
  for (const [token, n] of bag(d)) matchedTokens += Math.min(n, want.get(token) ?? 0);
  const precision = d.length === 0 ? (e.length === 0 ? 1 : 0) : matchedTokens / d.length;
  const recall = e.length === 0 ? 1 : matchedTokens / e.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    matchedTokens,
    detectedTokens: d.length,
    expectedTokens: e.length,
  };
}

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((n, x) => n + x, 0) / values.length;
