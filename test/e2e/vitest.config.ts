import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that need a server nobody has used yet run first: accounts.test.ts bootstraps the first (admin) account,
 * and other files (sealing, requests) seed accounts of their own into the same server.
 */
const FIRST = ['accounts.test.ts'];

class FreshServerFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => FIRST.some((name) => spec.moduleId.endsWith(`/${name}`));
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}

// Browser end-to-end tests; `node scripts/run-e2e.mjs` starts the server and sets HUSHLINK_URL and CHROMIUM_PATH.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // One server and one Chromium at a time: the files share the server's rate limits and the machine's cores.
    fileParallelism: false,
    sequence: { sequencer: FreshServerFirst },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
