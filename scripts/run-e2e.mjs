#!/usr/bin/env node
// `npm run test:e2e` (after `npm run build`): runs the browser tests against the real Worker and the built client.
// Finds Chromium, starts `wrangler dev` on a free port with a fresh temporary D1 database, waits for
// /api/health, runs vitest with HUSHLINK_URL and CHROMIUM_PATH (and any arguments given), then stops wrangler (its
// whole process group, workerd included) and deletes the database, whatever happened. Exits with vitest's code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');
// node_modules/.bin first: wrangler needs the Node it ships with (24), whatever `node` is on the PATH.
const baseEnv = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
  WRANGLER_SEND_METRICS: 'false',
};

const MIGRATE_TIMEOUT_MS = 120_000;
const STARTUP_TIMEOUT_MS = 90_000;
/** A whole run never takes this long; past it something hangs, and the run is stopped rather than left waiting. */
const RUN_TIMEOUT_MS = 15 * 60_000;

/** Cleanup steps, run once, in reverse order, on every way out. */
const cleanups = [];
let cleaning;

/** Runs the cleanup steps; every caller (a signal, the normal end) waits for the same single run. */
function cleanUp() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`run-e2e: cleanup step failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  })();
  return cleaning;
}

async function exit(code) {
  await cleanUp();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`run-e2e: ${signal}, stopping`);
    void exit(130);
  });
}

/** A TCP port that was free a moment ago (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `signal` to a detached child's whole process group (wrangler, its esbuild and workerd). */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops a detached child's process group: SIGTERM, then SIGKILL if it is still there after a few seconds. */
async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL'); // stragglers (workerd) of a wrangler that already exited
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  signalGroup(child, 'SIGKILL');
  if (!done) await Promise.race([exited, sleep(2_000)]);
}

/** Polls /api/health until it answers `ok`, the server process exits, or the time is up. */
async function waitForHealth(url, server) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `wrangler dev exited (${server.exitCode ?? server.signalCode}) before the server was up`,
      );
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok && (await response.json()).ok === true) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer ${url}/api/health within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/** The last lines wrangler printed, shown only when the run fails (it warns about cf objects and crons otherwise). */
const serverLog = [];
const SERVER_LOG_LINES = 300;

/** Keeps a child's output line by line, most recent last, for `printServerLog`. */
function keepOutput(stream) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (text) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    serverLog.push(...lines.filter((line) => line.trim()));
    serverLog.splice(0, Math.max(0, serverLog.length - SERVER_LOG_LINES));
  });
}

function printServerLog() {
  if (serverLog.length === 0) return;
  console.error(`run-e2e: the server's last ${serverLog.length} lines of output:`);
  for (const line of serverLog) console.error(`[wrangler] ${line}`);
}

async function main() {
  if (!existsSync(join(root, 'apps', 'web', 'dist', 'index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run build` first (`npm run test:e2e` does).');
  }
  const chromium = findChromium();
  console.log(`run-e2e: Chromium ${chromium}`);

  const persist = mkdtempSync(join(tmpdir(), 'hushlink-e2e-'));
  cleanups.push(() => rmSync(persist, { recursive: true, force: true }));

  const migrate = spawnSync(
    join(bin, 'wrangler'),
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    {
      cwd: root,
      env: baseEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: MIGRATE_TIMEOUT_MS,
    },
  );
  if (migrate.status !== 0) {
    process.stderr.write(`${migrate.stdout ?? ''}${migrate.stderr ?? ''}`);
    throw new Error(`applying the migrations failed (${migrate.error?.message ?? `exit ${migrate.status}`})`);
  }

  const port = await freePort();
  // localhost, not 127.0.0.1: passkeys are bound to the RP ID `localhost`, and the browser must be on that name.
  const url = `http://localhost:${port}`;
  const vars = {
    ORIGIN: url,
    RP_ID: 'localhost',
    // The link-sharing tests create links without an account, whatever wrangler.toml's default is.
    ANONYMOUS_LINKS: 'true',
  };
  const server = spawn(
    join(bin, 'wrangler'),
    [
      'dev',
      '--port',
      String(port),
      '--persist-to',
      persist,
      '--log-level',
      'warn',
      ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
    ],
    // Detached: its own process group, so that stopping it also stops workerd.
    { cwd: root, env: baseEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  cleanups.push(() => stopGroup(server));
  keepOutput(server.stdout);
  keepOutput(server.stderr);
  await waitForHealth(url, server);
  console.log(`run-e2e: server up at ${url} (database in ${persist})`);

  // Extra arguments go to vitest: `npm run test:e2e -- test/e2e/accounts.test.ts` runs one file.
  const vitestArgs = ['run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)];
  const vitest = spawn(join(bin, 'vitest'), vitestArgs, {
    cwd: root,
    env: { ...baseEnv, HUSHLINK_URL: url, CHROMIUM_PATH: chromium },
    stdio: 'inherit',
    detached: true,
  });
  cleanups.push(() => stopGroup(vitest));
  const watchdog = setTimeout(() => {
    console.error(`run-e2e: the tests ran for more than ${RUN_TIMEOUT_MS / 60_000} minutes; stopping them`);
    signalGroup(vitest, 'SIGKILL');
  }, RUN_TIMEOUT_MS);
  const code = await new Promise((resolve) => {
    vitest.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    vitest.on('error', (error) => {
      console.error(`run-e2e: could not start vitest: ${error.message}`);
      resolve(1);
    });
  });
  clearTimeout(watchdog);
  if (code !== 0) printServerLog();
  return code;
}

try {
  await exit(await main());
} catch (error) {
  printServerLog();
  console.error(`run-e2e: ${error instanceof Error ? error.message : error}`);
  await exit(1);
}
