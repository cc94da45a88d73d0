// Mutation check of the hostile-page defences (issue 16): each mutation below undoes one defence
// in a scratch worktree of HEAD, and the tests written for that defence must then fail. A mutation
// the tests still pass is a defence that nothing guards: "survived". Not part of `npm test` (it
// builds the extension once per e2e mutation: several minutes); run it after changing a defence.
//   npx tsx scripts/mutate-defences.ts [--only <id>] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Mutation {
  id: string;
  /** What the mutation undoes, in a few words. */
  undoes: string;
  file: string;
  from: string;
  to: string;
  /** vitest config (unit: the default one) and test file; `filter` is vitest's -t. */
  test: { tier: 'unit' | 'dom' | 'e2e'; file: string; filter?: string };
}

const MUTATIONS: Mutation[] = [
  {
    id: 'pointer-untrusted',
    undoes: 'pointer and key events the page makes count as the reader’s',
    file: 'src/content/interaction.ts',
    from: 'options.fromReader ?? ((event: Event) => event.isTrusted)',
    to: 'options.fromReader ?? ((_event: Event) => true)',
    test: { tier: 'e2e', file: 'tests/e2e/hostile.test.ts', filter: 'chromium synthetic' },
  },
  {
    id: 'click-untrusted',
    undoes: 'script clicks on a card’s buttons act',
    file: 'src/ui/cards/trusted.ts',
    from: 'if (event.isTrusted) act();',
    to: 'act();',
    test: { tier: 'e2e', file: 'tests/e2e/hostile.test.ts', filter: 'chromium clicks the page makes' },
  },
  {
    id: 'open-shadow',
    undoes: 'the card’s shadow root is closed',
    file: 'src/content/popover/popover-host.ts',
    from: "host.attachShadow({ mode: 'closed' })",
    to: "host.attachShadow({ mode: 'open' })",
    test: { tier: 'e2e', file: 'tests/e2e/hostile.test.ts', filter: 'chromium keeps the card out' },
  },
  {
    id: 'fixed-host-name',
    undoes: 'the host’s name is random for each page',
    file: 'src/content/popover/popover-host.ts',
    from: 'export const HOST_TAG = randomHostTag();',
    to: "export const HOST_TAG = 'lentera-popover';",
    test: {
      tier: 'e2e',
      file: 'tests/e2e/hostile.test.ts',
      filter: 'chromium keeps the card out',
    },
  },
  {
    id: 'host-style',
    undoes: 'the host’s own style beats the page’s rules',
    file: 'src/content/popover/popover-host.ts',
    from: "'all: initial',",
    to: "'',",
    test: {
      tier: 'e2e',
      file: 'tests/e2e/hostile.test.ts',
      filter: 'chromium works on a page that clobbers',
    },
  },
  {
    id: 'no-early-world',
    undoes: 'the document_start script that makes the content script’s world before the page clobbers it',
    file: 'manifest.json',
    from: '"run_at": "document_start"',
    to: '"run_at": "document_idle"',
    test: {
      tier: 'e2e',
      file: 'tests/e2e/hostile.test.ts',
      filter: 'chromium works on a page that clobbers',
    },
  },
  {
    id: 'colours-on',
    undoes: 'vocabulary colours (readable by the page) off by default',
    file: 'src/shared/settings.ts',
    from: 'colourVocabulary: v.optional(v.boolean(), false)',
    to: 'colourVocabulary: v.optional(v.boolean(), true)',
    test: { tier: 'e2e', file: 'tests/e2e/words.test.ts', filter: 'chromium saves words from two tabs' },
  },
  {
    id: 'ledger-reapplies',
    undoes: 'a save sent again is applied once',
    file: 'src/background/save-ledger.ts',
    from: 'if (seen) return seen[1] as T;',
    to: '',
    test: { tier: 'unit', file: 'tests/unit/save-queue.test.ts' },
  },
  {
    id: 'not-resent',
    undoes: 'a save, a parse, a report or an annotation with no answer is sent again until answered',
    file: 'src/contract/until-answered.ts',
    from: "if (reply.ok || reply.error.code !== 'unavailable' || contextGone(reply.error.message)) return reply;",
    to: 'return reply;',
    test: { tier: 'unit', file: 'tests/unit/save-queue.test.ts' },
  },
  {
    id: 'orphan-unnoticed',
    undoes: 'a content script whose extension is gone removes every trace',
    file: 'src/content/orphan.ts',
    from: 'return Boolean(browser.runtime?.id);',
    to: 'return true;',
    test: { tier: 'e2e', file: 'tests/e2e/page-life.test.ts', filter: 'chromium after a reload' },
  },
  {
    id: 'deep-nesting-read',
    undoes: 'a page nested too deep is refused before it is parsed',
    file: 'src/dom/detect-article.ts',
    from: 'if (depth > ARTICLE_LIMITS.depth) {',
    to: 'if (false) {',
    test: { tier: 'dom', file: 'tests/dom/page-limits.test.ts' },
  },
  {
    id: 'annotate-unbounded',
    undoes: 'the background cuts any caller’s article to the limits',
    file: 'src/background/handlers.ts',
    from: 'const blocks = asked.slice(0, blocksWithinLimits(asked.map((b) => b.length)));',
    to: 'const blocks = asked;',
    test: { tier: 'unit', file: 'tests/unit/article-limits.test.ts' },
  },
  {
    id: 'quota-unnamed',
    undoes: 'a full storage is told as such',
    file: 'src/shared/storage-errors.ts',
    from: "(error as { name?: unknown }).name === 'QuotaExceededError'",
    to: 'false',
    test: { tier: 'unit', file: 'tests/unit/storage-errors.test.ts' },
  },
  {
    id: 'lone-surrogate-url',
    undoes: 'a lone surrogate in a Wikipedia title does not break the card',
    file: 'src/ui/cards/popover.tsx',
    from: "s.replace(/[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]/g, '\\uFFFD'),",
    to: 's,',
    test: { tier: 'unit', file: 'tests/unit/wikipedia-url.test.ts' },
  },
  {
    id: 'nul-in-copy',
    undoes: 'a NUL in the page’s text is written so that the copy still maps',
    file: 'src/dom/serialize-numbered.ts',
    from: ".replace(/\\0/g, '\\uFFFD');",
    to: ';',
    test: { tier: 'dom', file: 'tests/dom/odd-characters.test.ts' },
  },
  {
    id: 'mixed-line-ends',
    undoes: 'a CSV file with mixed LF and CRLF row ends imports',
    file: 'src/core/vocabulary/csv.ts',
    from: 'const text = rowEndsAsLf(decoded.text);',
    to: 'const text = decoded.text;',
    test: { tier: 'unit', file: 'tests/unit/vocabulary-io.test.ts' },
  },
];

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = argValue('--only');
const root = join(import.meta.dirname, '..');
const scratch = '/tmp/lentera-mutants';

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
if (existsSync(scratch)) {
  spawnSync('git', ['worktree', 'remove', '--force', scratch], { cwd: root });
  rmSync(scratch, { recursive: true, force: true });
}
git('worktree', 'add', '--detach', scratch, 'HEAD');
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));

const CONFIGS = { unit: 'vitest.config.ts', dom: 'vitest.dom.config.ts', e2e: 'vitest.e2e.config.ts' };
const run = (command: string, args: string[]) =>
  spawnSync(command, args, {
    cwd: scratch,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });

const results: { id: string; undoes: string; caught: boolean; seconds: number; note: string }[] = [];
for (const m of MUTATIONS.filter((m) => !only || m.id === only)) {
  const path = join(scratch, m.file);
  const original = readFileSync(path, 'utf8');
  if (!original.includes(m.from)) throw new Error(`${m.id}: "${m.from}" is not in ${m.file} any more`);
  const started = Date.now();
  writeFileSync(path, original.replace(m.from, m.to));
  let note = '';
  if (m.test.tier === 'e2e') {
    const build = run('npx', ['tsx', 'scripts/build.ts']);
    if (build.status !== 0) note = 'the build failed';
  }
  let caught: boolean;
  if (note) caught = true;
  else {
    const args = ['vitest', 'run', '--config', CONFIGS[m.test.tier], m.test.file];
    if (m.test.filter) args.push('-t', m.test.filter);
    const test = run('npx', args);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes
    const out = `${test.stdout}\n${test.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    // A filter that matches nothing passes with no test run: that would be a false "survived".
    const ran = /Tests\s+(.*)/.exec(out)?.[1] ?? '';
    if (!/\d+ (passed|failed)/.test(ran)) throw new Error(`${m.id}: no test ran\n${out.slice(-2000)}`);
    caught = test.status !== 0;
    note = ran.trim();
  }
  writeFileSync(path, original);
  results.push({
    id: m.id,
    undoes: m.undoes,
    caught,
    seconds: Math.round((Date.now() - started) / 1000),
    note,
  });
  console.error(`${caught ? 'caught  ' : 'SURVIVED'} ${m.id} (${note})`);
}

if (!process.argv.includes('--keep')) {
  spawnSync('git', ['worktree', 'remove', '--force', scratch], { cwd: root });
}
for (const r of results)
  console.log(`| ${r.id} | ${r.undoes} | ${r.caught ? 'caught' : '**survived**'} | ${r.note} |`);
const survived = results.filter((r) => !r.caught).length;
console.log(`\n${results.length} mutations, ${results.length - survived} caught, ${survived} survived`);
process.exitCode = survived > 0 ? 1 : 0;
