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
