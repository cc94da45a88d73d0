// ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004), F-measure, over lower-cased word tokens (runs of
// letters and digits, everything else a separator, as ROUGE-1.5.5 without stemming or stopword
// removal): how much of a reference summary's wording a summary recovers (unigrams and bigrams,
// clipped counts; the longest common subsequence of the whole texts, as rouge-score's `rougeL`).

export interface Rouge {
  precision: number;
  recall: number;
  f: number;
}

const tokens = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const score = (hits: number, candidate: number, reference: number): Rouge => {
  const precision = candidate ? hits / candidate : 0;
  const recall = reference ? hits / reference : 0;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
};

/** ROUGE-N: the candidate's n-grams found in the reference, each as often as it occurs there. */
export function rougeN(candidate: string, reference: string, n: number): Rouge {
  const grams = (words: string[]) => {
    const out: string[] = [];
    for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
    return out;
  };
  const c = grams(tokens(candidate));
  const r = grams(tokens(reference));
  const counts = new Map<string, number>();
  for (const w of r) counts.set(w, (counts.get(w) ?? 0) + 1);
  let hits = 0;
  for (const w of c) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      hits++;
      counts.set(w, n - 1);
    }
  }
  return score(hits, c.length, r.length);
}

export const rouge1 = (candidate: string, reference: string): Rouge => rougeN(candidate, reference, 1);
export const rouge2 = (candidate: string, reference: string): Rouge => rougeN(candidate, reference, 2);

export function rougeL(candidate: string, reference: string): Rouge {
  const c = tokens(candidate);
  const r = tokens(reference);
  // Longest common subsequence, one row at a time.
  let previous = new Array<number>(r.length + 1).fill(0);
  for (let i = 1; i <= c.length; i++) {
    const row = new Array<number>(r.length + 1).fill(0);
    for (let j = 1; j <= r.length; j++) {
      row[j] =
        c[i - 1] === r[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, row[j - 1] as number);
    }
    previous = row;
  }
  return score(previous[r.length] as number, c.length, r.length);
}
