#!/usr/bin/env node
// `npm run release [-- --allow-dirty] [-- --out DIR]`: builds every artifact of a Hushlink release into
// dist/release/ (see README "Releases"): the server as one bundled file and as a Linux x64 executable, the CLI as
// an npm tarball and an executable, the web assets and their integrity manifest (signed with the key file in
// HUSHLINK_RELEASE_KEY_FILE, else unsigned), the Worker bundle for `wrangler deploy`, the service unit and
// proxy examples, CHANGELOG.md, and SHA256SUMS. Everything is written to a hidden folder that replaces the output
// folder at the end, so a failed release leaves the previous one as it was.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleCli, bundleServer } from './release/bundle.mjs';
import { dirtyFiles, run } from './release/git.mjs';
import { buildSea } from './release/sea.mjs';
import { writeSha256Sums } from './release/sums.mjs';
import { writeWebIntegrity } from './release/web-integrity.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: { 'allow-dirty': { type: 'boolean', default: false }, out: { type: 'string' } },
  }));
} catch (error) {
  fail(`${error.message.split('.')[0]}; use --allow-dirty or --out DIR.`);
}
const out = resolve(options.out ?? join(root, 'dist/release'));
const step = (what) => console.log(`release: ${what}`);

const dirty = dirtyFiles(root);
if (dirty.length > 0 && !options['allow-dirty']) {
  fail(
    `the working tree has uncommitted changes (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}); commit them, or pass --allow-dirty.`,
  );
}
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const cliVersion = JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8')).version;
if (cliVersion !== version)
  fail(`apps/cli/package.json has version ${cliVersion}, the root ${version}; make them equal.`);

mkdirSync(dirname(out), { recursive: true });
const partial = `${dirname(out)}/.${out.split('/').pop()}.partial-${process.pid}`;
rmSync(partial, { recursive: true, force: true });
mkdirSync(partial);
try {
  step(`Hushlink ${version}${dirty.length > 0 ? ' (from a dirty tree)' : ''} into ${out}`);
  step('building the web client');
  run('npm', ['run', 'build', '--silent'], { cwd: root, env });
  cpSync(join(root, 'apps/web/dist'), join(partial, 'web'), { recursive: true });
  step('writing the integrity manifest of the web files');
  writeWebIntegrity({ root, web: join(partial, 'web'), env });

  step('bundling the server');
  await bundleServer({ root, format: 'esm', outfile: join(partial, 'hushlink-server.mjs') });
  const work = join(partial, '.work');
  await bundleServer({ root, format: 'cjs', outfile: join(work, 'hushlink-server.cjs') });
  step('building the server executable (Linux x64)');
  buildSea({ root, script: join(work, 'hushlink-server.cjs'), outfile: join(partial, 'hushlink-server') });

  step('packing the CLI');
  run('npm', ['pack', '--silent', '--pack-destination', partial], { cwd: join(root, 'apps/cli'), env });
  await bundleCli({ root, format: 'cjs', outfile: join(work, 'hushlink.cjs') });
  step('building the CLI executable (Linux x64)');
  buildSea({ root, script: join(work, 'hushlink.cjs'), outfile: join(partial, 'hushlink') });

  step('bundling the Worker for wrangler deploy');
  run('wrangler', ['deploy', '--dry-run', '--outdir', join(partial, 'worker')], { cwd: root, env });
  // The source map's sourceRoot is the absolute output folder; without it, its sources (relative to that folder)
  // are relative to the map itself, and the map is the same wherever the release was built.
  const mapPath = join(partial, 'worker/index.js.map');
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  delete map.sourceRoot;
  writeFileSync(mapPath, JSON.stringify(map));
  rmSync(work, { recursive: true, force: true });

  cpSync(join(root, 'deploy'), join(partial, 'deploy'), { recursive: true });
  cpSync(join(root, 'CHANGELOG.md'), join(partial, 'CHANGELOG.md'));
  writeFileSync(join(partial, 'VERSION'), `${version}\n`);
  writeSha256Sums(partial);

  rmSync(out, { recursive: true, force: true });
  renameSync(partial, out);
  step(`done: ${out}`);
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}
