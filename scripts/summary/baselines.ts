// What every summary scorer compares Lentera with, how it counts junk, and how it adds up and
// prints the scores: one definition.
import { trimJunk } from '../../src/core/summary/junk';
import { rouge1, rouge2, rougeL } from '../../src/core/summary/rouge';
import { splitSentences } from '../../src/core/summary/sentences';
import {
  type Candidate,
  candidates,
  choose,
  type SummaryBlock,
  type SummaryOptions,
  textRank,
} from '../../src/core/summary/summarize';
import { CrossCheck } from './rouge-check';

/** Lead-3: the first three sentences of the prose, as the summariser splits them (junk and all). */
export function lead3(blocks: readonly SummaryBlock[], lang: string): string[] {
  return blocks
    .flatMap((b) => splitSentences(b.text, lang))
    .slice(0, 3)
    .map((s) => s.text);
}

/** Plain TextRank: the three best-ranked candidates, no repeats, in the article's order. */
export function plainTextRank(
  blocks: readonly SummaryBlock[],
  lang: string,
  options: SummaryOptions,
): string[] {
  const c: Candidate[] = candidates(blocks, lang, options);
  if (c.length === 0) return [];
  return choose(c, textRank(c), { min: 3, max: 3 }).map((i) => (c[i] as Candidate).text);
}

/** Junk shown: a sentence the junk rules would drop, or cut a head or tail off. */
export function holdsJunk(sentence: string): boolean {
  const piece = trimJunk(sentence);
  return !piece || piece.start > 0 || piece.end < sentence.length;
}

export const SYSTEMS = ['Lentera', 'Lead-3', 'TextRank'] as const;
export type System = (typeof SYSTEMS)[number];

const wordCount = (x: string) => x.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The scores of every system over a set of articles, printed as one table (means ×100). */
export class Tally {
  private totals = Object.fromEntries(
    SYSTEMS.map((s) => [s, { r1: 0, r2: 0, rl: 0, sentences: 0, words: 0, junk: 0 }]),
  ) as Record<System, { r1: number; r2: number; rl: number; sentences: number; words: number; junk: number }>;
  private crossCheck = new CrossCheck();
  private articles = 0;
  private wins = 0;
  private losses = 0;

  /** `show`: how many articles' summaries to print, with their references. */
  constructor(private show = 0) {}

  add(id: string, out: Record<System, string[]>, reference: string): void {
    this.articles++;
    const f1 = {} as Record<System, number>;
    for (const s of SYSTEMS) {
      const text = out[s].join(' ');
      const t = this.totals[s];
      this.crossCheck.add(s, text, reference);
      f1[s] = rouge1(text, reference).f;
      t.r1 += f1[s];
      t.r2 += rouge2(text, reference).f;
      t.rl += rougeL(text, reference).f;
      t.sentences += out[s].length;
      t.words += out[s].reduce((n, x) => n + wordCount(x), 0);
      t.junk += out[s].filter(holdsJunk).length;
    }
    if (f1.Lentera > f1['Lead-3'] + 1e-9) this.wins++;
    else if (f1.Lentera < f1['Lead-3'] - 1e-9) this.losses++;
    if (this.show > 0) {
      this.show--;
      console.log(
        `\n${id}  R-1 ${(100 * f1.Lentera).toFixed(1)} vs Lead-3 ${(100 * f1['Lead-3']).toFixed(1)}`,
      );
      for (const x of out.Lentera) console.log(`  · ${x}`);
      console.log(`  reference: ${reference}`);
    }
  }

  print(heading: string): void {
    const n = this.articles;
    const pct = (x: number) => ((100 * x) / n).toFixed(1).padStart(5);
    console.log(`${heading}: ${n} articles`);
    console.log('system     R-1    R-2    R-L   sentences  words/sentence  junk');
    for (const s of SYSTEMS) {
      const t = this.totals[s];
      console.log(
        `${s.padEnd(9)} ${pct(t.r1)}  ${pct(t.r2)}  ${pct(t.rl)}   ${(t.sentences / n).toFixed(2).padStart(5)}      ${(t.words / Math.max(1, t.sentences)).toFixed(1).padStart(5)}         ${t.junk}`,
      );
    }
    console.log(
      `Lentera vs Lead-3 (ROUGE-1 per article): ${this.wins} wins, ${this.losses} losses, ${n - this.wins - this.losses} ties`,
    );
    this.crossCheck.print();
  }
}
