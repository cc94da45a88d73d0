import { splitSentences } from '../../src/core/summary/sentences';
import { summarize } from '../../src/core/summary/summarize';
import { lead3, plainTextRank, Tally } from './baselines';
import { type Article, DEFAULT_PATH, indonesianOptions, part, readIndoSum } from './indosum';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const which = flag('--part') ?? 'all';
if (!['tune', 'held-out', 'all'].includes(which)) throw new Error(`--part tune|held-out|all, not ${which}`);
const show = Number(flag('--show') ?? 0);
const path = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? DEFAULT_PATH;

const all = readIndoSum(path);
const articles = all.filter((a) => which === 'all' || part(a.id) === which);
const options = indonesianOptions();

const tally = new Tally(show);
for (const a of articles)
  tally.add(
    a.id,
    {
      Lentera: summarize(a.title, a.blocks, 'id', options).map((s) => s.text),
      'Lead-3': lead3(a.blocks, 'id'),
      TextRank: plainTextRank(a.blocks, 'id', options),
    },
    a.reference,
  );
tally.print(`IndoSum ${path.split('/').at(-1)}, part ${which}`);

// Time: one article of 10,000 words, IndoSum articles one after another.
const blocks: Article['blocks'] = [];
let words = 0;
for (let i = 0; words < 10_000; i++) {
  for (const b of (all[i % all.length] as Article).blocks) {
    if (words >= 10_000) break;
    blocks.push(b);
    words += b.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  }
}
const median = (run: () => unknown, times = 31) => {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  return ms.sort((x, y) => x - y)[times >> 1] as number;
};
for (let i = 0; i < 5; i++) summarize('', blocks, 'id', options);
const summaryMs = median(() => summarize('', blocks, 'id', options));
const splitMs = median(() => {
  for (const b of blocks) splitSentences(b.text, 'id');
});
console.log(
  `time on ${words} words (${blocks.length} paragraphs): summarize ${summaryMs.toFixed(2)} ms median; splitSentences alone ${splitMs.toFixed(2)} ms; ratio ${(summaryMs / splitMs).toFixed(1)}×`,
);
