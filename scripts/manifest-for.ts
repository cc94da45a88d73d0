// Derives each browser's manifest from the one source manifest.json.

export type Target = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

/** The oldest Chromium with everything Lentera uses (storage.session, CSS highlights, i18n). */
const MIN_CHROME = '120';

/**
 * Chromium runs `background.service_worker` and ignores Gecko settings; Firefox runs
 * `background.scripts` as an event page. Each store gets only what its browser reads, so that
 * neither warns about keys it does not know.
 */
export function manifestFor(source: Manifest, target: Target, version?: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  const background = { ...(manifest.background ?? {}) };
  if (version) manifest.version = version;
  if (target === 'chrome') {
    delete background.scripts;
    delete manifest.browser_specific_settings;
    manifest.minimum_chrome_version = MIN_CHROME;
  } else {
    delete background.service_worker;
    // Firefox's event page has a DOM of its own: no offscreen document (nor its permission).
    manifest.permissions = ((manifest.permissions as string[] | undefined) ?? []).filter(
      (p) => p !== 'offscreen',
    );
  }
  manifest.background = background;
  return manifest;
}
