// Small text utilities shared by detection, scoring and (later) summaries.
import { languageDescriptor } from './languages/registry';

/** Collapses every run of white space (including no-break spaces) to one space, and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ').trim();
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Words a minute for a language Lentera has no figure for: the one usually given for English. */
const DEFAULT_WORDS_PER_MINUTE = 200;

/**
 * Minutes a reader needs, at the language's words a minute (`readingWordsPerMinute` of its
 * descriptor: 200 for English, 180 for the longer words of Indonesian), at least one.
 */
export function readingMinutes(words: number, lang: string): number {
  const wpm = languageDescriptor(lang)?.readingWordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / wpm));
}
