import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup.ts';
import { BIN, childEnv, ROOT } from './paths.ts';

const MIGRATE_TIMEOUT_MS = 120_000;
const STARTUP_TIMEOUT_MS = 90_000;

/** A running `wrangler dev`: the real Worker in workerd, with D1 simulated in a fresh temporary folder. */
export interface DevServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** Where wrangler's output goes (the Worker's request log included): bench/results/wrangler.log, git-ignored. */
  logFile: string;
}

/** A TCP port that was free a moment ago (the OS picks it). */
function freePort(): Promise<number> {
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

/** Sends `signal` to a detached child's whole process group (wrangler, esbuild, workerd). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the group, then SIGKILL to whatever is left after a few seconds (workerd can linger). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL');
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  signalGroup(child, 'SIGKILL');
  if (!done) await Promise.race([exited, sleep(2_000)]);
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`wrangler dev exited (${child.exitCode ?? child.signalCode}); see ${logFile}`);
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
    `wrangler dev did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logFile}`,
  );
}

/**
 * Applies the migrations to a fresh temporary D1 folder and starts `wrangler dev` on a free port with anonymous
 * links allowed. Registers a cleanup that stops its whole process group and deletes the folder.
 *
 * @param assetsDir overrides `[assets] directory` (used when the web client is not built, so wrangler can start).
 * @throws Error when the migrations fail or the server does not come up.
 */
export async function startDevServer(assetsDir?: string): Promise<DevServer> {
  const persist = mkdtempSync(join(tmpdir(), 'hushlink-bench-'));
  onCleanup('the temporary database', () => rmSync(persist, { recursive: true, force: true }));
  const env = childEnv();
  const migrate = spawnSync(
    join(BIN, 'wrangler'),
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: MIGRATE_TIMEOUT_MS },
  );
  if (migrate.status !== 0) {
    process.stderr.write(`${migrate.stdout ?? ''}${migrate.stderr ?? ''}`);
    throw new Error(`applying the migrations failed (${migrate.error?.message ?? `exit ${migrate.status}`})`);
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logDir = join(ROOT, 'bench', 'results');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'wrangler.log');
  const log = createWriteStream(logFile);
  const args = ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist];
  args.push('--log-level=warn', '--var', 'ANONYMOUS_LINKS:true', '--var', `ORIGIN:${url}`);
  if (assetsDir) args.push('--assets', assetsDir);
  // Detached: its own process group, so that stopping it stops workerd too. Its output goes to a file so that
  // a full pipe can never stall the server (the Worker logs one line per request).
  const child = spawn(join(BIN, 'wrangler'), args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  onCleanup('wrangler dev', () => stopGroup(child));
  await waitForHealth(url, child, logFile);
  return { url, logFile };
}
