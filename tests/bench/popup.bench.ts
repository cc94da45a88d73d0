// Benchmark (not a test): from opening the popup to its summary on screen, in Chromium with the
// built extension, for the sample article: cold (the summary made now) and cached (made before,
// kept in storage.session). The popup marks `lentera:popup-summary` in the first animation frame
// after the summary is in its state; the time is that mark's startTime (from navigation start).
//   npm run build && npx tsx tests/bench/popup.bench.ts [--runs 15]
// Budget: ≤ 100 ms cached.
import { join } from 'node:path';
import { tabKeys } from '../../src/contract/storage';
import { launchChromiumContext, ROOT } from '../../tools/browser/harness';
import { serveFixtures } from '../../tools/browser/server';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const { context, extensionOrigin } = await launchChromiumContext();
const article = await context.newPage();
await article.goto(server.url(process.argv.includes('--long') ? 'long-10k/' : 'id-news-csto/'));
const extension = await context.newPage();
await extension.goto(`${extensionOrigin}/options.html`);
type Api = {
  storage: {
    session: { get(k: null | string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
  };
};
// The article's tab, from what the extension stored for it (the contract's keys), once its terms
// are matched.
const sessionItems = () =>
  extension.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: Api }).chrome.storage.session.get(null)) as Record<
        string,
        unknown
      >,
  );
const tabId = await (async () => {
  for (;;) {
    const all = await sessionItems();
    for (const [key, value] of Object.entries(all)) {
      const id = Number(/\d+$/.exec(key)?.[0] ?? Number.NaN);
      if (!Number.isInteger(id) || tabKeys(id).state !== key) continue;
      const state = value as { report?: { url: string } };
      if (state.report?.url === article.url() && all[tabKeys(id).annotations]) return id;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
})();

const starts: number[] = [];

async function openPopup(cold: boolean): Promise<number> {
  if (cold) {
    await extension.evaluate(async (key) => {
      await (globalThis as unknown as { chrome: Api }).chrome.storage.session.remove(key);
    }, tabKeys(tabId).summary);
  }
  const popup = await context.newPage();
  await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
  const ms = await popup.evaluate(async () => {
    for (;;) {
      const mark = performance.getEntriesByName('lentera:popup-summary')[0];
      if (mark) return mark.startTime;
      await new Promise((r) => setTimeout(r, 10));
    }
  });
  starts.push(
    await popup.evaluate(
      () => performance.getEntriesByName('lentera:popup-start')[0]?.startTime ?? Number.NaN,
    ),
  );
  const cached = await popup.evaluate(() => document.querySelector('#summary')?.getAttribute('data-cached'));
  if (cached !== (cold ? '0' : '1')) throw new Error(`expected a ${cold ? 'cold' : 'cached'} summary`);
  await popup.close();
  return ms;
}

const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
const cold: number[] = [];
const cached: number[] = [];
for (let i = 0; i < runs; i++) {
  cold.push(await openPopup(true));
  cached.push(await openPopup(false));
}
await context.close();
await server.close();
const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(
  `popup open → summary rendered, ${runs} runs each (${process.argv.includes('--long') ? 'long-10k' : 'sample article'}):`,
);
console.log(
  `  cold (summarised now): median ${ms(q(cold, 0.5))}, p95 ${ms(q(cold, 0.95))}, max ${ms(Math.max(...cold))}`,
);
console.log(
  `  cached:                median ${ms(q(cached, 0.5))}, p95 ${ms(q(cached, 0.95))}, max ${ms(Math.max(...cached))}  (budget ≤ 100 ms)`,
);
console.log(
  `  of which the browser's own load of the popup page, before Lentera's script starts: median ${ms(q(starts, 0.5))}`,
);
