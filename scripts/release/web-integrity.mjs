// The release's integrity manifest of its web files (issue 16), called by scripts/release.mjs once the web client is
// built and copied. With a release key file in HUSHLINK_RELEASE_KEY_FILE it writes the signed manifest,
// integrity/vX.Y.Z.json, which the maintainer commits as releases/manifests/vX.Y.Z.json (the public log); without
// one it writes integrity/vX.Y.Z.unsigned.json and says plainly that the release is unsigned. The manifest lies
// beside web/, not in it: it is not a file the server serves.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { run } from './git.mjs';

/**
 * Writes the release's integrity manifest of the web files in `web` (signed when HUSHLINK_RELEASE_KEY_FILE names
 * a key file) into the `integrity/` folder beside it; returns the path written.
 */
export function writeWebIntegrity({ root, web, env = process.env }) {
  const version = `v${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}`;
  const folder = join(dirname(web), 'integrity');
  const keyFile = env.HUSHLINK_RELEASE_KEY_FILE;
  const tool = ['tsx', join(root, 'scripts/integrity-manifest.ts')];
  if (keyFile) {
    if (!existsSync(keyFile))
      throw new Error(`HUSHLINK_RELEASE_KEY_FILE names ${keyFile}, which does not exist`);
    const out = join(folder, `${version}.json`);
    const said = run(
      tool[0],
      [tool[1], 'sign', '--version', version, '--key-file', keyFile, '--dist', web, '--out', out],
      { cwd: root, env },
    );
    console.log(`release: signed the integrity manifest (${said.trim().split('\n').pop()})`);
    console.log(
      `release: commit it as releases/manifests/${version}.json, so that verify and the extension know it`,
    );
    return out;
  }
  const out = join(folder, `${version}.unsigned.json`);
  run(tool[0], [tool[1], 'unsigned', '--version', version, '--dist', web, '--out', out], { cwd: root, env });
  console.log(
    `release: the integrity manifest is UNSIGNED (${out}): set HUSHLINK_RELEASE_KEY_FILE to the release key file to sign it`,
  );
  return out;
}
