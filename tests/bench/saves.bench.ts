// Benchmark (not a test): 1,000 vocabulary saves from 3 tabs while the service worker is stopped
// at random (about every 0.26 s, and in bursts of stops aimed at half the saves), in Chromium
// with the built extension, on the long English article for an Indonesian reader. Counts what the
// reader was told (saved, failed) against what the vocabulary holds; the reference is the same
// storm with no stops, in the same run (time per save).
//   npm run build && npx tsx tests/bench/saves.bench.ts [--saves 1000] [--reference 60]
// Goal: 0 lost, 0 reported failed.
import { join } from 'node:path';
import { launch, ROOT } from '../../tools/browser/harness';
import { ExtensionPage } from '../../tools/browser/pages';
import { saveStorm } from '../../tools/browser/save-storm';
import { serveFixtures } from '../../tools/browser/server';
import { clearVocabulary } from '../e2e/support/vocabulary';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const saves = arg('--saves', 1000);
const reference = arg('--reference', 60);
const server = await serveFixtures(join(ROOT, 'tests', 'fixtures', 'pages'));
const browser = await launch('chromium');
const extension = await ExtensionPage.open(browser);
await extension.setSettings({ wordLookup: 'on', readerLanguage: 'id' });
const common = { url: server.url('long-10k/'), tabs: 3, pageLang: 'en', readerLang: 'id' };
const log = (line: string) => console.error(`  ${line}`);

await clearVocabulary(extension);
const calm = await saveStorm(browser, extension, {
  ...common,
  saves: reference,
  stopEveryMs: Infinity,
  burstMs: 0,
  log,
});
await clearVocabulary(extension);
const storm = await saveStorm(browser, extension, { ...common, saves, stopEveryMs: 260, burstMs: 1500, log });
await browser.close();
await server.close();

const perSave = (r: typeof calm) => r.ms / Math.max(1, r.saves);
console.log(JSON.stringify({ calm, storm }, null, 1));
console.log(
  `storm: ${storm.saves} saves, ${storm.stops} stops: ${storm.saved} shown saved, ${storm.failed} shown failed, ` +
    `${storm.unanswered} unanswered, ${storm.lost} lost, ${storm.failedButStored} failed-but-stored; ` +
    `${perSave(storm).toFixed(0)} ms per save = ${(perSave(storm) / perSave(calm)).toFixed(2)}× the calm run ` +
    `(${calm.saves} saves, ${perSave(calm).toFixed(0)} ms per save, ${calm.lost} lost, ${calm.failed} failed)`,
);
