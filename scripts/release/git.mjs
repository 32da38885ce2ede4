// Running the release's tools, and asking git whether the tree is clean.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

/** Runs a command; throws its output when it fails. node_modules/.bin comes first on PATH (wrangler, npm's). */
export function run(command, args, { cwd, env }) {
  const path = `${join(cwd, 'node_modules/.bin')}${delimiter}${join(import.meta.dirname, '../../node_modules/.bin')}${delimiter}${env.PATH ?? ''}`;
  const result = spawnSync(command, args, {
    cwd,
    env: { ...env, PATH: path },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(
      `"${command} ${args.join(' ')}" failed:\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`,
    );
  }
  return result.stdout;
}

/** The files with uncommitted changes (untracked ones too, ignored ones not). */
export function dirtyFiles(root) {
  const result = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git status failed in ${root}: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.slice(3));
}
