import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { bundleBudget, firstViewChunk } from './bundle-budget.js';

const appPage = fileURLToPath(new URL('./index.html', import.meta.url));

export default defineConfig({
  plugins: [react(), bundleBudget({ maxGzipKiB: 220 })],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [firstViewChunk(appPage)] } } },
    // The first view is one chunk on purpose; bundleBudget guards its size, gzipped.
    chunkSizeWarningLimit: 1024,
  },
  test: {
    // Vitest leaves a core to the main process by default, which on 2 cores means one worker; the
    // main process here only serves the local sites, so use every core.
    maxWorkers: '100%',
    // Every test builds its own repositories and local site, so files need not each re-import the
    // module graph: importing Fluent UI into every jsdom file was a third of the suite's time.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/contract/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/setup-dom.ts'],
          globalSetup: ['./tests/support/site-factory.ts'],
        },
      },
    ],
  },
});
