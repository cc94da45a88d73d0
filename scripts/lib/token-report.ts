// The token lines the detection scores print (scripts/score-*-pages.ts): mean and median token
// precision / recall / F1 of one extractor over a set of pages, and the pages where Lentera's F1
// is more than `BARE_MARGIN` below bare Readability's. One place for the format and the margin.
import { mean, median, type TokenOverlap } from '../../tools/score/overlap';

/** Lentera's F1 may be at most this far below bare Readability's on any page (issue 13's goal). */
export const BARE_MARGIN = 0.05;

export function tokenLine(name: string, scores: readonly TokenOverlap[]): string {
  const m = (k: keyof TokenOverlap) => mean(scores.map((s) => s[k])).toFixed(4);
  const md = (k: keyof TokenOverlap) => median(scores.map((s) => s[k])).toFixed(4);
  return `  ${name.padEnd(36)} P ${m('precision')} / ${md('precision')}   R ${m('recall')} / ${md('recall')}   F1 ${m('f1')} / ${md('f1')}`;
}

/** The rows whose Lentera F1 is more than BARE_MARGIN below their bare F1, worst first. */
export function belowBare<R>(rows: readonly R[], lentera: (r: R) => number, bare: (r: R) => number): R[] {
  return rows
    .filter((r) => lentera(r) < bare(r) - BARE_MARGIN)
    .sort((a, b) => lentera(a) - bare(a) - (lentera(b) - bare(b)));
}
