// Benchmark (not a test): the vocabulary at its limit, with the built extension, through the
// background's messages as the cards and the options page use them.
//   npm run build && npx tsx tests/bench/vocabulary.bench.ts [--browser chromium|firefox]
//     [--items 20000] [--size largest|realistic] [--options-open]
// (--options-open: the options page stays open meanwhile, reloading its count and newest rows
// after every change, as when the reader imports with it open)
// - import of `items` items (2,500 a message), and the bytes the origin uses for them
//   (navigator.storage.estimate, IndexedDB included);
// - 20 saves of new words and 20 updates with the vocabulary full less 20 (ms each: median, max);
// - the count, the newest 200 (what the options page shows) and the whole list, a page at a time;
// - Chromium only (its worker can be stopped): the migration of a legacy storage.local array as
//   large as storage.local's 10 MB held, timed as the first call of a new worker.
import { VOCABULARY_LIST_PAGE } from '../../src/contract/background-api';
import { CHANNELS } from '../../src/contract/names';
import { LOCAL_KEYS } from '../../src/contract/storage';
import type { VocabularyItem } from '../../src/core/vocabulary/item';
import type { BrowserKind } from '../../tools/browser/find-browsers';
import { launch } from '../../tools/browser/harness';
import { ExtensionPage } from '../../tools/browser/pages';
import { clearVocabulary } from '../e2e/support/vocabulary';
import { largestItem, realisticItem } from '../support/vocabulary-items';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const kind = arg('browser', 'chromium') as BrowserKind;
const total = Number(arg('items', '20000'));
const size = arg('size', 'largest');
const make = size === 'realistic' ? realisticItem : largestItem;
const SAVES = 20;

const browser = await launch(kind);
const extension = await ExtensionPage.open(browser);
// A quiet extension page (the options page reloads its rows after every change): the popup of no tab.
if (!process.argv.includes('--options-open'))
  await extension.page.goto(`${browser.extensionOrigin}/popup.html?tab=999999`);

/** Runs calls to the background in the extension page; returns their replies' values and times. */
function inPage<T>(calls: { method: string; params: unknown }[]): Promise<{ values: T[]; ms: number[] }> {
  return extension.page.evaluate(
    async ({ calls, channel }: { calls: { method: string; params: unknown }[]; channel: string }) => {
      type Runtime = {
        runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown; error?: unknown }> };
      };
      const g = globalThis as unknown as { chrome?: Runtime; browser?: Runtime };
      const api = (g.browser ?? g.chrome) as Runtime;
      const values: unknown[] = [];
      const ms: number[] = [];
      for (const { method, params } of calls) {
        const t0 = performance.now();
        const reply = await api.runtime.sendMessage({ lentera: 1, channel, method, params });
        ms.push(performance.now() - t0);
        if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
        // A list stays in the page (sending 90 MB on would time the benchmark's own channel).
        values.push(Array.isArray(reply.value) ? reply.value.length : reply.value);
      }
      return { values: values as never[], ms };
    },
    { calls, channel: CHANNELS.background },
  ) as Promise<{ values: T[]; ms: number[] }>;
}

const usage = () =>
  extension.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0) as Promise<number>;
const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
};
const saveOf = ({ id: _id, savedAt: _at, ...rest }: VocabularyItem) => rest;
const rows: [string, string][] = [];

const before = await usage();
const importStarted = performance.now();
const imported = total - SAVES;
for (let from = 0; from < imported; from += 2_500) {
  const items = Array.from({ length: Math.min(2_500, imported - from) }, (_, i) => make(from + i));
  await inPage([{ method: 'importVocabulary', params: { items } }]);
}
rows.push([
  `import ${imported.toLocaleString('en-US')} ${size} items`,
  `${Math.round(performance.now() - importStarted)} ms`,
]);
const news = await inPage<{ count: number }>(
  Array.from({ length: SAVES }, (_, i) => ({ method: 'saveVocabulary', params: saveOf(make(total + i)) })),
);
rows.push([
  `save a new word, ${imported.toLocaleString('en-US')} → ${total.toLocaleString('en-US')} stored`,
  stats(news.ms),
]);
const updates = await inPage(
  Array.from({ length: SAVES }, (_, i) => ({
    method: 'saveVocabulary',
    params: { ...saveOf(make(i * 97)), status: 'known' },
  })),
);
rows.push([`save (update) a word, ${total.toLocaleString('en-US')} stored`, stats(updates.ms)]);
const after = await usage();
rows.push([
  'origin storage used (navigator.storage.estimate)',
  `${((after - before) / 1e6).toFixed(1)} MB, ${Math.round((after - before) / total)} bytes an item (JSON: ${JSON.stringify(make(1)).length})`,
]);
const count = await inPage<{ count: number }>([{ method: 'countVocabulary', params: {} }]);
rows.push([`count (${count.values[0]?.count})`, stats(count.ms)]);
const newest = await inPage([{ method: 'listVocabulary', params: { newest: true, limit: 200 } }]);
rows.push(['the newest 200, from the end (the options page)', stats(newest.ms)]);
const last = await inPage([{ method: 'listVocabulary', params: { offset: total - 200, limit: 200 } }]);
rows.push(['the last 200 by offset (an export page far in)', stats(last.ms)]);
const pages = await inPage<number>(
  Array.from({ length: Math.ceil(total / VOCABULARY_LIST_PAGE) }, (_, i) => ({
    method: 'listVocabulary',
    params: { offset: i * VOCABULARY_LIST_PAGE, limit: VOCABULARY_LIST_PAGE },
  })),
);
const listed = pages.values.reduce((n, length) => n + length, 0);
rows.push([
  `list all ${listed.toLocaleString('en-US')}, ${VOCABULARY_LIST_PAGE.toLocaleString('en-US')} a message`,
  `${Math.round(pages.ms.reduce((a, b) => a + b, 0))} ms (${stats(pages.ms)} a page)`,
]);

if (browser.stopBackground) {
  // The legacy array, as large as storage.local's 10 MB held (JSON of its items plus its key).
  const each = JSON.stringify(make(0)).length + 1;
  const fits = Math.floor((10 * 1024 * 1024 - LOCAL_KEYS.legacyVocabulary.length) / each);
  const clearing = performance.now();
  await clearVocabulary(extension);
  rows.push([
    `remove all ${total.toLocaleString('en-US')} (listed for their ids, then one removal)`,
    `${Math.round(performance.now() - clearing)} ms`,
  ]);
  await extension.page.evaluate(
    async ({ key, n, big }: { key: string; n: number; big: boolean }) => {
      // No named functions in here: tsx would wrap them in a helper the page lacks.
      const spec: Record<string, [string, number]> = {
        root: ['akar-', 200],
        gloss: ['gloss-', 500],
        name: ['nama-', 200],
        entryId: ['entry-', 200],
        sentence: ['Kalimat panjang ', 1000],
        pageTitle: ['Judul ', 300],
        url: ['https://example.com/', 2048],
      };
      const fields = Object.fromEntries(
        Object.entries(spec).map(([field, [start, length]]) => [
          field,
          big ? start.padEnd(length, 'x').slice(0, length) : start.trim(),
        ]),
      );
      const items = Array.from({ length: n }, (_, k) => ({
        ...fields,
        id: `00000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`,
        kind: 'word',
        text: big ? `kata${k}-`.padEnd(200, 'x') : `kata${k}`,
        lang: 'id',
        readerLang: 'en',
        status: 'learning',
        savedAt: '2025-03-01T09:30:00.000Z',
      }));
      type Local = { storage: { local: { set(v: unknown): Promise<void> } } };
      const g = globalThis as unknown as { chrome?: Local; browser?: Local };
      await (g.browser ?? g.chrome)?.storage.local.set({ [key]: items });
    },
    { key: LOCAL_KEYS.legacyVocabulary, n: fits, big: size !== 'realistic' },
  );
  await browser.stopBackground();
  const migrated = await inPage<{ count: number }>([{ method: 'countVocabulary', params: {} }]);
  await browser.stopBackground();
  const cold = await inPage<{ count: number }>([{ method: 'countVocabulary', params: {} }]);
  rows.push([
    `migrate a legacy array of ${fits.toLocaleString('en-US')} items (10 MB), first call of a new worker`,
    `${Math.round(migrated.ms[0] ?? 0)} ms (first call of a new worker without it: ${Math.round(cold.ms[0] ?? 0)} ms; ${migrated.values[0]?.count} items)`,
  ]);
}

console.log(`\nvocabulary in ${kind} (${size} items)\n`);
for (const [what, result] of rows) console.log(`${what.padEnd(72)} ${result}`);
await browser.close();
