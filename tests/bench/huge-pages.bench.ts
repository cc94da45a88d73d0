// Benchmark (not a test): the huge pages of issue 16 (tools/browser/huge-pages.ts) in Chromium with
// the built extension. For each page: the time from asking for it to Lentera's answer (the report
// stored, and for an article its annotation too), and the longest freeze of an open options page
// meanwhile (the longest gap between ticks of a 10 ms heartbeat there: in Chromium the offscreen
// document that parses pages shares that page's process). Both as ratios to the same figures for a
// normal fixture article, measured in the same run. The same heartbeat in a blank web page (a
// process of its own) is the control: what it shows too is the machine's load, not Lentera's
// doing.
//   npm run build && npx tsx tests/bench/huge-pages.bench.ts [--runs 3]
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tabKeys } from '../../src/contract/storage';
import { launchChromiumContext, ROOT } from '../../tools/browser/harness';
import { HUGE_PAGES } from '../../tools/browser/huge-pages';
import { serveFixtures } from '../../tools/browser/server';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
/** Past this, a page counts as never answered. */
const GIVE_UP_MS = 60_000;
const REFERENCE = 'id-news-csto/';

const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const { context, extensionOrigin } = await launchChromiumContext();
const options = await context.newPage();
await options.goto(`${extensionOrigin}/options.html`);
const control = await context.newPage();
await control.goto('about:blank');
type Beat = { beat: { last: number; worst: number } };
for (const page of [options, control])
  await page.evaluate(() => {
    const g = globalThis as unknown as Beat;
    g.beat = { last: performance.now(), worst: 0 };
    setInterval(() => {
      const now = performance.now();
      g.beat.worst = Math.max(g.beat.worst, now - g.beat.last);
      g.beat.last = now;
    }, 10);
  });
const resetBeat = (page: Page) =>
  page.evaluate(() => {
    (globalThis as unknown as Beat).beat = { last: performance.now(), worst: 0 };
  });
const worstBeat = (page: Page) => page.evaluate(() => (globalThis as unknown as Beat).beat.worst);

type Answer = { kind: string; annotated: boolean; cut: unknown; reason?: string };

/** What the extension stored for the tab showing `url`, once it is a final answer. */
const answerFor = (url: string) =>
  options.evaluate(
    async ({ url, keysOf }: { url: string; keysOf: string }) => {
      const keys = new Function('id', `return (${keysOf})(id)`) as (id: number) => Record<string, string>;
      type Session = { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      const all = await (globalThis as unknown as { chrome: Session }).chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        const id = Number(/\d+$/.exec(key)?.[0] ?? Number.NaN);
        if (!Number.isInteger(id) || keys(id).state !== key) continue;
        const report = (value as { report?: { url: string; kind: string; cut?: unknown; reason?: string } })
          .report;
        if (report?.url !== url) continue;
        const annotated = all[keys(id).annotations as string] !== undefined;
        if (report.kind === 'article' && !annotated) return null;
        return { kind: report.kind, annotated, cut: report.cut ?? null, reason: report.reason };
      }
      return null;
    },
    { url, keysOf: tabKeys.toString() },
  );

interface Reading {
  ms: number;
  /** The browser's own load of the page (to its load event), part of `ms`. */
  loadMs: number;
  freezeMs: number;
  /** The same in the control page. */
  controlMs: number;
  answer: Answer | null;
}

async function read(url: string): Promise<Reading> {
  await Promise.all([resetBeat(options), resetBeat(control)]);
  const started = Date.now();
  const tab: Page = await context.newPage();
  void tab.goto(url, { waitUntil: 'commit', timeout: GIVE_UP_MS }).catch(() => undefined);
  let answer: Answer | null = null;
  while (Date.now() - started < GIVE_UP_MS) {
    answer = await answerFor(url);
    if (answer) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const ms = Date.now() - started;
  const [freezeMs, controlMs] = await Promise.all([worstBeat(options), worstBeat(control)]);
  const loadMs = await tab
    .evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    )
    .catch(() => Number.NaN);
  await tab.close();
  return { ms, loadMs, freezeMs, controlMs, answer };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const rows: (Omit<Reading, 'answer'> & { name: string; answer: string })[] = [];
const reference = {
  ms: [] as number[],
  loadMs: [] as number[],
  freezeMs: [] as number[],
  controlMs: [] as number[],
};
for (let i = 0; i < runs; i++) {
  // The reference between the huge pages, so that both see the same state of the machine.
  const ref = await read(server.url(REFERENCE));
  reference.ms.push(ref.ms);
  reference.loadMs.push(ref.loadMs);
  reference.freezeMs.push(ref.freezeMs);
  reference.controlMs.push(ref.controlMs);
  for (const name of Object.keys(HUGE_PAGES)) {
    const r = await read(server.url(`generated/${name}`));
    const a = r.answer;
    rows.push({
      name,
      ms: r.ms,
      loadMs: r.loadMs,
      freezeMs: r.freezeMs,
      controlMs: r.controlMs,
      answer: !a
        ? 'none'
        : a.kind === 'article'
          ? `article${a.annotated ? ', annotated' : ''}${a.cut ? `, cut ${JSON.stringify(a.cut)}` : ''}`
          : `${a.kind}: ${a.reason ?? ''}`,
    });
  }
}
await context.close();
await server.close();

const refMs = median(reference.ms);
const refFreeze = median(reference.freezeMs);
console.log(`huge pages, Chromium, ${runs} runs; medians; reference: ${REFERENCE}`);
console.log(
  `  reference: answer ${refMs.toFixed(0)} ms (the page's own load ${median(reference.loadMs).toFixed(0)} ms), options page's longest freeze ${refFreeze.toFixed(0)} ms (control ${median(reference.controlMs).toFixed(0)} ms)`,
);
for (const name of Object.keys(HUGE_PAGES)) {
  const mine = rows.filter((r) => r.name === name);
  const ms = median(mine.map((r) => r.ms));
  const freeze = median(mine.map((r) => r.freezeMs));
  const load = median(mine.map((r) => r.loadMs));
  const controlMs = median(mine.map((r) => r.controlMs));
  console.log(
    `  ${name.padEnd(16)} answer ${(ms / refMs).toFixed(1)}× (${ms.toFixed(0)} ms; load ${load.toFixed(0)} ms), freeze ${(freeze / refFreeze).toFixed(1)}× (${freeze.toFixed(0)} ms; control ${controlMs.toFixed(0)} ms): ${[...new Set(mine.map((r) => r.answer))].join(' | ')}`,
  );
}
