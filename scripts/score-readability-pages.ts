// Scores the live-DOM mapping on real pages from Readability's own test suite:
//   tsx scripts/score-readability-pages.ts ../shared/readability-pages [--json out.json] [--only slug]
// Each source.html is served from 127.0.0.1 and loaded in Chromium with page scripts off; Lentera's
// detection maps the article onto the live page (the gate is skipped, to score the mapping on every
// page), and the text of the mapped blocks is compared with the text of Readability's expected.html:
// character precision and recall after whitespace normalisation. The gate (isProbablyReaderable
// plus Lentera's own rules) is compared with each page's `readerable` flag.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFixtures } from '../tests/e2e/support/server';
import type { DetectedPlain } from '../tests/support/detect-entry';
import { requireBrowser } from './find-browsers';
import { detectBundle } from './lib/detect-bundle';
import { differences, median, type Overlap, overlap } from './lib/overlap';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/readability-pages');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const dump = args.includes('--dump');
if (!existsSync(dir)) {
  console.error(`No such folder: ${dir}`);
  process.exit(1);
}

interface Row extends Overlap {
  slug: string;
  readerable: boolean;
  gate: boolean;
  kind: string;
  ms: number;
}

const slugs = readdirSync(dir)
  .filter((s) => existsSync(join(dir, s, 'source.html')) && existsSync(join(dir, s, 'expected.html')))
  .filter((s) => !only || s === only)
  .sort();
const bundle = await detectBundle();
const server = await serveFixtures(dir);
const browser = await chromium.launch({
  executablePath: requireBrowser('chromium'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext({ javaScriptEnabled: false });
// Pages of the suite refer to images and scripts on the web: answer every other host with nothing.
await context.route(
  (url) => !url.href.startsWith(server.origin),
  (route) => route.fulfill({ status: 204, body: '' }),
);
const rows: Row[] = [];
for (const slug of slugs) {
  const page = await context.newPage();
  try {
    await page.goto(server.url(`${slug}/source.html`), { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await page.evaluate(bundle);
    const expectedHtml = readFileSync(join(dir, slug, 'expected.html'), 'utf8');
    const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as {
      readerable?: boolean;
    };
    const result = await page.evaluate((html: string) => {
      type Api = { detect(force: boolean): DetectedPlain; isProbablyReaderable(d: Document): boolean };
      const api = (globalThis as unknown as { __lentera: Api }).__lentera;
      const t0 = performance.now();
      const gate = api.detect(false).kind === 'article';
      const mapped = api.detect(true);
      const ms = performance.now() - t0;
      const expected = new DOMParser().parseFromString(html, 'text/html');
      const walker = expected.createTreeWalker(expected.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
      return {
        gate,
        kind: mapped.kind,
        reason: mapped.reason,
        ms,
        actual: mapped.blocks.map((b) => b.parts.join(' ')).join(' '),
        expected: parts.join(' '),
      };
    }, expectedHtml);
    if (dump)
      console.log(
        `--- ${slug} (${result.kind}: ${result.reason ?? ''})\n${differences(result.expected, result.actual)}\n`,
      );
    rows.push({
      slug,
      readerable: meta.readerable ?? true,
      gate: result.gate,
      kind: result.kind,
      ms: result.ms,
      ...overlap(result.expected, result.actual),
    });
  } catch (error) {
    console.error(`${slug}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    rows.push({ slug, readerable: true, gate: false, kind: 'error', ms: 0, ...overlap('x', '') });
  }
  await page.close();
}
await browser.close();
await server.close();

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(34)} precision  recall  gate/readerable  ms`);
for (const r of rows) {
  const flag = r.precision < 0.9 || r.recall < 0.9 ? '  <0.9' : '';
  console.log(
    `${r.slug.padEnd(34)} ${pct(r.precision)}  ${pct(r.recall)}  ${String(r.gate).padEnd(5)}/${String(r.readerable).padEnd(5)}  ${r.ms.toFixed(0).padStart(5)}${flag}`,
  );
}
const agree = rows.filter((r) => r.gate === r.readerable).length;
console.log(`\npages: ${rows.length}`);
console.log(`median precision: ${median(rows.map((r) => r.precision)).toFixed(4)}`);
console.log(`median recall:    ${median(rows.map((r) => r.recall)).toFixed(4)}`);
console.log(`mean precision:   ${(rows.reduce((n, r) => n + r.precision, 0) / rows.length).toFixed(4)}`);
console.log(`mean recall:      ${(rows.reduce((n, r) => n + r.recall, 0) / rows.length).toFixed(4)}`);
console.log(
  `pages below 0.9:  ${
    rows
      .filter((r) => r.precision < 0.9 || r.recall < 0.9)
      .map((r) => r.slug)
      .join(', ') || 'none'
  }`,
);
console.log(`gate agrees with readerable flag: ${agree}/${rows.length}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
