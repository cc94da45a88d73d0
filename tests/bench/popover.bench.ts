// Benchmark (not a test): highlights and popovers in real Chromium with the built extension.
//   npm run build && npx tsx tests/bench/popover.bench.ts [--hovers 50]
// - article detection and highlight application on a 10,000-word article (user-timing measures
//   "lentera:detect" and "lentera:highlights" that the content script records);
// - hover-to-visible-popover latency over 50 hovers: from the moment the dwell ends to the first
//   painted frame with the popover ("lentera:popover"), and from the pointer's arrival;
// - long tasks (> 50 ms) seen by a PerformanceObserver under 4× CPU throttling, on the page with
//   Lentera and on the same page without it.
// Budgets: p95 hover ≤ 3 frames (16.7 ms each); no long task caused by Lentera.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DWELL_MS } from '../../src/content/interaction';
import { LOCAL_KEYS } from '../../src/contract/storage';
import { launchChromiumContext, launchPlainChromium, ROOT } from '../../tools/browser/harness';
import { serveFixtures } from '../../tools/browser/server';

const hovers = Number(process.argv[process.argv.indexOf('--hovers') + 1]) || 50;
const FRAME = 1000 / 60;
const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const url = server.url('long-10k/');
const observe = () => {
  const w = window as unknown as { __long: { start: number; ms: number }[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__long.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
};
const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __long: { start: number; ms: number }[] }).__long);
const measures = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('lentera:'))
      .map((m) => ({ name: m.name, start: Math.round(m.startTime), ms: m.duration })),
  );
const highlighted = (page: Page) =>
  page.waitForFunction(
    () =>
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
        'lentera-term-first',
      ),
    undefined,
    {
      timeout: 30_000,
      polling: 50,
    },
  );

/** Turns on Lentera's user-timing measures (the "diagnostics" setting), as a reader could. */
async function enableDiagnostics(launched: Awaited<ReturnType<typeof launchChromiumContext>>) {
  const page = await launched.context.newPage();
  await page.goto(`${launched.extensionOrigin}/options.html`);
  await page.evaluate(
    (items) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
      ).chrome.storage.local.set(items),
    { [LOCAL_KEYS.settings]: { diagnostics: true } },
  );
  await page.close();
}

async function throttledLoad(withExtension: boolean) {
  const launched = withExtension
    ? await launchChromiumContext().then(async (l) => {
        await enableDiagnostics(l);
        return l;
      })
    : {
        context: await (await launchPlainChromium()).newContext(),
      };
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await highlighted(page);
  await page.waitForTimeout(2000);
  const result = { long: await longTasks(page), measures: await measures(page) };
  await launched.context.close();
  await launched.context.browser()?.close();
  return result;
}

const without = await throttledLoad(false);
const withLentera = await throttledLoad(true);

// Unthrottled: timings and hovers.
const unthrottled = await launchChromiumContext();
await enableDiagnostics(unthrottled);
const { context } = unthrottled;
const page = await context.newPage();
await page.goto(url, { waitUntil: 'load' });
await highlighted(page);
// Hover targets: the start of highlighted terms, taken from Lentera's own highlights.
const arrival: number[] = [];
for (let i = 0; i < hovers; i++) {
  const point = await page.evaluate((i: number) => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
      .highlights;
    const ranges = [...(registry.get('lentera-term-first') ?? []), ...(registry.get('lentera-term') ?? [])];
    const range = ranges[(i * 7) % ranges.length] as Range;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0] as DOMRect;
    return { x: rect.left + Math.min(4, rect.width / 2), y: rect.top + rect.height / 2 };
  }, i);
  await page.mouse.move(point.x - 40, point.y + 40);
  // The card's host is a closed box the page cannot look into, but it sees it arrive: the card is
  // rendered into it in the same task, and painted by the next frame.
  await page.evaluate(() => {
    const w = window as unknown as { __cardShown: Promise<number> };
    w.__cardShown = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.documentElement.querySelector(':scope > :not(head):not(body)')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.documentElement, { childList: true });
    });
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(point.x, point.y);
  const t1 = await page.evaluate(() => (window as unknown as { __cardShown: Promise<number> }).__cardShown);
  arrival.push(t1 - t0);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.querySelector(':scope > :not(head):not(body)'));
}
const all = await measures(page);
const words = await page.evaluate(
  () => (document.querySelector('article')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
);
await context.close();
await server.close();

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { p50: p(0.5), p95: p(0.95), n: s.length };
};
const f = (ms: number) => `${ms.toFixed(1)} ms (${(ms / FRAME).toFixed(2)} frames)`;
const one = (list: { name: string; ms: number }[], name: string) =>
  list.find((m) => m.name === name)?.ms ?? Number.NaN;
const popover = stats(all.filter((m) => m.name === 'lentera:popover').map((m) => m.ms));
const fromArrival = stats(arrival);
console.log(`article: long-10k, ${words} words`);
for (const phase of ['gate', 'serialize', 'parse', 'map', 'clean']) {
  const name = `lentera:detect:${phase}`;
  console.log(
    `detect, ${phase}${phase === 'parse' ? ' (elsewhere: time waited, not a task of the page)' : ' (one task)'}: ${f(one(all, name))}; under 4× CPU: ${f(one(withLentera.measures, name))}`,
  );
}
console.log(
  `apply highlights: ${f(one(all, 'lentera:highlights'))}; under 4× CPU: ${f(one(withLentera.measures, 'lentera:highlights'))}`,
);
console.log(
  `popover, end of dwell → painted (${popover.n} hovers): p50 ${f(popover.p50)}, p95 ${f(popover.p95)}  (budget p95 ≤ 3 frames)`,
);
console.log(
  `popover, pointer arrives → painted, dwell of ${DWELL_MS} ms included: p50 ${f(fromArrival.p50)}, p95 ${f(fromArrival.p95)}`,
);
// A long task is Lentera's when it overlaps one of Lentera's own tasks (the parse is time spent
// waiting for another document, not a task of the page).
const ownTasks = withLentera.measures.filter((m) => m.name !== 'lentera:detect:parse');
const overlaps = (t: { start: number; ms: number }) =>
  ownTasks.some((m) => t.start < m.start + m.ms && m.start < t.start + t.ms);
console.log(`long tasks under 4× CPU without Lentera: ${JSON.stringify(without.long)}`);
console.log(`long tasks under 4× CPU with Lentera:    ${JSON.stringify(withLentera.long)}`);
console.log(`  of which overlap a task of Lentera's:  ${JSON.stringify(withLentera.long.filter(overlaps))}`);
console.log(`Lentera's longest task under 4× CPU: ${Math.max(...ownTasks.map((m) => m.ms)).toFixed(0)} ms`);
console.log(
  `Lentera's measures under 4× CPU: ${JSON.stringify(withLentera.measures.map((m) => ({ name: m.name, start: m.start, ms: Math.round(m.ms) })))}`,
);
