import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startDevServer } from '../../../scripts/lib/dev-server.mjs';
import { seedTestAccounts, type TestAccounts } from './support/test-accounts.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin of the `wrangler dev` server the CLI tests talk to. */
    serverUrl: string;
    /** The accounts every test file uses, seeded before any of them runs. */
    accounts: TestAccounts;
  }
}

/**
 * Starts one real server for every CLI test file: `wrangler dev` (workerd, a fresh migrated D1) on a free port with
 * anonymous links allowed, and seeds the test accounts in it. The CLI needs only the API, so when the web client is
 * not built an empty assets folder stands in for it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let assets: string | undefined;
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
    assets = mkdtempSync(join(tmpdir(), 'hushlink-cli-assets-'));
    writeFileSync(join(assets, 'index.html'), '<!doctype html><title>Hushlink</title>');
  }
  const server = await startDevServer({
    vars: { ANONYMOUS_LINKS: 'true' },
    ...(assets === undefined ? {} : { assetsDir: assets }),
  });
  project.provide('serverUrl', server.url);
  try {
    project.provide('accounts', await seedTestAccounts(server.persistTo));
  } catch (error) {
    await server.stop();
    throw error;
  }
  return async () => {
    await server.stop();
    if (assets !== undefined) rmSync(assets, { recursive: true, force: true });
  };
}
