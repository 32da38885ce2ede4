import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.ts';

/** The launcher under test, run exactly as a user runs it. */
export const BIN = fileURLToPath(new URL('../../bin/hushlink.mjs', import.meta.url));

/** What a finished `hushlink` run left behind. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** How to run it. */
export interface CliRunOptions {
  /** Written to stdin, which is then closed (stdin is always a pipe, never a terminal). */
  input?: string | Uint8Array | undefined;
  /** Added to the environment (after every `HUSHLINK_*` of the test process is removed). */
  env?: Record<string, string | undefined>;
  /** A file descriptor to use as stdout instead of a pipe (e.g. /dev/full). */
  stdoutFd?: number;
  /** The Node binary; the one running the tests by default. */
  node?: string;
  cwd?: string;
  /** The HOME and XDG_CONFIG_HOME to use (to share a login between runs); a fresh pair by default. */
  home?: { home: string; config: string };
  /** Called with the child process once started (to send it a signal). */
  onSpawn?: (child: ChildProcess) => void;
}

/** A fresh HOME with an XDG config folder, so no test sees a real login or another test's. */
export function freshHome(): { home: string; config: string } {
  const home = tempDir('hushlink-cli-home-');
  const config = join(home, 'xdg-config');
  mkdirSync(config);
  return { home, config };
}

/**
 * Runs `node bin/hushlink.mjs ARGS` as a child process in its own session (so it has no controlling terminal and
 * can never prompt on the terminal running the tests), with HOME and XDG_CONFIG_HOME in a temporary folder.
 */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const { home, config } = options.home ?? freshHome();
  const env: Record<string, string | undefined> = { ...process.env, HOME: home, XDG_CONFIG_HOME: config };
  for (const name of Object.keys(env)) if (name.startsWith('HUSHLINK_')) delete env[name];
  Object.assign(env, options.env);
  const child = spawn(options.node ?? process.execPath, [BIN, ...args], {
    env,
    cwd: options.cwd ?? home,
    stdio: ['pipe', options.stdoutFd ?? 'pipe', 'pipe'],
    detached: true,
  });
  options.onSpawn?.(child);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const stdoutBytes = Buffer.concat(stdout);
      resolve({
        code,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stdoutBytes,
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** The lines a run wrote to stderr, without the trailing empty one. */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

/** Runs one CLI invocation per item, all at once, and pairs each item with its run (in order). */
export async function runEach<T>(
  items: readonly T[],
  run: (item: T) => Promise<CliRun>,
): Promise<[T, CliRun][]> {
  const runs = await Promise.all(items.map(run));
  return items.map((item, index) => [item, runs[index] as CliRun]);
}
