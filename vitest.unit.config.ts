import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'apps/web/src/**/*.test.ts',
      'apps/web/build/**/*.test.ts',
      'apps/extension/src/**/*.test.ts',
      'test/architecture/**/*.test.ts',
    ],
    testTimeout: 30_000,
    environment: 'node',
  },
});
