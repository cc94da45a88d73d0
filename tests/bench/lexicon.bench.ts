// Benchmark (not a test): word lookup in the extension's real service worker (Chromium, the built
// extension): the cold lexicon load after the worker was stopped, lookup latency for the words of
// the sample article (inside the worker, and round trip from an extension page), and the worker's
// heap with and without the lexicon.
//   npm run build && npx tsx tests/bench/lexicon.bench.ts [--cold 9] [--words 1000]
// Budgets: cold load ≤ 150 ms; lookup ≤ 2 ms; worker heap for the lexicon ≤ 30 MB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { tokens } from '../../scripts/lexicon/tokens';
import type { BackgroundApi } from '../../src/contract/background-api';
import { envelope } from '../../src/contract/channel';
import { CHANNELS } from '../../src/contract/names';
import { launchChromiumContext, ROOT, stopServiceWorker } from '../../tools/browser/harness';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const coldRuns = arg('--cold', 9);
const wordCount = arg('--words', 1000);
const text = readFileSync(join(ROOT, 'tests/fixtures/text/article-id.txt'), 'utf8');
const all = tokens(text);
const queries = Array.from({ length: wordCount }, (_, i) => all[i % all.length]);

const { context, extensionOrigin } = await launchChromiumContext();
const page = await context.newPage();
await page.goto(`${extensionOrigin}/options.html`);
// The options page asks for the vocabulary once when it opens: let that finish, or it wakes the
// worker again after the first stop.
await page.waitForFunction(() => document.querySelector('#vocabulary-count')?.textContent !== '…');
await new Promise((r) => setTimeout(r, 500));
const cdp = await context.browser()?.newBrowserCDPSession();
if (!cdp) throw new Error('no CDP');

type Reply = { ok: boolean; value: { loadMs: number; ms: number; result: unknown } };
const send = (message: unknown) =>
  page.evaluate(async (m) => {
    const t0 = performance.now();
    const api = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome;
    const reply = await api.runtime.sendMessage(m);
    return { reply, roundTrip: performance.now() - t0 };
  }, message) as Promise<{ reply: Reply; roundTrip: number }>;
const lookup = (q: { word: string; before: string[]; after: string[] }) =>
  send(
    envelope<BackgroundApi, 'lookupWord'>(CHANNELS.background, 'lookupWord', {
      ...q,
      pageLang: 'id',
      readerLang: 'en',
    }),
  );

const stopWorker = () => stopServiceWorker(context, extensionOrigin);

/** Heap of the service worker after a garbage collection (CDP, through the browser session). */
async function workerHeap(): Promise<number> {
  const c = cdp as CDPSession;
  const { targetInfos } = await c.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
  if (!sw) throw new Error('no service worker');
  const { sessionId } = await c.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const pending = new Map<number, (v: { usedSize?: number }) => void>();
  const onMessage = (e: { sessionId: string; message: string }) => {
    const m = JSON.parse(e.message) as { id: number; result?: { usedSize?: number } };
    pending.get(m.id)?.(m.result ?? {});
  };
  c.on('Target.receivedMessageFromTarget', onMessage);
  const call = (method: string) =>
    new Promise<{ usedSize?: number }>((resolve, reject) => {
      const i = ++id;
      pending.set(i, resolve);
      setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 10_000);
      void c.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  await call('HeapProfiler.collectGarbage');
  const { usedSize = Number.NaN } = await call('Runtime.getHeapUsage');
  c.off('Target.receivedMessageFromTarget', onMessage);
  await c.send('Target.detachFromTarget', { sessionId });
  return usedSize;
}

const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(2)} ms`;

// Cold: the first lookup after the worker was stopped (the worker starts, loads the lexicon).
const load: number[] = [];
const coldTrip: number[] = [];
const wake: number[] = [];
const heapBefore: number[] = [];
const heapAfter: number[] = [];
for (let i = 0; i < coldRuns; i++) {
  process.stderr.write(`cold run ${i + 1}/${coldRuns}\r`);
  await stopWorker();
  // A message that loads no lexicon: the worker's own start-up, for comparison.
  wake.push(
    (await send(envelope<BackgroundApi, 'listVocabulary'>(CHANNELS.background, 'listVocabulary', {})))
      .roundTrip,
  );
  if (i < 3) heapBefore.push(await workerHeap());
  const first = await lookup({ word: 'menggambarkan', before: [], after: [] });
  if (!first.reply.ok) throw new Error(JSON.stringify(first.reply));
  load.push(first.reply.value.loadMs);
  coldTrip.push(first.roundTrip);
  if (i < 3) heapAfter.push(await workerHeap());
}
// Warm: the words of the sample article, one message each.
const inWorker: number[] = [];
const trip: number[] = [];
let found = 0;
for (const query of queries) {
  const { reply, roundTrip } = await lookup(query as { word: string; before: string[]; after: string[] });
  inWorker.push(reply.value.ms);
  trip.push(roundTrip);
  if (reply.value.result) found++;
}
await context.close();

console.log(
  `cold lexicon load in the service worker (${coldRuns} runs): median ${ms(q(load, 0.5))}, max ${ms(Math.max(...load))}  (budget ≤ 150 ms)`,
);
console.log(
  `  first lookup round trip incl. worker start: median ${ms(q(coldTrip, 0.5))}; a message that loads nothing: median ${ms(q(wake, 0.5))}`,
);
const slowest = inWorker.indexOf(Math.max(...inWorker));
console.log(
  `lookup in the worker (${queries.length} words of the sample, ${found} glossed): p50 ${ms(q(inWorker, 0.5))}, p95 ${ms(q(inWorker, 0.95))}, p99 ${ms(q(inWorker, 0.99))}, max ${ms(Math.max(...inWorker))} (lookup #${slowest + 1}, "${queries[slowest]?.word}")  (budget ≤ 2 ms)`,
);
console.log(`  round trip from an extension page: p50 ${ms(q(trip, 0.5))}, p95 ${ms(q(trip, 0.95))}`);
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;
const delta = heapAfter.map((a, i) => a - (heapBefore[i] ?? 0));
console.log(
  `worker heap: ${mb(q(heapBefore, 0.5))} without the lexicon, ${mb(q(heapAfter, 0.5))} with it: the lexicon takes ${mb(q(delta, 0.5))}  (budget ≤ 30 MB)`,
);
