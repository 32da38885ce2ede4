import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `hushlink` launcher of this repository, run exactly as a user runs it. */
export const HUSHLINK_BIN = fileURLToPath(new URL('../../../apps/cli/bin/hushlink.mjs', import.meta.url));

/** What a finished `hushlink` run left behind. */
export interface HushlinkRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** How to run it. */
export interface HushlinkOptions {
  /** Written to stdin, which is then closed (stdin is always a pipe). */
  input?: string | Uint8Array;
  /** Added to the environment, after every `HUSHLINK_*` variable of the test process was removed. */
  env?: Record<string, string>;
  /** Killed (its whole process group) after this long; the run then rejects. */
  timeoutMs?: number;
  /** Called with each line of stdout as it comes (a command that keeps running, such as `verify --watch`). */
  onStdoutLine?: (line: string) => void;
  /** Sends SIGINT (Ctrl-C) to it when aborted. */
  interrupt?: AbortSignal;
}

/** A temporary HOME with an XDG config folder inside, so the CLI never sees a real login; removed with `remove()`. */
export interface CliHome {
  home: string;
  config: string;
  remove(): void;
}

export function cliHome(): CliHome {
  const home = mkdtempSync(join(tmpdir(), 'hushlink-e2e-cli-home-'));
  const config = join(home, 'xdg-config');
  mkdirSync(config);
  return { home, config, remove: () => rmSync(home, { recursive: true, force: true }) };
}

/**
 * Runs `node apps/cli/bin/hushlink.mjs ARGS` in its own session (no controlling terminal, so it can never prompt),
 * with HOME and XDG_CONFIG_HOME in `home`, its working directory there too, and no `HUSHLINK_*` variable (so no
 * `HUSHLINK_SERVER`) unless `options.env` sets one. Resolves when it exits; rejects when it runs past the timeout.
 */
export function runHushlink(
  args: readonly string[],
  home: CliHome,
  options: HushlinkOptions = {},
): Promise<HushlinkRun> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    HOME: home.home,
    XDG_CONFIG_HOME: home.config,
  };
  for (const name of Object.keys(env)) if (name.startsWith('HUSHLINK_')) delete env[name];
  Object.assign(env, options.env);
  const timeoutMs = options.timeoutMs ?? 90_000;
  const child = spawn(process.execPath, [HUSHLINK_BIN, ...args], {
    env,
    cwd: home.home,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    if (!options.onStdoutLine) return;
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) options.onStdoutLine(line);
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => undefined);
  options.interrupt?.addEventListener('abort', () => child.kill('SIGINT'), { once: true });
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const run = {
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (timedOut) {
        reject(
          new Error(
            `hushlink ${args[0] ?? ''} ran for more than ${timeoutMs} ms and was killed; stderr: ${run.stderr}`,
          ),
        );
      } else {
        resolve(run);
      }
    });
  });
}
