// Benchmark (not a test): annotation of an article — glossary terms, unknown names and in-article
// profiles, the whole `annotate` handler — in the extension's real service worker (Chromium, the
// built extension), from 1,000 to 50,000 words, against a plain multi-pattern scan over the same
// labels in the same worker in the same run: a well-kept Aho–Corasick package (modern-ahocorasick,
// leftmost-longest) and one regular-expression alternation.
//   npm run build && npx tsx tests/bench/annotate.bench.ts [--runs 31]
// Budget (issue 12): ≤ 10 ms p95 for a 60 KB article; linear in the length.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { BackgroundApi } from '../../src/contract/background-api';
import { envelope } from '../../src/contract/channel';
import { CHANNELS } from '../../src/contract/names';
import { launchChromiumContext, ROOT } from '../../tools/browser/harness';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('--runs', 31);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const gold = (slug: string) =>
  (
    JSON.parse(read(`tests/fixtures/pages/${slug}/expected.json`)) as { blocks: { text: string }[] }
  ).blocks.map((b) => b.text);
// Real Indonesian news text: the sample article and the fixture articles, as blocks (paragraphs).
const base = [
  ...read('tests/fixtures/text/article-id.txt').split(/\n+/),
  ...gold('id-divs'),
  ...gold('id-related'),
  ...gold('id-print'),
  ...gold('id-news-csto'),
].filter((b) => b.trim() !== '');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** Blocks of about `n` words, cycling through the base text. */
function article(n: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const block = base[i % base.length] as string;
    out.push(block);
    count += words(block);
  }
  return out;
}
const chars = (blocks: string[]) => blocks.reduce((n, b) => n + b.length + 1, 0);
// The 60 KB article of the budget, then the lengths of the linearity check.
let sixty: string[] = [];
for (let n = 1000; chars(sixty) < 60_000; n += 100) sixty = article(n);
const sizes: { label: string; blocks: string[] }[] = [
  ...[1_000, 5_000, 10_000, 25_000, 50_000].map((n) => ({ label: `${n} words`, blocks: article(n) })),
  { label: '60 KB', blocks: sixty },
];

// Every label of the packs the worker loads for an Indonesian page (names, aliases, acronyms in
// any language), for the reference scan.
const labels = new Set<string>();
for (const file of ['id-en-news.json', 'id-en-places-world.json', 'id-en-places-indonesia.json']) {
  const pack = JSON.parse(read(`assets/glossaries/${file}`)) as {
    entries: { labels: Record<string, { name: string; aliases?: string[]; acronyms?: string[] }> }[];
  };
  for (const e of pack.entries)
    for (const l of Object.values(e.labels))
      for (const s of [l.name, ...(l.aliases ?? []), ...(l.acronyms ?? [])]) if (s) labels.add(s);
}
// The reference, bundled to one expression evaluated in the service worker (globalThis.__ref).
const reference =
  (
    await esbuild.build({
      stdin: {
        contents: `import AhoCorasick from 'modern-ahocorasick';
          globalThis.__ref = { AhoCorasick };`,
        resolveDir: ROOT,
      },
      bundle: true,
      write: false,
      format: 'iife',
    })
  ).outputFiles[0]?.text ?? '';

const { context, extensionOrigin } = await launchChromiumContext();
const page = await context.newPage();
await page.goto(`${extensionOrigin}/options.html`);
await page.waitForFunction(() => document.querySelector('#vocabulary-count')?.textContent !== '…');
const worker = context.serviceWorkers()[0];
if (!worker) throw new Error('no service worker');

type Reply = {
  ok: boolean;
  value: { ms: number; annotations: unknown[]; profiles: Record<string, unknown> };
};
const annotate = (blocks: string[]) =>
  page.evaluate(
    async (m) => {
      const api = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const reply = (await api.runtime.sendMessage(m)) as Reply;
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return {
        ms: reply.value.ms,
        annotations: reply.value.annotations.length,
        profiles: Object.keys(reply.value.profiles).length,
      };
    },
    envelope<BackgroundApi, 'annotate'>(CHANNELS.background, 'annotate', {
      blocks,
      pageLang: 'id',
      readerLang: 'en',
      url: 'http://127.0.0.1/bench',
    }),
  );

await worker.evaluate(reference);
const build = await worker.evaluate(
  (list: string[]) => {
    const g = globalThis as unknown as Record<string, unknown>;
    const { AhoCorasick } = g.__ref as { AhoCorasick: new (p: string[]) => unknown };
    const t0 = performance.now();
    g.__matcher = new AhoCorasick(list);
    const t1 = performance.now();
    const escaped = [...list]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    g.__regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return { aho: t1 - t0, regex: performance.now() - t1 };
  },
  [...labels],
);

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;
const f = (x: number) => x.toFixed(2).padStart(7);
console.log(
  `labels: ${labels.size}; reference build in the worker: Aho–Corasick ${build.aho.toFixed(1)} ms, regex ${build.regex.toFixed(1)} ms; ${runs} runs each`,
);
console.log(
  'size            chars  annot. profiles | annotate p50    p95 | A–C p50    p95 | regex p50 | ratio p95 annotate / A–C',
);
// Warm-up: the index is built on the first call.
await annotate(sizes[0]?.blocks ?? []);
const perWord: number[] = [];
for (const { label, blocks } of sizes) {
  const ours: number[] = [];
  let counts = { annotations: 0, profiles: 0 };
  for (let i = 0; i < 3; i++) await annotate(blocks);
  for (let i = 0; i < runs; i++) {
    const r = await annotate(blocks);
    ours.push(r.ms);
    counts = r;
  }
  const ref = await worker.evaluate(
    ({ blocks, runs }) => {
      const g = globalThis as unknown as Record<string, unknown>;
      const matcher = g.__matcher as { search(t: string, o: { strategy: string }): unknown[] };
      const regex = g.__regex as RegExp;
      const aho: number[] = [];
      const rx: number[] = [];
      let sink = 0;
      for (let i = 0; i < runs + 3; i++) {
        let t0 = performance.now();
        for (const b of blocks) sink += matcher.search(b, { strategy: 'leftmost-longest' }).length;
        if (i >= 3) aho.push(performance.now() - t0);
        t0 = performance.now();
        for (const b of blocks) sink += b.match(regex)?.length ?? 0;
        if (i >= 3) rx.push(performance.now() - t0);
      }
      return { aho, rx, sink };
    },
    { blocks, runs },
  );
  const n = chars(blocks);
  perWord.push((pct(ours, 0.5) / blocks.reduce((s, b) => s + words(b), 0)) * 1000);
  console.log(
    `${label.padEnd(12)} ${String(n).padStart(8)} ${String(counts.annotations).padStart(7)} ${String(counts.profiles).padStart(8)} | ${f(pct(ours, 0.5))} ${f(pct(ours, 0.95))} | ${f(pct(ref.aho, 0.5))} ${f(pct(ref.aho, 0.95))} | ${f(pct(ref.rx, 0.5))} | ×${(pct(ours, 0.95) / pct(ref.aho, 0.95)).toFixed(2)}`,
  );
}
console.log(
  `annotate, µs a word (p50) from 1,000 to 50,000 words: ${perWord
    .slice(0, 5)
    .map((x) => x.toFixed(2))
    .join(', ')} (linear: about constant)`,
);
await context.close();
