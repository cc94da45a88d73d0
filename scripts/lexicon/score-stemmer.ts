// Prints the stemmer's accuracy on the gold table (tests/fixtures/stemmer/words.tsv) with the
// bundled root list and lexicon, and every word it gets wrong.
//   npx tsx scripts/lexicon/score-stemmer.ts [--all]
//
// With --pud, scores it instead on the hand-checked lemmas of a UD treebank (CoNLL-U: column 2 the
// form, 3 the lemma, 4 the UPOS), on the words whose lemma differs from the form (lower-cased;
// PROPN, NUM, PUNCT, SYM and X left out, and tokens with anything but letters and inner hyphens).
// The sentences are split in two: those with an odd index (1, 3, 5… in file order) are the tune
// half, the rules are fitted on them only; the even ones are held out.
//   npx tsx scripts/lexicon/score-stemmer.ts --pud FILE [--part tune|held-out|all]
// Treebank lemmas are hand-checked but not perfect: the rows of
// tests/fixtures/stemmer/pud-treebank-errors.tsv (form, treebank lemma, the right root, why) are
// disagreements judged to be the treebank's error, reported apart; the accuracy is given raw and
// with them left out. The script also counts how often a word the treebank gives as its own lemma
// (an unaffixed word: adalah, tapi, sedan) is taken apart: over-stemming, which the affixed-word
// score cannot see. A compound root the stemmer writes apart (tanda tangan) is compared with the
// treebank's hyphenated lemma (tanda-tangan).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { stemIndonesian } from '../../src/core/stem/indonesian';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
const lexicon = createLexicon(
  read('assets/lexicon/id-en.json'),
  read('assets/lexicon/id-roots.json'),
  read('assets/lexicon/id-forms.json'),
);
const dict = {
  isRoot: lexicon.isRoot,
  hasGloss: (w: string) => lexicon.glosses(w) !== undefined,
  glosses: lexicon.glosses,
};

const { values } = parseArgs({
  options: { pud: { type: 'string' }, part: { type: 'string', default: 'all' }, all: { type: 'boolean' } },
});

const pct = (right: number, all: number) =>
  `${right}/${all} = ${((100 * right) / Math.max(all, 1)).toFixed(1)} %`;

function scoreGold(): void {
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
  console.log(`stemmer accuracy: ${pct(right, rows.length)}`);
  for (const [source, t] of bySource) console.log(`  ${source}: ${t.right}/${t.all}`);
  if (wrong.length) console.log(`wrong:\n  ${wrong.join('\n  ')}`);
}

interface Token {
  form: string;
  lemma: string;
  upos: string;
  sentence: number;
}

const SKIPPED_UPOS = new Set(['PROPN', 'NUM', 'PUNCT', 'SYM', 'X']);
const LETTERS = /^[a-z]+(?:-[a-z]+)*$/;

function readConllu(path: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let inSentence = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      inSentence = false;
      continue;
    }
    if (!inSentence) {
      sentence++;
      inSentence = true;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    // Syntactic words only: a multiword token's range line (20-21 tidaklah) and empty nodes are skipped.
    if (!/^\d+$/.test(cols[0] ?? '')) continue;
    tokens.push({
      form: (cols[1] ?? '').toLowerCase(),
      lemma: (cols[2] ?? '').toLowerCase(),
      upos: cols[3] ?? '',
      sentence,
    });
  }
  return tokens;
}

function scorePud(path: string, part: string): void {
  if (!['tune', 'held-out', 'all'].includes(part))
    throw new Error(`--part is tune, held-out or all, not ${part}`);
  const judged = new Map<string, { right: string; why: string }>();
  for (const line of readFileSync(join(root, 'tests/fixtures/stemmer/pud-treebank-errors.tsv'), 'utf8')
    .split('\n')
    .slice(1)) {
    const [form, lemma, right, why] = line.split('\t');
    if (form && lemma && right) judged.set(`${form}\t${lemma}`, { right, why: why ?? '' });
  }
  const inPart = (t: Token) =>
    part === 'all' || (part === 'tune' ? t.sentence % 2 === 1 : t.sentence % 2 === 0);
  const tokens = readConllu(path).filter(
    (t) => inPart(t) && !SKIPPED_UPOS.has(t.upos) && LETTERS.test(t.form) && LETTERS.test(t.lemma),
  );
  const affixed = tokens.filter((t) => t.lemma !== t.form);
  const bare = tokens.filter((t) => t.lemma === t.form);
  let right = 0;
  let rightShown = 0;
  let rightKept = 0;
  let rightShownKept = 0;
  let judgedRows = 0;
  let judgedRight = 0;
  const misses = new Map<string, number>();
  const errors = new Map<string, number>();
  // A wrong root the card would show: neither the lemma nor the word itself, and marked certain
  // (an uncertain root is shown as "root unknown").
  let shownWrong = 0;
  const shownWrongWords = new Map<string, number>();
  for (const t of affixed) {
    const result = stemIndonesian(t.form, dict);
    // A compound root is written apart (tanda tangan); the treebank writes its space as a hyphen.
    const got = result.root.replaceAll(' ', '-');
    const error = judged.get(`${t.form}\t${t.lemma}`);
    if (result.certain && got !== t.form && got !== (error?.right ?? t.lemma)) {
      shownWrong++;
      const key = `${t.form}\tshown ${got}\t(treebank ${t.lemma})`;
      shownWrongWords.set(key, (shownWrongWords.get(key) ?? 0) + 1);
    }
    if (got === t.lemma) right++;
    // The card gives a non-standard spelling's standard word (tapi: tetapi) from the forms list.
    const shown = got === t.form ? (lexicon.formsOf(t.form)?.[0] ?? got) : got;
    if (shown === t.lemma) rightShown++;
    if (shown === t.lemma && !error) rightShownKept++;
    if (got === t.lemma && !error) rightKept++;
    if (error) {
      judgedRows++;
      if (got === error.right) judgedRight++;
      const key = `${t.form}\ttreebank ${t.lemma}\tright ${error.right}\tgot ${got}\t(${error.why})`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    } else if (got !== t.lemma) {
      const key = `${t.form}\texpected ${t.lemma}\tgot ${got}\t${t.upos}`;
      misses.set(key, (misses.get(key) ?? 0) + 1);
    }
  }
  let split = 0;
  const splits = new Map<string, number>();
  let splitShown = 0;
  for (const t of bare) {
    const result = stemIndonesian(t.form, dict);
    const got = result.root;
    if (got !== t.form) {
      split++;
      if (result.certain) splitShown++;
      const key = `${t.form}\tgot ${got}\t${t.upos}`;
      splits.set(key, (splits.get(key) ?? 0) + 1);
    }
  }
  const types = new Set(affixed.map((t) => `${t.form}\t${t.lemma}`)).size;
  console.log(`UD PUD, ${part}: ${affixed.length} affixed tokens (${types} distinct form/lemma pairs)`);
  console.log(`  raw accuracy: ${pct(right, affixed.length)}`);
  console.log(`  judged treebank errors left out: ${pct(rightKept, affixed.length - judgedRows)}`);
  console.log(
    `  with the forms list's standard words, as the card shows them: ${pct(rightShown, affixed.length)}`,
  );
  console.log(
    `  both (standard words, judged treebank errors left out): ${pct(rightShownKept, affixed.length - judgedRows)}`,
  );
  console.log(
    `  judged treebank errors: ${judgedRows} tokens, stemmer gives the right root on ${judgedRight}`,
  );
  console.log(
    `  a root other than the lemma shown as certain on the card: ${pct(shownWrong, affixed.length)}`,
  );
  console.log(
    `  unaffixed words (lemma = form) taken apart: ${pct(split, bare.length)}, shown as certain: ${splitShown}`,
  );
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${n > 1 ? `${n}× ` : ''}${k}`);
  if (errors.size) console.log(`judged treebank errors:\n  ${list(errors).join('\n  ')}`);
  if (shownWrongWords.size)
    console.log(`roots other than the lemma shown as certain:\n  ${list(shownWrongWords).join('\n  ')}`);
  if (misses.size)
    console.log(
      `misses (${[...misses.values()].reduce((a, b) => a + b, 0)} tokens):\n  ${list(misses).join('\n  ')}`,
    );
  if (values.all && splits.size) console.log(`unaffixed words taken apart:\n  ${list(splits).join('\n  ')}`);
}

if (values.pud) scorePud(values.pud, values.part ?? 'all');
else scoreGold();
