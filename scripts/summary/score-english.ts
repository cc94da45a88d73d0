// ROUGE-1/2/L F (×100) on English news of Lentera's summary, Lead-3 and plain TextRank, against
// reference summaries written for the project (tests/fixtures/summaries-en/<page>.txt: 2–4
// sentences in a news agency's style, written from the article text alone, before and without
// seeing any summary). The articles are the news pages of Readability's test suite: their
// expected.html (the article body) read into paragraphs and list items.
//   npx tsx scripts/summary/score-english.ts [../shared/readability-pages] [--show N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageSets } from '../../src/core/glossary/language-data';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { rootOf } from '../../src/core/lexicon/lookup';
import { type SummaryBlock, type SummaryOptions, summarize } from '../../src/core/summary/summarize';
import { lead3, plainTextRank, Tally } from './baselines';
import { root } from './indosum';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const pagesDir =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show') ??
  join(root, '..', 'shared', 'readability-pages');
if (!existsSync(pagesDir)) throw new Error(`no pages at ${pagesDir}: give the path to readability-pages`);
const refsDir = join(root, 'tests', 'fixtures', 'summaries-en');

const sets = languageSets([JSON.parse(readFileSync(join(root, 'assets/languages/en.json'), 'utf8'))], 'en');
const lexicon = createLexicon(JSON.parse(readFileSync(join(root, 'assets/lexicon/en-id.json'), 'utf8')));
const options: SummaryOptions = {
  stopwords: sets.common,
  clitics: sets.clitics,
  normalize: (w) => rootOf(w, lexicon),
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** The body's paragraphs and list items as text (the blocks the background summarises). */
function blocksOf(html: string): SummaryBlock[] {
  const clean = html.replace(/<(script|style|figcaption)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const out: SummaryBlock[] = [];
  for (const m of clean.matchAll(/<(p|li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const text = decode((m[2] ?? '').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push({ kind: (m[1] as string).toLowerCase() === 'li' ? 'list-item' : 'paragraph', text });
  }
  return out;
}

const slugs = readdirSync(refsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const tally = new Tally(show);
for (const slug of slugs) {
  const reference = readFileSync(join(refsDir, `${slug}.txt`), 'utf8').trim();
  const html = readFileSync(join(pagesDir, slug, 'expected.html'), 'utf8');
  const meta = JSON.parse(readFileSync(join(pagesDir, slug, 'expected-metadata.json'), 'utf8')) as {
    title?: string;
  };
  const blocks = blocksOf(html);
  tally.add(
    slug,
    {
      Lentera: summarize(meta.title ?? '', blocks, 'en', options).map((s) => s.text),
      'Lead-3': lead3(blocks, 'en'),
      TextRank: plainTextRank(blocks, 'en', options),
    },
    reference,
  );
}
tally.print('English news (Readability test pages) with written references');
