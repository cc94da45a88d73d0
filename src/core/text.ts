// Small text utilities shared by detection, scoring and (later) summaries.

/** Collapses every run of white space (including no-break spaces) to one space, and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * Minutes a reader needs, at 200 words a minute for English and 180 for the longer words of
 * Indonesian (a conventional figure; learners read slower, and that is what the number is for).
 */
export function readingMinutes(words: number, lang: string): number {
  const wpm = lang === 'id' || lang === 'ms' ? 180 : 200;
  return Math.max(1, Math.round(words / wpm));
}
