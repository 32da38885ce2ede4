import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './release-build.ts';

/** The Node 24 the project brings: what a user who brings "Node 22.13 or newer" runs the bundle with. */
export const NODE_24 = join(ROOT, 'node_modules/node/bin/node');

/** A PATH with the system's tools only: no node_modules/.bin, so nothing of the repository is found. */
export const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';

/** A fresh empty folder that the caller's cleanup removes. */
export function emptyFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A running release server. */
export interface ArtifactServer {
  url: string;
  port: number;
  folder: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The command that runs a release's server from `folder` (the file copied there first): the executable itself, or
 * the bundle under Node 24.
 */
export function serverCommand(
  releaseDir: string,
  kind: 'executable' | 'bundle',
  folder: string,
): { command: string; args: string[] } {
  const file = kind === 'executable' ? 'hushlink-server' : 'hushlink-server.mjs';
  copyFileSync(join(releaseDir, file), join(folder, file));
  return kind === 'executable'
    ? { command: join(folder, file), args: [] }
    : { command: NODE_24, args: [join(folder, file)] };
}

/** A finished server command. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a release server command to its end (backup, restore, check, --version) in `folder`. */
export function runServerCommand(
  server: { command: string; args: string[] },
  args: string[],
  folder: string,
  dataDir: string,
): CommandResult {
  const result = spawnSync(server.command, [...server.args, ...args], {
    cwd: folder,
    env: { PATH: SYSTEM_PATH, HOME: folder, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts a release server in an empty folder with a PATH of system tools only and `DATA_DIR` (created, or given),
 * anonymous links on, and waits for its health check.
 */
export async function startArtifactServer(
  releaseDir: string,
  kind: 'executable' | 'bundle',
  options: { dataDir?: string; host?: string; port?: number; env?: Record<string, string> } = {},
): Promise<ArtifactServer> {
  const folder = emptyFolder(`hushlink-${kind}-`);
  const dataDir = options.dataDir ?? join(folder, 'data');
  mkdirSync(dataDir, { recursive: true });
  const { command, args } = serverCommand(releaseDir, kind, folder);
  const port = options.port ?? (await freePort());
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const child: ChildProcess = spawn(command, args, {
    cwd: folder,
    env: {
      PATH: SYSTEM_PATH,
      HOME: folder,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ORIGIN: url,
      RP_ID: 'localhost',
      ANONYMOUS_LINKS: 'true',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text: string) => {
      output = (output + text).slice(-20_000);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${kind} server exited at start:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }
  return {
    url,
    port,
    folder,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** `runServerCommand` without blocking the event loop (the test's load keeps running meanwhile). */
export function runServerCommandAsync(
  server: { command: string; args: string[] },
  args: string[],
  folder: string,
  dataDir: string,
): Promise<CommandResult> {
  const child = spawn(server.command, [...server.args, ...args], {
    cwd: folder,
    env: { PATH: SYSTEM_PATH, HOME: folder, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
