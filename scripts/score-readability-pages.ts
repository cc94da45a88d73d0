// Scores the live-DOM mapping on real pages from Readability's own test suite:
//   tsx scripts/score-readability-pages.ts ../shared/readability-pages [--only slug] [--dump]
//     [--browser chromium|firefox] [--no-bare]
// Each source.html is served from 127.0.0.1 and loaded in Chromium (or Firefox) with page scripts
// off; Lentera's detection, on the path that ships, maps the article onto the live page (the gate is
// skipped, to score the mapping on every page), and the text of the mapped blocks is compared with
// the text of Readability's expected.html: character precision and recall after whitespace
// normalisation (words in order), and token precision / recall / F1 (bags of lower-cased Unicode
// word tokens, the measure article extractors are compared on). Bare Readability runs on the same
// page in the same browser and is scored the same way; pages where Lentera's F1 is more than BARE_MARGIN
// below it are listed (BARE_MARGIN, scripts/lib/token-report.ts). The gate (isProbablyReaderable plus Lentera's own rules) is compared with
// each page's `readerable` flag.
// Goal: median ≥ 0.98 for both, and no page below 0.9 without a note saying why (README).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserKind } from '../tools/browser/find-browsers';
import { differences, mean, median, type TokenOverlap } from '../tools/score/overlap';
import {
  type ReadabilityRow,
  readabilitySlugs,
  scoreReadabilityPages,
} from '../tools/score/readability-score';
import { BARE_MARGIN, belowBare, tokenLine } from './lib/token-report';

const args = process.argv.slice(2);
const flagValue = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const only = flagValue('--only');
const browser = (flagValue('--browser') ?? 'chromium') as BrowserKind;
if (browser !== 'chromium' && browser !== 'firefox') {
  console.error(`--browser chromium or --browser firefox, not ${browser}`);
  process.exit(1);
}
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !['--only', '--browser'].includes(args[i - 1] ?? ''),
);
const dir = resolve(positional[0] ?? '../shared/readability-pages');
const dump = args.includes('--dump');
const withBare = !args.includes('--no-bare');
if (!existsSync(dir)) {
  console.error(`No such folder: ${dir} (give the path to the readability pages)`);
  process.exit(1);
}
const started = performance.now();
const rows = await scoreReadabilityPages(
  dir,
  readabilitySlugs(dir).filter((s) => !only || s === only),
  { browser, bare: withBare },
);
const seconds = (performance.now() - started) / 1000;
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const f = (x: number) => x.toFixed(3);
const bareF1 = (r: ReadabilityRow) => r.bare?.tokens.f1 ?? Number.NaN;
console.log(`browser: ${browser}`);
console.log(
  `${'page'.padEnd(34)} char P  char R   tok P  tok R  tok F1  bare F1  Δ F1    capt  gate/readerable`,
);
for (const r of rows) {
  const flag = r.precision < 0.9 || r.recall < 0.9 ? `  < 0.9 ${r.reason ?? ''}` : '';
  const delta = r.tokens.f1 - bareF1(r);
  console.log(
    `${r.slug.padEnd(34)} ${pct(r.precision)}  ${pct(r.recall)}  ${f(r.tokens.precision)}  ${f(r.tokens.recall)}  ${f(r.tokens.f1)}   ${f(bareF1(r))}  ${(delta >= 0 ? '+' : '') + f(delta)}  ${String(r.captionTokens).padStart(5)}  ${String(r.gate).padEnd(5)}/${String(r.readerable)}${flag}`,
  );
  if (dump) console.log(`${differences(r.expectedText, r.actualText)}\n`);
}
const low = rows.filter((r) => r.precision < 0.9 || r.recall < 0.9).map((r) => r.slug);
console.log(`\npages: ${rows.length}   (${seconds.toFixed(0)} s, ${browser})`);
console.log('characters, words in order:');
console.log(
  `  median precision: ${median(rows.map((r) => r.precision)).toFixed(4)}   mean ${mean(rows.map((r) => r.precision)).toFixed(4)}`,
);
console.log(
  `  median recall:    ${median(rows.map((r) => r.recall)).toFixed(4)}   mean ${mean(rows.map((r) => r.recall)).toFixed(4)}`,
);
console.log(`  pages below 0.9:  ${low.join(', ') || 'none'}`);

const line = (name: string, scores: TokenOverlap[]) => console.log(tokenLine(name, scores));
console.log('tokens (bags of words), mean / median:');
line(
  'Lentera (captions included)',
  rows.map((r) => r.tokens),
);
line(
  'Lentera (captions left out)',
  rows.map((r) => r.tokensWithoutCaptions),
);
const scored = rows.filter((r) => r.bare);
if (scored.length > 0) {
  line(
    'bare Readability',
    scored.map((r) => r.bare?.tokens as TokenOverlap),
  );
  line(
    'bare Readability, textContent',
    scored.map((r) => r.bare?.textContentTokens as TokenOverlap),
  );
  line(
    'Lentera on the same pages',
    scored.map((r) => r.tokens),
  );
  const deltas = scored.map((r) => r.tokens.f1 - bareF1(r));
  console.log(`  Lentera F1 − bare F1: mean ${mean(deltas).toFixed(4)}, median ${median(deltas).toFixed(4)}`);
  const below = belowBare(scored, (r) => r.tokens.f1, bareF1);
  console.log(
    `pages where Lentera's F1 is more than ${BARE_MARGIN} below bare Readability's: ${below.length}`,
  );
  for (const r of below)
    console.log(
      `  ${r.slug.padEnd(34)} Lentera ${f(r.tokens.f1)} (P ${f(r.tokens.precision)} R ${f(r.tokens.recall)}; without captions ${f(r.tokensWithoutCaptions.f1)})   bare ${f(bareF1(r))}${r.bare?.parsed ? '' : ' (no article)'}`,
    );
  const bareNone = scored.filter((r) => !r.bare?.parsed).map((r) => r.slug);
  console.log(`pages where bare Readability found no article: ${bareNone.join(', ') || 'none'}`);
}
const captioned = rows.filter((r) => r.captionTokens > 0);
console.log(
  `pages with caption blocks: ${captioned.length} (${captioned.reduce((n, r) => n + r.captionTokens, 0)} caption tokens)`,
);
const rejected = rows.filter((r) => r.readerable && !r.gate);
console.log(
  `readerable pages Lentera calls no article: ${rejected.length}${rejected.map((r) => `\n  ${r.slug}: ${r.gateReason}`).join('')}`,
);
console.log(
  `gate agrees with the readerable flag: ${rows.filter((r) => r.gate === r.readerable).length}/${rows.length}`,
);
