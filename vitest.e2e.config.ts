import { defineConfig } from 'vitest/config';

// End-to-end suites: real processes, and Debian's Chromium driven through playwright-core. They
// share one machine, so run serially.
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
