// Prints the stemmer's accuracy on the gold table (tests/fixtures/stemmer/words.tsv) with the
// bundled root list and lexicon, and every word it gets wrong.
//   npx tsx scripts/lexicon/score-stemmer.ts [--all]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { stemIndonesian } from '../../src/core/stem/indonesian';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
const lexicon = createLexicon(read('assets/lexicon/id-en.json'), read('assets/lexicon/id-roots.json'));
const dict = { isRoot: lexicon.isRoot, hasGloss: (w: string) => lexicon.glosses(w) !== undefined };

const rows = readFileSync(join(root, 'tests/fixtures/stemmer/words.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string, string]);
const bySource = new Map<string, { right: number; all: number }>();
const wrong: string[] = [];
for (const [word, expected, source] of rows) {
  const got = stemIndonesian(word, dict).root;
  const tally = bySource.get(source) ?? { right: 0, all: 0 };
  tally.all++;
  if (got === expected) tally.right++;
  else wrong.push(`${word}\texpected ${expected}\tgot ${got}\t(${source})`);
  bySource.set(source, tally);
}
const right = rows.length - wrong.length;
console.log(`stemmer accuracy: ${right}/${rows.length} = ${((100 * right) / rows.length).toFixed(1)} %`);
for (const [source, t] of bySource) console.log(`  ${source}: ${t.right}/${t.all}`);
if (wrong.length) console.log(`wrong:\n  ${wrong.join('\n  ')}`);
