// Prints the article-detection score over the fixture pages with gold files:
//   tsx scripts/score-fixtures.ts [--dump]
// Goal: every non-article rejected, body precision ≥ 0.98 and recall ≥ 0.95.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreFixtures, summarize } from '../tools/score/fixture-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pages');
const rows = await scoreFixtures(root);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(14)} gold     detected  precision  recall  blocks/gold  reason`);
for (const r of rows) {
  const kind = (b: boolean) => (b ? 'article' : 'other').padEnd(8);
  const scores = r.expectedArticle ? `${pct(r.precision)}  ${pct(r.recall)}` : '     -       -';
  console.log(
    `${r.slug.padEnd(14)} ${kind(r.expectedArticle)} ${kind(r.detectedArticle)}  ${scores}  ${`${r.blocks}/${r.goldBlocks}`.padStart(11)}  ${r.reason ?? ''}`,
  );
}
const s = summarize(rows);
console.log(`\npages: ${s.pages}`);
console.log(
  `article/not-article accuracy: ${(s.accuracy * 100).toFixed(1)} %  (every non-article rejected: ${s.nonArticlesRejected})`,
);
console.log(
  `body precision: ${s.precision.toFixed(4)}  recall: ${s.recall.toFixed(4)}  (goal ≥ 0.98 and ≥ 0.95)`,
);
