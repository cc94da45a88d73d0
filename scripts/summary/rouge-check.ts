// A second opinion on the scores: the same summaries and references through js-rouge (a published
// ROUGE package), with the same tokens. ROUGE-1 and ROUGE-2 agree with src/core/summary/rouge.ts
// exactly; js-rouge's ROUGE-L is the summary-level one (an LCS per reference sentence), ours is
// over the whole text (as rouge-score's `rougeL`), so the two ROUGE-L figures differ.
import { l, n } from 'js-rouge';

const tokens = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function jsRouge(candidate: string, reference: string): { r1: number; r2: number; rl: number } {
  return {
    r1: n(candidate, reference, { n: 1, tokenizer: tokens }),
    r2: n(candidate, reference, { n: 2, tokenizer: tokens }),
    rl: l(candidate, reference, { tokenizer: tokens }),
  };
}

/** Sums of scores, printed as means ×100. */
export class CrossCheck {
  private sums = new Map<string, { r1: number; r2: number; rl: number; n: number }>();
  add(system: string, candidate: string, reference: string): void {
    const s = this.sums.get(system) ?? { r1: 0, r2: 0, rl: 0, n: 0 };
    const v = jsRouge(candidate, reference);
    s.r1 += v.r1;
    s.r2 += v.r2;
    s.rl += v.rl;
    s.n++;
    this.sums.set(system, s);
  }
  print(): void {
    const f = (x: number, k: number) => ((100 * x) / k).toFixed(1);
    const parts = [...this.sums].map(
      ([system, s]) => `${system} ${f(s.r1, s.n)} / ${f(s.r2, s.n)} / ${f(s.rl, s.n)}`,
    );
    console.log(`js-rouge 3.2.3, same tokens (R-1 / R-2 / summary-level R-L): ${parts.join('; ')}`);
  }
}
