// A real-page set with whole-body ground truth that nobody here wrote: the pages Postlight's
// Mercury Parser (MIT / Apache-2.0) ships as test fixtures, `fixtures/<site>/<time>.html`, each
// with the site's hand-written extractor, `src/extractors/custom/<site>/index.js`, whose
// `content.selectors` name the article body and whose `content.clean` selectors name what inside
// it is not article. The expected text of a page is the text of what those selectors pick, less
// what the clean selectors name (scripts and styles left out), picked the way Mercury picks: the
// first selector that matches exactly one element with text, or a list of selectors that all
// match, their elements taken together. Mercury's own cleaning after that (forms, short boxes) is
// not applied, so the expected text can hold a share bar or a "Related" box the site's authors
// did not name; Lentera and bare Readability are scored against the same text. Only the 1.x
// tarball ships the fixtures:
//   npm pack @postlight/mercury-parser@1.1.1 && mkdir merc && tar xzf postlight-mercury-parser-1.1.1.tgz -C merc
//   npx tsx scripts/score-mercury-pages.ts merc/package [--only site] [--dump] [--part tune|held-out]
// Pages are served from 127.0.0.1 and loaded in Chromium with page scripts off; the detection is
// the shipped path (serialise → parse the copy → map onto the page), beside bare Readability on the
// same page. Token precision / recall / F1 as in score-readability-pages.ts. Pages whose expected
// text is under 500 characters (a video page, a tweet) are no article and are listed apart.
// The sites are split in two by their place in alphabetical order: the even ones are the tune part
// (mechanisms were fixed by reading them), the odd ones the held-out part (read only for figures).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectedText, offlineChromium, openDetector } from '../tools/browser/detect-in-browser';
import { serveFixtures } from '../tools/browser/server';
import { differences, mean, median, type TokenOverlap, tokenOverlap } from '../tools/score/overlap';
import { BARE_MARGIN, belowBare, tokenLine } from './lib/token-report';

const args = process.argv.slice(2);
const flagValue = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const only = flagValue('--only');
const partWanted = flagValue('--part');
const dump = args.includes('--dump');
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !['--only', '--part'].includes(args[i - 1] ?? ''),
);
const root = resolve(positional[0] ?? 'merc/package');
const customDir = join(root, 'src', 'extractors', 'custom');
if (!existsSync(join(root, 'fixtures')) || !existsSync(customDir)) {
  console.error(
    `No fixtures/ and src/extractors/custom/ in ${root} (unpack @postlight/mercury-parser@1.1.1)`,
  );
  process.exit(1);
}
/** Expected texts shorter than this are no article (Readability's least article length). */
const ARTICLE_CHARS = 500;

type Selector = string | string[];
interface Extractor {
  domain: string;
  supportedDomains?: string[];
  content?: { selectors?: Selector[]; clean?: string[] };
}

interface Page {
  site: string;
  path: string;
  part: 'tune' | 'held-out';
  selectors: Selector[];
  clean: string[];
}

const sites = readdirSync(customDir)
  .filter((d) => existsSync(join(customDir, d, 'index.js')))
  .sort();
const pages: Page[] = [];
for (const [i, site] of sites.entries()) {
  const module = (await import(pathToFileURL(join(customDir, site, 'index.js')).href)) as Record<
    string,
    Extractor
  >;
  const extractor = Object.values(module).find((e) => e && typeof e === 'object' && e.content?.selectors);
  if (!extractor?.content?.selectors) continue;
  for (const domain of new Set([extractor.domain, ...(extractor.supportedDomains ?? [])])) {
    const dir = join(root, 'fixtures', domain);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort())
      pages.push({
        site,
        path: `fixtures/${domain}/${file}`,
        part: i % 2 === 0 ? 'tune' : 'held-out',
        selectors: extractor.content.selectors,
        clean: extractor.content.clean ?? [],
      });
  }
}
const chosen = pages.filter((p) => (!only || p.site === only) && (!partWanted || p.part === partWanted));

/**
 * What the site's selectors pick on the loaded page, cleaned, as HTML (null when no selector
 * matches). A string of page code: tsx would wrap the nested functions of a function literal in a
 * helper that the page does not have. jQuery-only selectors (cheerio's :contains and the like)
 * match nothing here.
 */
const PICK = `({ selectors, clean }) => {
  const all = (root, s) => { try { return [...root.querySelectorAll(s)]; } catch { return []; } };
  const found = selectors.find((s) => Array.isArray(s)
    ? s.every((x) => all(document, x).length > 0)
    : all(document, s).length === 1 && (all(document, s)[0].textContent || '').trim() !== '');
  if (found === undefined) return null;
  const picked = all(document, Array.isArray(found) ? found.join(',') : found);
  const wrapper = document.createElement('div');
  for (const el of picked) if (!picked.some((o) => o !== el && o.contains(el))) wrapper.append(el.cloneNode(true));
  for (const s of [...clean, 'script', 'style', 'noscript', 'template']) for (const el of all(wrapper, s)) el.remove();
  return wrapper.outerHTML;
}`;

/** The HTML of what the site's selectors pick, cleaned, on the page loaded as the detector loads it. */
async function expectedHtml(list: readonly Page[]): Promise<Map<string, string | null>> {
  const server = await serveFixtures(root);
  const { browser, context } = await offlineChromium(server.origin, false);
  const out = new Map<string, string | null>();
  try {
    for (const p of list) {
      const page = await context.newPage();
      try {
        await page.goto(server.url(p.path), { waitUntil: 'domcontentloaded', timeout: 20_000 });
        out.set(
          p.path,
          (await page.evaluate(`(${PICK})(${JSON.stringify({ selectors: p.selectors, clean: p.clean })})`)) as
            | string
            | null,
        );
      } catch (error) {
        console.error(`${p.path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        out.set(p.path, null);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

interface Row {
  page: Page;
  article: boolean;
  reason: string;
  expectedChars: number;
  lentera: TokenOverlap;
  bare: TokenOverlap;
  bareParsed: boolean;
}

const t0 = performance.now();
const expected = await expectedHtml(chosen);
const detector = await openDetector(root, { javaScript: false });
const rows: Row[] = [];
const skipped: string[] = [];
try {
  for (const p of chosen) {
    const html = expected.get(p.path);
    if (!html) {
      skipped.push(`${p.path}: the site's selectors match nothing`);
      continue;
    }
    try {
      const { gated, forced, bare, compareText = '' } = await detector.run(p.path, html, { bare: true });
      const expectedChars = compareText.replace(/\s+/g, '').length;
      if (expectedChars < ARTICLE_CHARS) {
        skipped.push(`${p.path}: expected text of ${expectedChars} characters, no article`);
        continue;
      }
      const actual = detectedText(forced);
      rows.push({
        page: p,
        article: gated.kind === 'article',
        reason: gated.kind === 'article' ? '' : (gated.reason ?? gated.kind),
        expectedChars,
        lentera: tokenOverlap(compareText, actual),
        bare: tokenOverlap(compareText, bare?.text ?? ''),
        bareParsed: bare?.parsed ?? false,
      });
      if (dump) console.log(`--- ${p.path}\n${differences(compareText, actual)}\n`);
    } catch (error) {
      skipped.push(
        `${p.path}: error ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
} finally {
  await detector.close();
}

const f = (x: number) => x.toFixed(3);
console.log(`${'page'.padEnd(48)} part      article  tok P  tok R  tok F1  bare F1  Δ F1`);
for (const r of rows) {
  const d = r.lentera.f1 - r.bare.f1;
  console.log(
    `${r.page.path.slice('fixtures/'.length).padEnd(48)} ${r.page.part.padEnd(9)} ${(r.article ? 'yes' : 'NO').padEnd(7)}  ${f(r.lentera.precision)}  ${f(r.lentera.recall)}  ${f(r.lentera.f1)}   ${f(r.bare.f1)}  ${(d >= 0 ? '+' : '') + f(d)}  ${r.reason}`,
  );
}
console.log(`\n(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
if (skipped.length) console.log(`not scored:\n  ${skipped.join('\n  ')}`);
for (const part of ['tune', 'held-out', 'all'] as const) {
  const set = rows.filter((r) => part === 'all' || r.page.part === part);
  if (set.length === 0) continue;
  console.log(`\n${part}: ${set.length} article pages`);
  console.log(`  rejected as not an article: ${set.filter((r) => !r.article).length}`);
  console.log('  tokens (bags of words), mean / median:');
  console.log(
    tokenLine(
      'Lentera',
      set.map((r) => r.lentera),
    ),
  );
  console.log(
    tokenLine(
      'bare Readability',
      set.map((r) => r.bare),
    ),
  );
  const deltas = set.map((r) => r.lentera.f1 - r.bare.f1);
  console.log(`  Lentera F1 − bare F1: mean ${mean(deltas).toFixed(4)}, median ${median(deltas).toFixed(4)}`);
  const below = belowBare(
    set,
    (r) => r.lentera.f1,
    (r) => r.bare.f1,
  );
  console.log(
    `  pages where Lentera's F1 is more than ${BARE_MARGIN} below bare Readability's: ${below.length}`,
  );
  for (const r of below)
    console.log(
      `    ${r.page.path.slice('fixtures/'.length).padEnd(46)} Lentera ${f(r.lentera.f1)} (P ${f(r.lentera.precision)} R ${f(r.lentera.recall)})   bare ${f(r.bare.f1)}${r.bareParsed ? '' : ' (no article)'}`,
    );
}
