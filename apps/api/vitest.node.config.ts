import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The same API test files as vitest.config.ts, run on Node against the Node server's ports (SQLite, in-memory
 * limits). Only the Worker entry's own test (scheduled handler, bindings) is left to the Workers pool.
 */
export default defineConfig({
  resolve: {
    alias: {
      'cloudflare:test': fileURLToPath(new URL('./test/node/cloudflare-test.ts', import.meta.url).href),
    },
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url).href),
    include: ['src/**/*.test.ts'],
    exclude: ['src/index.test.ts', 'src/worker-metrics.test.ts'],
    environment: 'node',
    onConsoleLog: (log: string) => !log.includes('"event":"request"'),
  },
});
