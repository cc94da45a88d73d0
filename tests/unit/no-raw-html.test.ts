import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { rewriteSource } from '../../scripts/no-raw-html-plugin';

const require = createRequire(import.meta.url);

describe('no-raw-html build plugin', () => {
  it('removes every innerHTML assignment from Readability and Preact as installed', () => {
    for (const path of [
      require.resolve('@mozilla/readability/Readability.js'),
      require.resolve('preact').replace(/preact\.js$/, 'preact.mjs'),
    ]) {
      const out = rewriteSource(path, readFileSync(path, 'utf8'));
      expect(out, path).not.toBeNull();
      expect(out).not.toMatch(/\.innerHTML\s*=[^=]/);
    }
  });

  it('fails loudly when a library changed and the code to rewrite is gone', () => {
    expect(() => rewriteSource('/x/@mozilla/readability/Readability.js', 'var a = 1;')).toThrow(
      /expected 1 match/,
    );
  });

  it('leaves other files alone', () => {
    expect(rewriteSource('/x/other.js', 'el.innerHTML = y;')).toBeNull();
  });
});
