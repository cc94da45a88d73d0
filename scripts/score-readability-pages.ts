// Scores the live-DOM mapping on real pages from Readability's own test suite:
//   tsx scripts/score-readability-pages.ts ../shared/readability-pages [--only slug] [--dump]
// Each source.html is served from 127.0.0.1 and loaded in Chromium with page scripts off; Lentera's
// detection maps the article onto the live page (the gate is skipped, to score the mapping on every
// page), and the text of the mapped blocks is compared with the text of Readability's expected.html:
// character precision and recall after whitespace normalisation. The gate (isProbablyReaderable
// plus Lentera's own rules) is compared with each page's `readerable` flag.
// Goal: median ≥ 0.98 for both, and no page below 0.9 without a note saying why (README).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { differences, median } from '../tools/score/overlap';
import { readabilitySlugs, scoreReadabilityPages } from '../tools/score/readability-score';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const dir = resolve(positional[0] ?? '../shared/readability-pages');
const dump = args.includes('--dump');
if (!existsSync(dir)) {
  console.error(`No such folder: ${dir} (give the path to the readability pages)`);
  process.exit(1);
}
const rows = await scoreReadabilityPages(
  dir,
  readabilitySlugs(dir).filter((s) => !only || s === only),
);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(34)} precision  recall  gate/readerable`);
for (const r of rows) {
  const flag = r.precision < 0.9 || r.recall < 0.9 ? `  < 0.9 ${r.reason ?? ''}` : '';
  console.log(
    `${r.slug.padEnd(34)} ${pct(r.precision)}  ${pct(r.recall)}  ${String(r.gate).padEnd(5)}/${String(r.readerable)}${flag}`,
  );
  if (dump) console.log(`${differences(r.expectedText, r.actualText)}\n`);
}
const low = rows.filter((r) => r.precision < 0.9 || r.recall < 0.9).map((r) => r.slug);
console.log(`\npages: ${rows.length}`);
console.log(
  `median precision: ${median(rows.map((r) => r.precision)).toFixed(4)}   mean ${(rows.reduce((n, r) => n + r.precision, 0) / rows.length).toFixed(4)}`,
);
console.log(
  `median recall:    ${median(rows.map((r) => r.recall)).toFixed(4)}   mean ${(rows.reduce((n, r) => n + r.recall, 0) / rows.length).toFixed(4)}`,
);
console.log(`pages below 0.9:  ${low.join(', ') || 'none'}`);
console.log(
  `gate agrees with the readerable flag: ${rows.filter((r) => r.gate === r.readerable).length}/${rows.length}`,
);
