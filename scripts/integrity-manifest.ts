// `npm run integrity-manifest -- COMMAND`: makes a release key, or signs the integrity manifest of the built web
// client (apps/web/dist) for a release. `npm run release` (scripts/release*.mjs) calls `sign` after the build.
//
//   keygen --out FILE                 writes a new secret key (base64) to FILE (mode 0600) and prints the public key
//   sign --version vX.Y.Z --key-file FILE [--dist DIR] [--commit SHA] [--out FILE]
//                                     writes releases/manifests/vX.Y.Z.json (or --out); the key may also come from
//                                     HUSHLINK_RELEASE_KEY (base64) instead of a file
//   unsigned --version vX.Y.Z --out FILE [--dist DIR] [--commit SHA]
//                                     writes the manifest alone, unsigned (a release built without the key)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateReleaseKey, publicKeyOf, signManifest } from '@hushlink/integrity';
import { buildManifest, gitCommit } from './lib/integrity-manifest.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`integrity-manifest: ${message}\n`);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    out: { type: 'string' },
    version: { type: 'string' },
    'key-file': { type: 'string' },
    dist: { type: 'string' },
    commit: { type: 'string' },
  },
});

if (command === 'keygen') {
  if (!values.out) fail('keygen needs --out FILE for the secret key');
  if (existsSync(values.out)) fail(`${values.out} exists; refusing to overwrite a key`);
  const key = await generateReleaseKey();
  writeFileSync(values.out, `${key.secretKey}\n`, { mode: 0o600 });
  process.stdout.write(`${key.publicKey}\n`);
} else if (command === 'sign') {
  if (!values.version) fail('sign needs --version vX.Y.Z');
  const secretKey = values['key-file']
    ? readFileSync(values['key-file'], 'utf8').trim()
    : (process.env.HUSHLINK_RELEASE_KEY ?? fail('sign needs --key-file FILE or HUSHLINK_RELEASE_KEY'));
  const manifest = buildManifest({
    dist: values.dist ?? join(ROOT, 'apps/web/dist'),
    version: values.version,
    commit: values.commit ?? gitCommit(ROOT),
  });
  const signed = await signManifest(manifest, secretKey);
  const out = values.out ?? join(ROOT, 'releases/manifests', `${values.version}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(signed, null, 2)}\n`);
  process.stdout.write(`${out}\nsigned by ${publicKeyOf(secretKey)}\n`);
} else if (command === 'unsigned') {
  if (!values.version || !values.out) fail('unsigned needs --version vX.Y.Z and --out FILE');
  const manifest = buildManifest({
    dist: values.dist ?? join(ROOT, 'apps/web/dist'),
    version: values.version,
    commit: values.commit ?? gitCommit(ROOT),
  });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`${values.out}\n`);
} else {
  fail('usage: integrity-manifest keygen --out FILE | sign --version vX.Y.Z --key-file FILE | unsigned …');
}
