// The usual setting of an end-to-end test file: the fixture server, a browser with the built
// extension, and an extension page to ask it things; started before the file's tests, stopped after.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserKind } from '../../../tools/browser/find-browsers';
import { type ExtensionBrowser, launch, ROOT } from '../../../tools/browser/harness';
import { ExtensionPage } from '../../../tools/browser/pages';
import { type FixtureServer, serveFixtures } from '../../../tools/browser/server';

export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

export interface ExtensionSetup {
  server: FixtureServer;
  browser: ExtensionBrowser;
  extension: ExtensionPage;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function useExtension(kind: BrowserKind): ExtensionSetup {
  const setup = {} as ExtensionSetup;
  beforeAll(async () => {
    setup.server = await serveFixtures(PAGES);
    setup.browser = await launch(kind);
    setup.extension = await ExtensionPage.open(setup.browser);
  });
  afterAll(async () => {
    await setup.browser?.close();
    await setup.server?.close();
  });
  return setup;
}
