// Each browser's bundles carry only what they run: the parse host is chosen at build time.
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildOptions } from '../../scripts/build';

async function inputsOf(target: 'chrome' | 'firefox'): Promise<Record<string, string[]>> {
  const options = buildOptions(target, true);
  const result = await esbuild.build({ ...options, write: false, metafile: true, logLevel: 'silent' });
  const out: Record<string, string[]> = {};
  for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
    const name = file.split('/').pop()?.replace(/\.js$/, '') ?? file;
    out[name] = Object.keys(output.inputs);
  }
  return out;
}

describe('bundles', () => {
  it("Chromium's service worker carries no Readability and parses in the offscreen document", async () => {
    const chrome = await inputsOf('chrome');
    expect(chrome.background?.some((f) => f.includes('@mozilla/readability'))).toBe(false);
    expect(chrome.background).toContain('src/background/parse-host/chrome.ts');
    expect(chrome.offscreen?.some((f) => f.endsWith('@mozilla/readability/Readability.js'))).toBe(true);
    // The content script has Readability's gate only, never its parser.
    expect(chrome.content?.some((f) => f.endsWith('Readability-readerable.js'))).toBe(true);
    expect(chrome.content?.some((f) => f.endsWith('@mozilla/readability/Readability.js'))).toBe(false);
  });

  it("Firefox's event page parses itself and the build has no offscreen document", async () => {
    const firefox = await inputsOf('firefox');
    expect(Object.keys(firefox)).not.toContain('offscreen');
    expect(firefox.background).toContain('src/background/parse-host/firefox.ts');
    expect(firefox.background?.some((f) => f.endsWith('@mozilla/readability/Readability.js'))).toBe(true);
  });
});
