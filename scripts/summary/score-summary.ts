// Prints ROUGE-1 and ROUGE-L (F) of the extractive summary against the hand-written reference
// summaries (tests/fixtures/summaries/<slug>.txt), per article and on average, and checks that
// every summary sentence comes from the article's own text (the fixture's gold blocks).
//   npx tsx scripts/summary/score-summary.ts [--show] [--no-roots]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageSets } from '../../src/core/glossary/language-data';
import { createLexicon, type Lexicon } from '../../src/core/lexicon/lexicon';
import { rootOf } from '../../src/core/lexicon/lookup';
import { rouge1, rougeL } from '../../src/core/summary/rouge';
import { splitSentences } from '../../src/core/summary/sentences';
import { summarize } from '../../src/core/summary/summarize';

const root = join(import.meta.dirname, '..', '..');
// Sentences are compared by roots, as the background does with its lexicons.
const lexicon = (pair: string, roots?: string) =>
  createLexicon(
    JSON.parse(readFileSync(join(root, `assets/lexicon/${pair}.json`), 'utf8')),
    roots ? JSON.parse(readFileSync(join(root, `assets/lexicon/${roots}.json`), 'utf8')) : undefined,
  );
const lexicons: Record<string, Lexicon> = {
  ...(process.argv.includes('--no-roots') ? {} : { id: lexicon('id-en', 'id-roots'), en: lexicon('en-id') }),
};
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const show = process.argv.includes('--show');

export function fixtureSummary(slug: string) {
  const gold = JSON.parse(read(`tests/fixtures/pages/${slug}/expected.json`)) as {
    title: string;
    lang: string;
    blocks: { kind: string; text: string }[];
  };
  const sets = languageSets([JSON.parse(read(`assets/languages/${gold.lang}.json`))], gold.lang);
  const sentences = summarize(gold.title, gold.blocks, gold.lang, {
    stopwords: sets.common,
    clitics: sets.clitics,
    ...(lexicons[gold.lang] ? { normalize: (w: string) => rootOf(w, lexicons[gold.lang] as Lexicon) } : {}),
  });
  return { gold, sentences };
}

const slugs = readdirSync(join(root, 'tests/fixtures/summaries'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));
let r1 = 0;
let rl = 0;
let lead1 = 0;
let leadL = 0;
let outside = 0;
for (const slug of slugs) {
  const reference = read(`tests/fixtures/summaries/${slug}.txt`);
  const { gold, sentences } = fixtureSummary(slug);
  const text = sentences.map((s) => s.text).join(' ');
  const a = rouge1(text, reference);
  const b = rougeL(text, reference);
  r1 += a.f;
  rl += b.f;
  // The usual baseline for news: the first three sentences.
  const lead = gold.blocks
    .filter((x) => x.kind === 'paragraph' || x.kind === 'list-item' || x.kind === 'quote')
    .flatMap((x) => splitSentences(x.text, gold.lang))
    .slice(0, 3)
    .map((x) => x.text)
    .join(' ');
  lead1 += rouge1(lead, reference).f;
  leadL += rougeL(lead, reference).f;
  const body = gold.blocks.map((x) => x.text).join('\n');
  const foreign = sentences.filter((s) => !body.includes(s.text));
  outside += foreign.length;
  console.log(
    `${slug.padEnd(14)} ${gold.lang}  ${sentences.length} sentences  ROUGE-1 F ${a.f.toFixed(3)} (P ${a.precision.toFixed(2)} R ${a.recall.toFixed(2)})  ROUGE-L F ${b.f.toFixed(3)}${foreign.length ? `  ${foreign.length} NOT FROM THE ARTICLE` : ''}`,
  );
  if (show) for (const s of sentences) console.log(`    · ${s.text}`);
}
console.log(
  `mean over ${slugs.length} articles: ROUGE-1 F ${(r1 / slugs.length).toFixed(3)}, ROUGE-L F ${(rl / slugs.length).toFixed(3)}; sentences not from the article: ${outside}`,
);
console.log(
  `baseline (the first three sentences): ROUGE-1 F ${(lead1 / slugs.length).toFixed(3)}, ROUGE-L F ${(leadL / slugs.length).toFixed(3)}`,
);
