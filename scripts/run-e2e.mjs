#!/usr/bin/env node
// `npm run test:e2e` (after `npm run build`): runs the browser tests against the real server and the built client,
// twice: the whole suite against `wrangler dev` (the Worker in workerd, local D1), then the share-and-reveal and
// passkey flows against the Node server of `npm run serve` (SQLite on disk). Each server gets a fresh database
// and is stopped (its whole process group) whatever happens. Extra arguments go to vitest and restrict both passes:
// `npm run test:e2e -- test/e2e/accounts.test.ts`. Exits non-zero when either pass fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { findChromium } from './find-chromium.mjs';
import { ROOT, startDevServer, startNodeServer, toolEnv } from './lib/dev-server.mjs';

/** A pass never takes this long; past it something hangs, and the run is stopped rather than left waiting. */
const PASS_TIMEOUT_MS = 30 * 60_000;
/** The flows that must also hold on the Node server (issue: self-hosting). */
const NODE_PASS_FILES = [
  'test/e2e/share-and-reveal.test.ts',
  'test/e2e/passphrase.test.ts',
  'test/e2e/accounts.test.ts',
  'test/e2e/files.test.ts',
  // The Node server sets the security headers itself, below the app (node/response-headers.ts).
  'test/e2e/headers.test.ts',
  // The page refuses code that differs from the build, whichever server sends the headers.
  'test/e2e/code-integrity.test.ts',
  'test/e2e/cli-verify.test.ts',
];

// The tests need passkeys bound to `localhost`, and create links without an account whatever the default is.
const SETTINGS = { RP_ID: 'localhost', ANONYMOUS_LINKS: 'true' };

let current = null;
let vitest = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    console.error(`run-e2e: ${signal}, stopping`);
    if (vitest) process.kill(-vitest.pid, 'SIGKILL');
    await current?.stop();
    process.exit(130);
  });
}

/** Runs vitest on the e2e config against `url` (with `env` added); resolves with its exit code. */
function runVitest(url, chromium, files, env = {}) {
  vitest = spawn(
    join(ROOT, 'node_modules/.bin/vitest'),
    ['run', '--config', 'test/e2e/vitest.config.ts', ...files],
    {
      cwd: ROOT,
      env: toolEnv({ HUSHLINK_URL: url, CHROMIUM_PATH: chromium, ...env }),
      stdio: 'inherit',
      detached: true,
    },
  );
  const child = vitest;
  const watchdog = setTimeout(() => {
    console.error(`run-e2e: the tests ran for more than ${PASS_TIMEOUT_MS / 60_000} minutes; stopping them`);
    process.kill(-child.pid, 'SIGKILL');
  }, PASS_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (error) => {
      console.error(`run-e2e: could not start vitest: ${error.message}`);
      resolve(1);
    });
  });
}

/**
 * Starts a server, runs the given test files against it, stops it; prints its output when the pass failed.
 * `testEnv(server)` adds variables for the tests (the wrangler pass names its local D1 folder, which the sealing
 * tests read the stored rows from).
 */
async function pass(name, start, files, chromium, testEnv = () => ({})) {
  console.log(`run-e2e: ${name}`);
  let code = 1;
  try {
    current = await start();
    console.log(`run-e2e: server up at ${current.url}`);
    code = await runVitest(current.url, chromium, files, testEnv(current));
  } catch (error) {
    console.error(`run-e2e: ${error instanceof Error ? error.message : error}`);
  }
  if (code !== 0 && current) console.error(`run-e2e: the server's last output:\n${current.output()}`);
  await current?.stop();
  current = null;
  return code;
}

if (!existsSync(join(ROOT, 'apps', 'web', 'dist', 'index.html'))) {
  console.error('run-e2e: apps/web/dist is missing: run `npm run build` first (`npm run test:e2e` does).');
  process.exit(1);
}
const chromium = findChromium();
console.log(`run-e2e: Chromium ${chromium}`);
const only = process.argv.slice(2);
const workers = await pass(
  'the whole suite against wrangler dev (workerd, local D1)',
  () => startDevServer({ host: 'localhost', vars: SETTINGS }),
  only,
  chromium,
  (server) => ({ HUSHLINK_D1_PERSIST_TO: server.persistTo }),
);
const nodeFiles =
  only.length > 0
    ? only.filter((file) => NODE_PASS_FILES.some((f) => file.endsWith(f.split('/').pop())))
    : NODE_PASS_FILES;
const node =
  nodeFiles.length === 0
    ? 0
    : await pass(
        'share, reveal and passkeys against the Node server (SQLite)',
        () => startNodeServer({ host: 'localhost', env: SETTINGS }),
        nodeFiles,
        chromium,
      );
process.exit(workers !== 0 ? workers : node);
