// How well Lentera explains the names in real news (issue 12, "Measure"). Reads NERGRIT (IndoNLU,
// token-level BIO, licence in LICENSE-indonlu) from the path given, rebuilds the sentences as text,
// groups them into pseudo-articles, annotates them with the extension's own glossary engine, and
// compares with the gold PERSON / ORGANISATION / PLACE mentions; then the same for the English
// fixture tests/fixtures/names/en-news.txt (page language 'en').
//
//   npx tsx scripts/names/score-names.ts ../shared/data/nergrit [--split train|valid|all]
//     [--verbose] [--samples 20] [--size 18] [--no-profiles] [--no-english] [--import pack.json …]
//
// The packs are those the extension ships (assets/glossaries: the news pack and the bundled place
// packs); `--import` adds a pack as if the reader had imported it (e.g. the Indonesian districts,
// assets/glossaries/id-en-places-indonesia-districts.json, which is not bundled).
//
// "card with content": a mention overlapped by an annotation that has a pack entry, or (when
// src/core/names/profiles.ts exists) an in-article profile with content. Strict: the annotation
// starts with the mention and covers all its tokens without going past it (it may stop inside the
// last token, before a clitic). Lenient: any character in common.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateBlocks } from '../../src/core/glossary/annotate';
import {
  type CardProvider,
  findProfiles,
  loadGlossary,
  packCards,
  profileCards,
} from '../../tools/score/name-cards';
import {
  type Article,
  emptyTally,
  type MarkTally,
  parseBio,
  parseTagged,
  type Sample,
  SCORED_TYPES,
  spread,
  type Tally,
  tallyArticle,
  toArticles,
  topTexts,
} from '../../tools/score/name-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = args.find(
  (a, i) =>
    !a.startsWith('--') && !['--split', '--size', '--import', '--samples'].includes(args[i - 1] ?? ''),
);
const imports = args.filter((_, i) => args[i - 1] === '--import');
const split = option('--split') ?? 'all';
const size = Number(option('--size') ?? 18);
const verbose = flag('--verbose');
/** Examples printed per list with --verbose. */
const samples = Number(option('--samples') ?? 20);
if (!dataDir || !['train', 'valid', 'all'].includes(split) || !(size > 0)) {
  console.error(
    'usage: npx tsx scripts/names/score-names.ts <nergrit dir> [--split train|valid|all] [--verbose] [--samples 20] [--size 18] [--no-profiles] [--no-given-names] [--no-english] [--no-news] [--news dir] [--import pack.json …]',
  );
  process.exit(2);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—').padStart(6);

async function score(label: string, file: string, lang: string, groupSize: number): Promise<Tally> {
  return scoreArticles(label, toArticles(parseBio(readFileSync(file, 'utf8')), groupSize), lang, groupSize);
}

async function scoreArticles(
  label: string,
  articles: Article[],
  lang: string,
  groupSize: number | null,
): Promise<Tally> {
  const t0 = performance.now();
  const glossary = await loadGlossary(root, lang, imports);
  const profiles = flag('--no-profiles') ? { fn: null, why: '--no-profiles' } : await findProfiles(root);
  const provider: CardProvider = profiles.fn
    ? profileCards(glossary, profiles.fn, { givenNames: !flag('--no-given-names') })
    : packCards(glossary);
  const tally = emptyTally();
  for (const article of articles) {
    const found = await annotateBlocks(glossary.index, glossary.sets, article.blocks);
    const { annotations, cards } = await provider(article.blocks, found, lang);
    tallyArticle(tally, article, annotations, cards);
  }
  const ms = performance.now() - t0;
  console.log(`\n== ${label} (page language ${lang}) ==`);
  console.log(
    `packs: ${glossary.packs.map((p) => `${p.id} (${p.entries.length})`).join(', ')}; ` +
      `mode: ${profiles.fn ? `pack cards + in-article profiles (${profiles.why})` : `pack cards only: ${profiles.why}`}`,
  );
  console.log(
    groupSize === null
      ? `${tally.articles} articles, ${tally.blocks} paragraphs, ${ms.toFixed(0)} ms`
      : `${tally.articles} pseudo-articles of up to ${groupSize} consecutive sentences (${tally.blocks} sentences, one block each; ` +
          'the data is sentence-level, the grouping lets in-article cues and repeated mentions work), ' +
          `${ms.toFixed(0)} ms`,
  );
  printTable(tally);
  if (verbose) printSamples(tally);
  return tally;
}

function printTable(t: Tally) {
  console.log(
    `${'type'.padEnd(13)} ${'gold'.padStart(5)}  ${'marked s/l'.padStart(14)}  ${'card s/l'.padStart(14)}  ${'profile'.padStart(6)}  ${'pack card'.padStart(9)}  ${'kind ok'.padStart(7)}  ${'profile kind ok'.padStart(15)}`,
  );
  const sum = { gold: 0, ms: 0, ml: 0, cs: 0, cl: 0, pl: 0, pc: 0, km: 0, pk: 0, pm: 0 };
  const row = (name: string, r: typeof sum) =>
    console.log(
      `${name.padEnd(13)} ${String(r.gold).padStart(5)}  ${pct(r.ms, r.gold)} /${pct(r.ml, r.gold)}  ${pct(r.cs, r.gold)} /${pct(r.cl, r.gold)}  ${pct(r.pl, r.gold)}  ${String(r.pc).padStart(9)}  ${pct(r.km, r.pc).padStart(7)}  ${pct(r.pm, r.pk)} of ${String(r.pk).padStart(5)}`,
    );
  for (const type of SCORED_TYPES) {
    const x = t.types[type];
    if (!x) continue;
    const r = {
      gold: x.gold,
      ms: x.markedStrict,
      ml: x.markedLenient,
      cs: x.cardStrict,
      cl: x.cardLenient,
      pl: x.profileLenient,
      pc: x.packCard,
      km: x.kindMatch,
      pk: x.profileKinded,
      pm: x.profileKindMatch,
    };
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r[k];
    row(type, r);
  }
  row('all', sum);
  const marks = (name: string, m: MarkTally) =>
    console.log(
      `  ${name.padEnd(8)} ${String(m.total).padStart(5)} marks: on a P/O/L name ${pct(m.name, m.total)}, on a name of another type ${pct(m.otherType, m.total)}, on no gold name ${pct(m.nonName, m.total)}`,
    );
  console.log(
    'marks (precision of marking; lenient overlap; terms: pack concepts and acronyms such as RT, pemilu, which are glossary terms, not names):',
  );
  marks('pack', t.marks.pack);
  marks('unknown', t.marks.unknown);
  const add = (...list: MarkTally[]): MarkTally => ({
    total: list.reduce((n, m) => n + m.total, 0),
    name: list.reduce((n, m) => n + m.name, 0),
    otherType: list.reduce((n, m) => n + m.otherType, 0),
    nonName: list.reduce((n, m) => n + m.nonName, 0),
  });
  marks('names', add(t.marks.pack, t.marks.unknown));
  marks('terms', t.marks.term);
  marks('all', add(t.marks.pack, t.marks.unknown, t.marks.term));
}

function printSamples(t: Tally) {
  const show = (title: string, list: Sample[]) => {
    console.log(
      `\n-- ${title}: ${list.length}; most frequent: ${topTexts(list, 15)
        .map(([s, n]) => `${s} ×${n}`)
        .join(', ')}`,
    );
    for (const s of spread(list, samples)) console.log(`  ${s.text}  (${s.note})\n      ${s.context}`);
  };
  show('missed mentions (no card, lenient)', t.missed);
  show('wrong-kind pack cards', t.wrongKind);
  show('profiles of the wrong kind', t.wrongProfileKind);
  show('marks on no gold name', t.nonName);
}

const t0 = performance.now();
const parts = dataDir === '-' ? [] : split === 'all' ? ['train', 'valid'] : [split];
for (const part of parts) {
  const file = join(dataDir, `${part}_preprocess.txt`);
  if (!existsSync(file)) {
    console.error(`missing ${file}`);
    process.exit(1);
  }
  await score(`NERGRIT ${part}${part === 'valid' ? ' (held out)' : ''}`, file, 'id', size);
}
if (!flag('--no-english')) {
  // The English fixture: ten short wire-style paragraphs, one paragraph an article (a blank line
  // ends a sentence; the paragraphs are separated by a line holding only "-DOCSTART-").
  await scoreEnglish();
}
if (!flag('--no-news')) {
  // Real news, tagged by hand: held-out IndoSum articles, whole (tests/fixtures/names/news-id).
  await scoreNews(option('--news') ?? join(root, 'tests', 'fixtures', 'names', 'news-id'));
}
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);

async function scoreEnglish() {
  const file = join(root, 'tests', 'fixtures', 'names', 'en-news.txt');
  if (!existsSync(file)) return;
  await score('English fixture tests/fixtures/names/en-news.txt', file, 'en', size);
}

async function scoreNews(dir: string) {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tagged.txt'))
    .sort();
  const articles = files.map((f) => parseTagged(readFileSync(join(dir, f), 'utf8')));
  await scoreArticles(
    `Indonesian news, tagged by hand (${dir}, ${files.length} files)`,
    articles,
    'id',
    null,
  );
}
