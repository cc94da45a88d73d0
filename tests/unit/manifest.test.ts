import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Manifest, manifestFor } from '../../scripts/manifest-for';

const root = join(import.meta.dirname, '..', '..');
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'assets', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    unknown
  >;

describe('manifestFor', () => {
  it('gives Chromium the service worker and no Gecko settings', () => {
    const chrome = manifestFor(source, 'chrome', '1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe('1.2.3');
    expect(chrome.permissions).toContain('offscreen');
  });

  it('gives Firefox an event page and its Gecko id, minimum version and data permissions', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.permissions).not.toContain('offscreen');
  });

  it('gives both browsers unlimitedStorage: the vocabulary at its limit is larger than any default quota', () => {
    expect(manifestFor(source, 'chrome').permissions).toContain('unlimitedStorage');
    expect(manifestFor(source, 'firefox').permissions).toContain('unlimitedStorage');
  });

  it('leaves the source manifest unchanged', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'chrome');
    manifestFor(source, 'firefox');
    expect(JSON.stringify(source)).toBe(before);
  });
});

describe('locales', () => {
  it('English and Indonesian have the same messages, and every __MSG_ of the manifest exists', () => {
    const en = locale('en');
    const id = locale('id');
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    const used = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(en).toHaveProperty(key);
  });

  it('every message the source code asks for exists', () => {
    const en = locale('en');
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join('src', f));
    const keys = files.flatMap((f) =>
      [...readFileSync(join(root, f), 'utf8').matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]),
    );
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(en, `message ${key}`).toHaveProperty(key as string);
  });
});
