// Builds the test-only detection bundle (tests/support/detect-entry.ts) into a string.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { noRawHtmlPlugin } from '../../scripts/no-raw-html-plugin';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function detectBundle(): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['tests/support/detect-entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    plugins: [noRawHtmlPlugin],
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('the detection bundle is empty');
  return file.text;
}
