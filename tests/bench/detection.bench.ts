// Benchmark (not a test): article detection plus live-DOM mapping on a 10,000-word article, against
// Readability.parse alone on the same page, in the same run, in real Chromium.
//   npx tsx tests/bench/detection.bench.ts [--runs 21]
// Budget: detection and mapping add at most 25 % to the parse.
import { join } from 'node:path';
import { openDetectorPage } from '../../tools/browser/detect-in-browser';
import { ROOT } from '../../tools/browser/harness';
import { median } from '../../tools/score/overlap';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 21;
const { page, close } = await openDetectorPage(join(ROOT, 'tests', 'fixtures', 'pages'), 'long-10k/');
const result = await page.evaluate(async (runs: number) => {
  type Api = {
    parseOnly(): number;
    detectTimed(): Promise<number>;
    detect(force: boolean): Promise<{
      blocks: { text: string }[];
      timings?: { gateMs: number; serializeMs: number; parseMs: number; mapMs: number };
    }>;
  };
  const api = (globalThis as unknown as { __lentera: Api }).__lentera;
  const words = (await api.detect(false)).blocks.reduce(
    (n, b) => n + b.text.split(/\s+/).filter(Boolean).length,
    0,
  );
  // Warm up both paths (JIT), then alternate so that drift affects both alike.
  for (let i = 0; i < 3; i++) {
    api.parseOnly();
    await api.detectTimed();
  }
  const parse: number[] = [];
  const detect: number[] = [];
  const parts: { gateMs: number; serializeMs: number; parseMs: number; mapMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    parse.push(api.parseOnly());
    detect.push(await api.detectTimed());
    const t = (await api.detect(false)).timings;
    if (t) parts.push(t);
  }
  return { words, parse, detect, parts };
}, runs);
await close();

const med = (xs: number[]) => median(xs);
const parseMs = med(result.parse);
const detectMs = med(result.detect);
console.log(`article: long-10k, ${result.words} words mapped; ${runs} runs each, medians`);
console.log(`Readability.parse alone (clone + parse):        ${parseMs.toFixed(1)} ms`);
console.log(`Lentera detection (gate + numbered clone + parse + mapping): ${detectMs.toFixed(1)} ms`);
const part = (k: 'gateMs' | 'serializeMs' | 'parseMs' | 'mapMs') => med(result.parts.map((p) => p[k]));
console.log(
  `  of which gate ${part('gateMs').toFixed(1)} ms, numbered copy ${part('serializeMs').toFixed(1)} ms, copy parsed + Readability ${part('parseMs').toFixed(1)} ms, mapping + cleaning ${part('mapMs').toFixed(1)} ms`,
);
console.log(`ratio detection / parse: ${(detectMs / parseMs).toFixed(3)}  (budget ≤ 1.25)`);
// In the extension the copy is parsed off the page's thread (offscreen document, event page):
// the page's own thread does the gate, the copy and the mapping.
const pageThread = part('gateMs') + part('serializeMs') + part('mapMs');
console.log(
  `on the page's thread in the extension (gate + copy + mapping, medians added): ${pageThread.toFixed(1)} ms, ratio to parse ${(pageThread / parseMs).toFixed(3)}`,
);
