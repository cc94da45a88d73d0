// Runs `web-ext lint` on dist/firefox and fails on any error, warning or notice.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'dist', 'firefox');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error('dist/firefox is missing: run `npm run build` first.');
  process.exit(1);
}
interface Finding {
  code: string;
  message: string;
  file?: string;
}
const out = execFileSync(
  join(root, 'node_modules', '.bin', 'web-ext'),
  ['lint', '--source-dir', dir, '--output', 'json'],
  {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const report = JSON.parse(out.slice(out.indexOf('{'))) as Record<
  'errors' | 'warnings' | 'notices',
  Finding[]
>;
const findings = [...report.errors, ...report.warnings, ...report.notices];
for (const f of findings) console.error(`  ${f.code}: ${f.message}${f.file ? ` (${f.file})` : ''}`);
console.log(
  `web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
if (findings.length > 0) process.exit(1);
