// Prints the share of word tokens of Indonesian news text that word lookup glosses (names and
// numbers apart), per text and overall, with the words it misses, most frequent first.
//   npx tsx scripts/lexicon/score-coverage.ts [--misses N]
// Texts: the sample article, and the article blocks (hand-made gold) of the Indonesian news fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { lookupWord } from '../../src/core/lexicon/lookup';
import { tokens } from './tokens';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const lexicon = createLexicon(
  JSON.parse(read('assets/lexicon/id-en.json')),
  JSON.parse(read('assets/lexicon/id-roots.json')),
);

const fixture = (name: string) =>
  (JSON.parse(read(`tests/fixtures/pages/${name}/expected.json`)) as { blocks: { text: string }[] }).blocks
    .map((b) => b.text)
    .join('\n');
export const TEXTS: Record<string, string> = {
  'article-id (sample)': read('tests/fixtures/text/article-id.txt'),
  'id-related': fixture('id-related'),
  'id-divs': fixture('id-divs'),
  'id-print': fixture('id-print'),
  'id-late': fixture('id-late'),
  'id-infinite': fixture('id-infinite'),
};

const missesArg = process.argv.indexOf('--misses');
const showMisses = missesArg > 0 ? Number(process.argv[missesArg + 1]) : 40;
let all = 0;
let hit = 0;
const missed = new Map<string, number>();
for (const [name, text] of Object.entries(TEXTS)) {
  const list = tokens(text);
  let covered = 0;
  for (const t of list) {
    if (lookupWord(t, lexicon)) covered++;
    else missed.set(t.word.toLowerCase(), (missed.get(t.word.toLowerCase()) ?? 0) + 1);
  }
  all += list.length;
  hit += covered;
  console.log(`${name}: ${covered}/${list.length} = ${((100 * covered) / list.length).toFixed(1)} %`);
}
console.log(
  `coverage: ${hit}/${all} = ${((100 * hit) / all).toFixed(1)} % of word tokens (names and numbers apart)`,
);
const sorted = [...missed].sort((a, b) => b[1] - a[1]);
console.log(
  `uncovered (${sorted.length} distinct): ${sorted
    .slice(0, showMisses)
    .map(([w, n]) => `${w}×${n}`)
    .join(' ')}`,
);
