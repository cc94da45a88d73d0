// Benchmark (not a test): the glossary term engine in a browser worker (a dedicated Worker in real
// Chromium): pack validation and index build for the whole bundled pack, and matching on a 60 KB
// Indonesian article as a ratio to one bare pass over the same string.
//   npx tsx tests/bench/terms.bench.ts [--runs 51] [--with-places]
// --with-places: the news pack with the bundled place packs merged in, as the background loads them.
// Budgets: matching ≤ 2× the bare pass; index build ≤ 100 ms for the whole pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchPlainChromium, ROOT } from '../../tools/browser/harness';
import { serveFixtures } from '../../tools/browser/server';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 51;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const worker =
  (
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['tests/bench/terms-worker.ts'],
      bundle: true,
      write: false,
      format: 'iife',
    })
  ).outputFiles[0]?.text ?? '';
const gold = (slug: string) =>
  (JSON.parse(read(`tests/fixtures/pages/${slug}/expected.json`)) as { blocks: { text: string }[] }).blocks
    .map((b) => b.text)
    .join('\n');
const base = [
  read('tests/fixtures/text/article-id.txt'),
  gold('id-divs'),
  gold('id-related'),
  gold('id-print'),
].join('\n');
let text = '';
while (text.length < 60_000) text += `${base}\n`;
text = text.slice(0, 60_000);

const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const browser = await launchPlainChromium();
const page = await browser.newPage();
await page.goto(server.url('id-print/'));
const news = JSON.parse(read('assets/glossaries/id-en-news.json')) as { entries: unknown[] };
if (process.argv.includes('--with-places'))
  for (const extra of ['id-en-places-world.json', 'id-en-places-indonesia.json'])
    news.entries.push(...(JSON.parse(read(`assets/glossaries/${extra}`)) as { entries: unknown[] }).entries);
const job = {
  pack: news,
  languages: [JSON.parse(read('assets/languages/id.json')), JSON.parse(read('assets/languages/en.json'))],
  text,
  runs,
};
const result = (await page.evaluate(
  ({ code, job }) =>
    new Promise((resolve, reject) => {
      const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      w.onmessage = (e) => resolve(e.data);
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage(job);
    }),
  { code: worker, job },
)) as Record<string, number>;
await browser.close();
await server.close();
const ms = (x: number | undefined) => `${(x ?? Number.NaN).toFixed(3)} ms`;
console.log(
  `pack: ${result.entries} entries, ${result.labels} labels; text: ${result.chars} characters; medians of ${runs} runs`,
);
console.log(`validate pack:        ${ms(result.validate)}`);
console.log(
  `build index:          ${ms(result.build)}  (budget ≤ 100 ms; with validation ${ms((result.validate ?? 0) + (result.build ?? 0))})`,
);
console.log(`bare pass:            ${ms(result.bare)}`);
console.log(
  `capitals scan only:   ${ms(result.capitals)}  ×${((result.capitals ?? 0) / (result.bare ?? 1)).toFixed(2)} the bare pass (the floor of a scan that stops at capitals)`,
);
console.log(
  `glossary matching:    ${ms(result.match)}  ×${((result.match ?? 0) / (result.bare ?? 1)).toFixed(2)} the bare pass (budget ≤ 2), ${result.matches} matches`,
);
console.log(
  `with unknown names:   ${ms(result.annotate)}  ×${((result.annotate ?? 0) / (result.bare ?? 1)).toFixed(2)} the bare pass, ${result.annotations} annotations`,
);
