// One way to run the real server for tests, benchmarks and load runs: `wrangler dev` (workerd, local D1) on a free
// port with a fresh temporary database, stopped with its whole process group (wrangler, esbuild, workerd).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');

/**
 * How to run a TypeScript entry of this repository as ONE process: the Node 24 in node_modules with tsx's loader,
 * not the `tsx` command. `tsx FILE` runs FILE in a child process and, on SIGTERM, gives the child 30 ms to confirm
 * the signal before it SIGKILLs it and exits 143; on a loaded machine a graceful stop became a kill (2 of 8 stops
 * beside two CPU hogs). Here the signal reaches the program itself.
 *
 * @returns the command and its arguments, for `spawn`.
 */
export function typeScriptCommand(entry) {
  return {
    command: join(BIN, 'node'),
    args: ['--import', pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, entry],
  };
}

/** The Node server from source (`npm run serve`'s entry, without the build), as `typeScriptCommand` runs it. */
export const NODE_SERVER_ENTRY = join(ROOT, 'apps', 'api', 'src', 'node-server.ts');

const MIGRATE_TIMEOUT_MS = 120_000;
const STARTUP_TIMEOUT_MS = 90_000;

/** The environment for child tools: node_modules/.bin first (wrangler needs the Node 24 it ships with). */
export function toolEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`,
    WRANGLER_SEND_METRICS: 'false',
    ...extra,
  };
}

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort() {
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

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopGroup(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, signal);
  const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  signalGroup(child, 'SIGKILL');
  if (!done) await Promise.race([exited, sleep(2_000)]);
}

async function waitForHealth(url, child, describe) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `wrangler dev exited (${child.exitCode ?? child.signalCode}) before it was up; ${describe()}`,
      );
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(
    `wrangler dev did not answer ${url}/api/health within ${STARTUP_TIMEOUT_MS / 1000} s; ${describe()}`,
  );
}

/** Applies migrations/ to the local D1 database under `persistTo`. */
export function migrateLocal(persistTo) {
  const result = spawnSync(
    join(BIN, 'wrangler'),
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo],
    {
      cwd: ROOT,
      env: toolEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: MIGRATE_TIMEOUT_MS,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `applying the migrations failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`,
    );
  }
}

/**
 * Runs a server command detached (its own process group), keeps its last lines of output (or writes them to
 * `logFile`), and waits for `url`/api/health. Returns the control handle shared by every kind of server (the
 * bench's reference server too).
 */
export async function runServer({ command, args, env, url, logFile, cleanUp }) {
  let child;
  const lines = [];
  const launch = async () => {
    child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const sink = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
    for (const stream of [child.stdout, child.stderr]) {
      if (sink) stream.pipe(sink);
      stream.setEncoding('utf8');
      stream.on('data', (text) => {
        lines.push(...text.split('\n').filter((line) => line.trim()));
        lines.splice(0, Math.max(0, lines.length - 300));
      });
    }
    await waitForHealth(url, child, () => `its last output:\n${lines.slice(-40).join('\n')}`);
  };
  await launch();
  return {
    url,
    /** The launched command's process id (its group holds everything it started). */
    pid: () => child.pid,
    output: () => lines.join('\n'),
    async stop() {
      await stopGroup(child);
      cleanUp?.();
    },
    async kill() {
      await stopGroup(child, 'SIGKILL');
    },
    async restart() {
      await launch();
    },
  };
}

/**
 * Starts `wrangler dev` on a free port (or `options.port`) with a fresh temporary D1 folder (or
 * `options.persistTo`, kept), migrations applied, and `options.vars` as `--var NAME:VALUE` (`ORIGIN` defaults to
 * the server's URL). `host` is the name in the returned URL: `localhost` where passkeys (RP ID `localhost`) are
 * used. Output goes to `options.logFile` when given; the last lines are always kept for `output()`.
 *
 * @returns `{ url, port, persistTo, output(), stop(), kill(), restart() }`: `stop` ends it gracefully and deletes a
 * temporary database; `kill` sends SIGKILL to the whole group at once (a crash); `restart` starts it again on the
 * same port and database.
 */
export async function startDevServer(options = {}) {
  const temporary = options.persistTo === undefined;
  const persistTo = options.persistTo ?? mkdtempSync(join(tmpdir(), 'hushlink-dev-'));
  migrateLocal(persistTo);
  const port = options.port ?? (await freePort());
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const vars = { ORIGIN: url, ...(options.vars ?? {}) };
  const args = ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persistTo];
  args.push(`--log-level=${options.logLevel ?? 'warn'}`);
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
  if (options.testScheduled) args.push('--test-scheduled');
  if (options.assetsDir) args.push('--assets', options.assetsDir);
  const server = await runServer({
    command: join(BIN, 'wrangler'),
    args,
    env: toolEnv(),
    url,
    logFile: options.logFile,
    cleanUp: () => temporary && rmSync(persistTo, { recursive: true, force: true }),
  });
  return { ...server, port, persistTo };
}

/**
 * Starts the Node server (`npm run serve`'s entry, without the build) on a free port with a fresh temporary
 * `DATA_DIR`, and `options.env` as its settings (`ORIGIN` defaults to the server's URL).
 *
 * @returns the same handle as `startDevServer`.
 */
export async function startNodeServer(options = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hushlink-node-'));
  const port = options.port ?? (await freePort());
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const server = await runServer({
    ...typeScriptCommand(NODE_SERVER_ENTRY),
    env: toolEnv({
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ORIGIN: url,
      ...(options.env ?? {}),
    }),
    url,
    logFile: options.logFile,
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  });
  return { ...server, port, persistTo: dataDir };
}
