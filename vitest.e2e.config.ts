import { defineConfig } from 'vitest/config';

// Browser suites drive Debian's Chromium through playwright-core; they share one machine, so run serially.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
