import { defineConfig } from 'vitest/config';

// Unit tests: pure logic, in Node. What needs layout or extension APIs is tested in tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
