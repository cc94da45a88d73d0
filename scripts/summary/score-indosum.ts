import { rouge1, rouge2, rougeL } from '../../src/core/summary/rouge';
import { splitSentences } from '../../src/core/summary/sentences';
import { summarize } from '../../src/core/summary/summarize';
import { isJunk, lead3, plainTextRank } from './baselines';
import { type Article, DEFAULT_PATH, indonesianOptions, part, readIndoSum } from './indosum';
import { CrossCheck } from './rouge-check';

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

type System = 'Lentera' | 'Lead-3' | 'TextRank';
const systems: System[] = ['Lentera', 'Lead-3', 'TextRank'];
const totals = Object.fromEntries(
  systems.map((s) => [s, { r1: 0, r2: 0, rl: 0, sentences: 0, words: 0, junk: 0 }]),
) as Record<System, { r1: number; r2: number; rl: number; sentences: number; words: number; junk: number }>;
const crossCheck = new CrossCheck();
let wins = 0;
let losses = 0;
let shown = 0;
for (const a of articles) {
  const out: Record<System, string[]> = {
    Lentera: summarize(a.title, a.blocks, 'id', options).map((s) => s.text),
    'Lead-3': lead3(a.blocks, 'id'),
    TextRank: plainTextRank(a.blocks, 'id', options),
  };
  const f1: Partial<Record<System, number>> = {};
  for (const s of systems) {
    const text = out[s].join(' ');
    const t = totals[s];
    crossCheck.add(s, text, a.reference);
    const r1 = rouge1(text, a.reference).f;
    f1[s] = r1;
    t.r1 += r1;
    t.r2 += rouge2(text, a.reference).f;
    t.rl += rougeL(text, a.reference).f;
    t.sentences += out[s].length;
    t.words += out[s].reduce((n, x) => n + (x.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
    // Junk: a sentence the junk rules would drop, or cut a head or tail off (a dateline aside).
    t.junk += out[s].filter(isJunk).length;
  }
  if ((f1.Lentera as number) > (f1['Lead-3'] as number) + 1e-9) wins++;
  else if ((f1.Lentera as number) < (f1['Lead-3'] as number) - 1e-9) losses++;
  if (shown < show) {
    shown++;
    console.log(
      `\n${a.id}  R-1 ${(100 * (f1.Lentera as number)).toFixed(1)} vs Lead-3 ${(100 * (f1['Lead-3'] as number)).toFixed(1)}`,
    );
    for (const x of out.Lentera) console.log(`  · ${x}`);
    console.log(`  reference: ${a.reference}`);
  }
}
const n = articles.length;
console.log(`IndoSum ${path.split('/').at(-1)}, part ${which}: ${n} articles`);
console.log('system     R-1    R-2    R-L   sentences  words/sentence  junk');
for (const s of systems) {
  const t = totals[s];
  console.log(
    `${s.padEnd(9)} ${((100 * t.r1) / n).toFixed(1).padStart(5)}  ${((100 * t.r2) / n).toFixed(1).padStart(5)}  ${((100 * t.rl) / n).toFixed(1).padStart(5)}   ${(t.sentences / n).toFixed(2).padStart(5)}      ${(t.words / Math.max(1, t.sentences)).toFixed(1).padStart(5)}         ${t.junk}`,
  );
}
console.log(
  `Lentera vs Lead-3 (ROUGE-1 per article): ${wins} wins, ${losses} losses, ${n - wins - losses} ties`,
);
crossCheck.print();

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
