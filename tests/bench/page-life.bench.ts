// Benchmark (not a test): how long an article takes to be annotated (from the start of its load
// to its terms drawn) while the service worker is stopped every 50–250 ms, in Chromium with the
// built extension. The storm lasts for the page's load and `--stops` stops after it, then ends
// (under a storm that never ends, a cold worker's first annotation, which takes longer than the
// gap between two stops, is never finished: the page waits for the worker to be back). The
// reference, in the same run, is each page loaded with the worker stopped just before (a cold
// start, no storm); the figures are ratios of medians: the whole time, and the time from the
// storm's end (how soon a page's tries get through once the worker is let be).
//   npm run build && npx tsx tests/bench/page-life.bench.ts [--rounds 2] [--stops 5]
import { join } from 'node:path';
import { launch, ROOT, STORM_ARTICLES, stopStorm } from '../../tools/browser/harness';
import { ArticlePage, ExtensionPage } from '../../tools/browser/pages';
import { serveFixtures } from '../../tools/browser/server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = arg('--rounds', 2);
const afterLoad = arg('--stops', 5);
const ARTICLES = STORM_ARTICLES;

const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const browser = await launch('chromium');
const extension = await ExtensionPage.open(browser);
await extension.setSettings({});

/** After the storm's end, until the terms are drawn (ms): how soon the page's tries get through. */
const afterStorm: number[] = [];

/** Loads one article and answers the time until its terms are drawn, in ms. */
async function annotated(slug: string, storm: boolean): Promise<number> {
  await browser.stopBackground?.();
  const page = await browser.newPage();
  const started = Date.now();
  const stopper = storm ? stopStorm(browser, 50, 250) : null;
  try {
    await page.goto(server.url(slug));
    await stopper?.more(afterLoad);
  } finally {
    await stopper?.end();
  }
  const calmAgain = Date.now();
  await new ArticlePage(page, server.url(slug)).waitForHighlights(120_000);
  const ms = Date.now() - started;
  if (storm) afterStorm.push(Date.now() - calmAgain);
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const calm: number[] = [];
const stormy: number[] = [];
for (let round = 0; round < rounds; round++)
  for (const slug of ARTICLES) {
    // Alternated, so that a slower moment of the machine weighs on both.
    calm.push(await annotated(slug, false));
    stormy.push(await annotated(slug, true));
    console.error(`  ${slug} calm ${calm.at(-1)} ms, storm ${stormy.at(-1)} ms`);
  }
await browser.close();
await server.close();
console.log(
  `annotated under the storm: median ${median(stormy)} ms (max ${Math.max(...stormy)}) = ` +
    `${(median(stormy) / median(calm)).toFixed(2)}× the calm cold start (median ${median(calm)} ms, ` +
    `max ${Math.max(...calm)}), ${stormy.length} loads each; after the storm's end: median ` +
    `${median(afterStorm)} ms (max ${Math.max(...afterStorm)}) = ${(median(afterStorm) / median(calm)).toFixed(2)}× the calm cold start`,
);
