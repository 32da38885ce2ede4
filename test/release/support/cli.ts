import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_PATH } from './artifacts.ts';

/** How to run one `hushlink` of the release: its command and the environment it runs in. */
export interface InstalledCli {
  command: string;
  env: Record<string, string>;
}

/**
 * Installs the release's npm tarball with the system's npm and Node (20 on the CI machine) into `prefix`, outside
 * the repository, as `npm install -g --prefix` does for a user.
 */
export function installTarball(tarball: string, prefix: string): InstalledCli {
  const result = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], {
    cwd: prefix,
    env: { PATH: SYSTEM_PATH, HOME: prefix, npm_config_cache: join(prefix, '.npm') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm install failed:\n${result.stdout}${result.stderr}`);
  return {
    command: join(prefix, 'bin', 'hushlink'),
    env: { PATH: `${join(prefix, 'bin')}:${SYSTEM_PATH}`, HOME: prefix },
  };
}

/** The release's `hushlink` executable, copied into `folder`; it runs with no Node on PATH at all. */
export function copyExecutable(executable: string, folder: string): InstalledCli {
  mkdirSync(folder, { recursive: true });
  const command = join(folder, 'hushlink');
  copyFileSync(executable, command);
  return { command, env: { PATH: '/usr/bin:/bin', HOME: folder } };
}

/** A finished `hushlink` run. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** Runs `hushlink ARGS` with `input` on stdin. */
export function runCli(cli: InstalledCli, args: string[], input = ''): Promise<CliResult> {
  const child = spawn(cli.command, args, { env: cli.env, cwd: cli.env.HOME, stdio: 'pipe' });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({
        code,
        stdout: stdoutBytes.toString('utf8'),
        stdoutBytes,
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
