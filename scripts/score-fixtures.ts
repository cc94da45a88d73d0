// Prints the article-detection score over the fixture pages with gold files:
//   tsx scripts/score-fixtures.ts [--browser chromium|firefox]
// Goal: every non-article rejected, body precision ≥ 0.98 and recall ≥ 0.95.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserKind } from '../tools/browser/find-browsers';
import { scoreFixtures, summarize } from '../tools/score/fixture-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pages');
const args = process.argv.slice(2);
const browser = (
  args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chromium'
) as BrowserKind;
if (browser !== 'chromium' && browser !== 'firefox') {
  console.error(`--browser chromium or --browser firefox, not ${browser}`);
  process.exit(1);
}
const rows = await scoreFixtures(root, browser);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`browser: ${browser}`);
console.log(
  `${'page'.padEnd(14)} gold     detected  precision  recall   tok P  tok R tok F1  blocks/gold  reason`,
);
for (const r of rows) {
  const kind = (b: boolean) => (b ? 'article' : 'other').padEnd(8);
  const t = r.tokens;
  const scores = r.expectedArticle
    ? `${pct(r.precision)}  ${pct(r.recall)}   ${t.precision.toFixed(3)}  ${t.recall.toFixed(3)}  ${t.f1.toFixed(3)}`
    : '     -       -       -      -      -';
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
console.log(
  `body tokens: precision ${s.tokens.precision.toFixed(4)}  recall ${s.tokens.recall.toFixed(4)}  F1 ${s.tokens.f1.toFixed(4)} (pooled over the articles; mean F1 of pages ${s.tokens.meanF1.toFixed(4)})`,
);
