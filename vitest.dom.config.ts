import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// DOM tests: the page-DOM modules (src/dom, parts of src/content) in a real, headless Chromium
// (vitest's browser mode), each test file in a page of its own. No extension APIs: what needs
// the built extension is tested in tests/e2e.
export default defineConfig({
  // The dependencies the tested modules import, bundled before the first test file loads: found
  // on the way instead, they make Vite reload the page in the middle of a run.
  optimizeDeps: {
    include: [
      '@mozilla/readability',
      '@mozilla/readability/Readability-readerable.js',
      'valibot',
      'idb',
      'fast-check',
    ],
  },
  test: {
    include: ['tests/dom/**/*.test.ts'],
    testTimeout: 10_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
