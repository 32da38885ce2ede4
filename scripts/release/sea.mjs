// Node single executable applications: the Node 24 that the project brings as a devDependency (node_modules/node),
// with one CommonJS bundle injected (https://nodejs.org/api/single-executable-applications.html).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** The Node 24 binary of the devDependency `node` (the runtime every executable carries). */
export function seaRuntime(root) {
  const path = join(root, 'node_modules/node/bin/node');
  if (!existsSync(path)) throw new Error(`${path} is missing; run npm install.`);
  return path;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Writes the executable `outfile`: the Node runtime with `script` (CommonJS) as its application. The blob records
 * the script's path as given, so the script is copied to a fixed relative name first; with the code cache off,
 * the blob, and so the executable, depends only on the script's bytes.
 */
export function buildSea({ root, script, outfile }) {
  const node = seaRuntime(root);
  const work = mkdtempSync(join(tmpdir(), 'hushlink-sea-'));
  try {
    const blob = join(work, 'sea-prep.blob');
    const config = join(work, 'sea-config.json');
    copyFileSync(script, join(work, 'main.cjs'));
    writeFileSync(
      config,
      JSON.stringify({
        main: 'main.cjs',
        output: 'sea-prep.blob',
        disableExperimentalSEAWarning: true,
        useCodeCache: false,
        useSnapshot: false,
      }),
    );
    run(node, ['--experimental-sea-config', config], { cwd: work });
    copyFileSync(node, outfile);
    chmodSync(outfile, 0o755);
    run(node, [
      join(root, 'node_modules/postject/dist/cli.js'),
      outfile,
      'NODE_SEA_BLOB',
      blob,
      '--sentinel-fuse',
      FUSE,
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
