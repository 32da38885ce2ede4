import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser end-to-end tests; `node scripts/run-e2e.mjs` starts the server and sets HUSHLINK_URL and CHROMIUM_PATH.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // One server and one Chromium at a time: the files share the server's rate limits and the machine's cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
