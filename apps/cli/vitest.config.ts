import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests beside the code (src/**) and the CLI run as a child process against one real server (test/**),
// started once by test/global-setup.ts: `wrangler dev` with a fresh local D1.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Each test runs the CLI as child processes and waits on them and the server: two files at a time, and up to
    // three tests at once in the files marked `describe.concurrent`, keep a 2-core machine busy without starving it.
    maxWorkers: 2,
    maxConcurrency: 3,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
