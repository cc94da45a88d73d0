// Builds the extension for Chromium and Firefox into dist/chrome and dist/firefox.
//   tsx scripts/build.ts            one build, prints the gzip size of each bundle
//   tsx scripts/build.ts --watch    rebuilds on change (load dist/<browser> unpacked)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { type Manifest, manifestFor, type Target } from './manifest-for';
import { noRawHtmlPlugin } from './no-raw-html-plugin';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS: readonly Target[] = ['chrome', 'firefox'];
const ENTRIES = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  early: 'src/content/early.ts',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};
/**
 * What differs between the browsers, chosen here rather than at run time, so that each bundle
 * carries only what it runs: Chromium parses pages in an offscreen document (its service worker
 * has no DOM), Firefox in its event page.
 */
const PLATFORM: Record<
  Target,
  { entries: Record<string, string>; parseHost: string; static: [string, string][] }
> = {
  chrome: {
    entries: { offscreen: 'src/offscreen/main.ts' },
    parseHost: 'src/background/parse-host/chrome.ts',
    static: [['src/offscreen/offscreen.html', 'offscreen.html']],
  },
  firefox: { entries: {}, parseHost: 'src/background/parse-host/firefox.ts', static: [] },
};
const STATIC: readonly [from: string, to: string][] = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/content/content.css', 'content.css'],
  ['assets/_locales', '_locales'],
  ['assets/icons', 'icons'],
  ['assets/glossaries/id-en-news.json', 'glossaries/id-en-news.json'],
  ['assets/glossaries/id-en-places-world.json', 'glossaries/id-en-places-world.json'],
  ['assets/glossaries/id-en-places-indonesia.json', 'glossaries/id-en-places-indonesia.json'],
  ['assets/languages', 'languages'],
  ['assets/names', 'names'],
];

export function buildOptions(target: Target, production: boolean): esbuild.BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: { ...ENTRIES, ...PLATFORM[target].entries },
    alias: { '@lentera/parse-host': `./${PLATFORM[target].parseHost}` },
    outdir: join(root, 'dist', target),
    bundle: true,
    // Classic scripts: content scripts cannot be modules, and one format for all keeps it simple.
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox142',
    minify: production,
    sourcemap: production ? false : 'inline',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    metafile: true,
    plugins: [noRawHtmlPlugin],
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
  };
}

function copyStatic(target: Target): void {
  const out = join(root, 'dist', target);
  // READMEs in the asset folders (assets/languages says its files are generated) are not shipped.
  for (const [from, to] of [...STATIC, ...PLATFORM[target].static])
    cpSync(join(root, from), join(out, to), {
      recursive: true,
      filter: (path) => !path.endsWith('README.md'),
    });
  copyLexicons(out);
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(
    join(out, 'manifest.json'),
    `${JSON.stringify(manifestFor(source, target, version), null, 2)}\n`,
  );
}

/** The word-lookup lexicons and root lists, and an index of the pairs (a new pair is a new file). */
function copyLexicons(out: string): void {
  const from = join(root, 'assets', 'lexicon');
  const files = readdirSync(from).filter((f) =>
    /^[a-z]{2,3}-(?:[a-z]{2,3}(?:-definitions)?|roots|forms|foreign)\.json$/.test(f),
  );
  mkdirSync(join(out, 'lexicon'), { recursive: true });
  for (const file of files) cpSync(join(from, file), join(out, 'lexicon', file));
  const pairs = files
    .filter((f) => !/-(?:roots|forms|foreign|definitions)\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''));
  writeFileSync(join(out, 'lexicon', 'index.json'), `${JSON.stringify({ pairs })}\n`);
}

function reportSizes(target: Target, metafile: esbuild.Metafile): void {
  const rows = Object.entries(metafile.outputs).map(([file, { bytes }]) => {
    const gzip = gzipSync(readFileSync(join(root, file))).length;
    return `  ${relative(join('dist', target), file).padEnd(16)} ${kb(bytes).padStart(9)}  gzip ${kb(gzip).padStart(8)}`;
  });
  console.log(`dist/${target}\n${rows.join('\n')}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  const watch = process.argv.includes('--watch');
  for (const target of TARGETS) rmSync(join(root, 'dist', target), { recursive: true, force: true });
  if (!watch) {
    for (const target of TARGETS) {
      mkdirSync(join(root, 'dist', target), { recursive: true });
      const result = await esbuild.build(buildOptions(target, true));
      copyStatic(target);
      if (result.metafile) reportSizes(target, result.metafile);
    }
    return;
  }
  for (const target of TARGETS) {
    const context = await esbuild.context({
      ...buildOptions(target, false),
      plugins: [
        noRawHtmlPlugin,
        {
          name: 'copy-static',
          setup(build) {
            build.onEnd((result) => {
              copyStatic(target);
              console.log(
                `[${new Date().toLocaleTimeString()}] dist/${target}: ${result.errors.length} errors`,
              );
            });
          },
        },
      ],
    });
    await context.watch();
  }
  console.log('Watching src/ (static files are copied on each rebuild). Ctrl-C to stop.');
}

// Built when run, not when imported (the bundle test imports buildOptions).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
