import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The release's artifacts, built once by global-setup.ts (`npm run release` into a temporary folder) and run as a
// user runs them: from an empty folder, without node_modules or the repository.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/release/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/release/global-setup.ts'],
    // Servers, browsers and a second release build: one file at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
