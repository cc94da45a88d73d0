// Prints precision and recall of glossary annotation against the hand-made gold annotations of
// fixture articles (expected-terms.json), with what was missed, what was wrong, and the unknown-
// name candidates.   npx tsx scripts/score-terms.ts [--verbose]      Goal: both ≥ 0.95.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreTerms } from '../tools/score/term-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const rows = scoreTerms(root);
let gold = 0;
let found = 0;
let correct = 0;
for (const r of rows) {
  gold += r.gold;
  found += r.found;
  correct += r.correct;
  console.log(
    `${r.slug.padEnd(14)} ${r.lang}  gold ${String(r.gold).padStart(3)}  found ${String(r.found).padStart(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}`,
  );
  if (r.missed.length) console.log(`  missed: ${r.missed.join('; ')}`);
  if (r.wrong.length) console.log(`  wrong:  ${r.wrong.join('; ')}`);
  if (verbose) console.log(`  unknown-name candidates: ${r.unknown.join('; ')}`);
}
console.log(
  `\nall: precision ${(found ? correct / found : 1).toFixed(3)}  recall ${(gold ? correct / gold : 1).toFixed(3)}  (goal ≥ 0.95 both)`,
);
