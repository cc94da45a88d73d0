// Makes the store archives from dist/: artifacts/lentera-<browser>-<version>.zip

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
for (const target of ['chrome', 'firefox']) {
  const filename = `lentera-${target}-${version}.zip`;
  execFileSync(
    join(root, 'node_modules', '.bin', 'web-ext'),
    [
      'build',
      '--source-dir',
      join(root, 'dist', target),
      '--artifacts-dir',
      join(root, 'artifacts'),
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`artifacts/${filename}`);
}
