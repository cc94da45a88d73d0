import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox. One file at a time: each
// starts a browser, and two cores are not enough for several at once.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
