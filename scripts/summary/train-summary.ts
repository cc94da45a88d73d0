// Fits the summary model (src/core/summary/summary-model.json) on the tune part of IndoSum alone:
// a logistic regression of IndoSum's extractive labels on the summariser's features (a candidate is
// labelled by the gold sentence it overlaps most), then the selection's threshold, word budget and
// redundancy bound by a grid search for the best mean ROUGE-1 on the same tune part. The held-out
// part is never read here: scripts/summary/score-indosum.ts --part held-out reports on it.
//   npx tsx scripts/summary/train-summary.ts [path.jsonl]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rouge1 } from '../../src/core/summary/rouge';
import {
  type Candidate,
  candidates,
  choose,
  FEATURES,
  features,
  probabilities,
  type SummaryModel,
} from '../../src/core/summary/summarize';
import { DEFAULT_PATH, indonesianOptions, part, readIndoSum, root } from './indosum';

const path = process.argv[2] ?? DEFAULT_PATH;
const options = indonesianOptions();
const tune = readIndoSum(path).filter((a) => part(a.id) === 'tune');

const data = tune.map((a) => {
  const c = candidates(a.blocks, 'id', options);
  const labels = c.map((s: Candidate) => {
    let best = 0;
    let label = false;
    for (const g of a.gold[s.block] ?? []) {
      const shared = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      if (shared > best) {
        best = shared;
        label = g.label;
      }
    }
    return label ? 1 : 0;
  });
  return { article: a, candidates: c, rows: features(a.title, c, 'id', options), labels };
});

// Logistic regression, batch gradient descent with a little L2 (the features are about 0 to 1).
const k = FEATURES.length;
const w = new Array<number>(k).fill(0);
let bias = 0;
const rows = data.flatMap((d) => d.rows);
const ys = data.flatMap((d) => d.labels);
const L2 = 1e-3;
const RATE = 0.5;
for (let epoch = 0; epoch < 3000; epoch++) {
  const grad = new Array<number>(k).fill(0);
  let gb = 0;
  rows.forEach((x, i) => {
    let z = bias;
    for (let j = 0; j < k; j++) z += (w[j] as number) * (x[j] as number);
    const e = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
    for (let j = 0; j < k; j++) grad[j] = (grad[j] as number) + e * (x[j] as number);
    gb += e;
  });
  for (let j = 0; j < k; j++)
    w[j] = (w[j] as number) - RATE * ((grad[j] as number) / rows.length + L2 * (w[j] as number));
  bias -= (RATE * gb) / rows.length;
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const fitted = { features: [...FEATURES], weights: w.map(round), bias: round(bias) };
const scores = data.map((d) => probabilities(d.rows, { ...fitted, threshold: 0, budget: 0, redundancy: 1 }));

let best = { r1: -1, threshold: 0, budget: 0, redundancy: 0 };
for (const threshold of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
  for (const budget of [40, 45, 50, 55, 60, 65, 70, 75, 80, 90])
    for (const redundancy of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      let r1 = 0;
      data.forEach((d, i) => {
        const chosen = choose(d.candidates, scores[i] as number[], {}, { threshold, budget, redundancy });
        const text = chosen.map((c) => (d.candidates[c] as Candidate).text).join(' ');
        r1 += rouge1(text, d.article.reference).f;
      });
      r1 /= data.length;
      if (r1 > best.r1 + 1e-9) best = { r1, threshold, budget, redundancy };
    }
const model: SummaryModel = {
  ...fitted,
  threshold: best.threshold,
  budget: best.budget,
  redundancy: best.redundancy,
};
writeFileSync(join(root, 'src/core/summary/summary-model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(
  `${data.length} tune articles, ${rows.length} sentences (${ys.filter((y) => y).length} labelled in)`,
);
for (let j = 0; j < k; j++) console.log(`  ${(FEATURES[j] as string).padEnd(15)} ${fitted.weights[j]}`);
console.log(
  `  bias ${fitted.bias}; threshold ${best.threshold}, budget ${best.budget} words, redundancy ${best.redundancy}`,
);
console.log(`tune ROUGE-1 F ${(100 * best.r1).toFixed(1)}`);
