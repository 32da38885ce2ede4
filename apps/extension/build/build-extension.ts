// `npm run build:extension -- --origin https://secrets.example.com [--origin …] [--pubkey KEY] [--out DIR]`:
// builds the Chromium extension into apps/extension/dist (or --out), to load with "Load unpacked" or
// `--load-extension`. The origins it guards, the release public keys it trusts (the pinned RELEASE_PUBLIC_KEYS
// plus any --pubkey) and every signed manifest under releases/manifests/ are built in: nothing at run time can add
// to them, so no page can.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { ExtensionConfig } from '../src/config.ts';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(HERE, '../..');

/** What to build the extension with. */
export interface ExtensionBuildOptions {
  /** The folder to write (replaced). */
  outDir: string;
  /** The Hushlink origins to guard, such as `https://secrets.example.com` (http only for localhost). */
  origins: readonly string[];
  /** Release public keys (base64) trusted besides the pinned ones; tests pass a throwaway key. */
  publicKeys?: readonly string[];
  /** Folders of signed manifests (`vX.Y.Z.json`); default the repository's releases/manifests. */
  manifestFolders?: readonly string[];
}

/** The match pattern of an origin; refuses anything but https, or http on localhost. */
export function originPattern(origin: string): string {
  const url = URL.canParse(origin) ? new URL(origin) : null;
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local)))
    throw new Error(`${JSON.stringify(origin)} is not an https origin (or http on localhost)`);
  // A match pattern has no port; the extension then guards every port of the host.
  return `${url.protocol}//${url.hostname}/*`;
}

function signedManifests(folders: readonly string[]): Record<string, string> {
  const manifests: Record<string, string> = {};
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const match = /^(v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.json$/.exec(name);
      if (match?.[1]) manifests[match[1]] = readFileSync(join(folder, name), 'utf8');
    }
  }
  return manifests;
}

function manifestJson(origins: readonly string[]): string {
  const manifest = {
    manifest_version: 3,
    name: 'Hushlink page check',
    version: JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')).version,
    description: 'Checks every Hushlink page you open against the signed release before its code runs.',
    // Integrity-Policy, which the check relies on, is enforced from Chromium 138.
    minimum_chrome_version: '138',
    background: { service_worker: 'background.js' },
    // libsodium (the signature check) runs as WebAssembly; nothing allows eval or code from elsewhere.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" },
    permissions: ['webRequest'],
    host_permissions: origins,
    action: { default_title: 'Hushlink page check' },
    content_scripts: [
      {
        matches: origins,
        js: ['content.js'],
        run_at: 'document_start',
        // Every frame, and frames with no address of their own (`srcdoc`) inside a guarded page: a same-origin frame
        // could read the page's fragment, so its scripts are held too.
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        world: 'ISOLATED',
      },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Builds the extension into `options.outDir`. */
export async function buildExtension(options: ExtensionBuildOptions): Promise<void> {
  if (options.origins.length === 0) throw new Error('the extension needs at least one origin to guard');
  const origins = [...new Set(options.origins.map(originPattern))];
  const config: ExtensionConfig = {
    origins,
    publicKeys: [...(options.publicKeys ?? [])],
    manifests: signedManifests(options.manifestFolders ?? [join(ROOT, 'releases/manifests')]),
  };
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  await build({
    entryPoints: ['background', 'content', 'warning'].map((name) => join(HERE, `src/${name}.ts`)),
    outdir: options.outDir,
    bundle: true,
    format: 'iife',
    target: 'chrome138',
    platform: 'browser',
    // libsodium's loader looks for Node's modules only when it runs in Node.
    external: ['crypto', 'path', 'fs'],
    define: { __HUSHLINK_EXTENSION_CONFIG__: JSON.stringify(config) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  cpSync(join(HERE, 'static'), options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, 'manifest.json'), manifestJson(origins));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      origin: { type: 'string', multiple: true, default: [] },
      pubkey: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: join(HERE, 'dist') },
    },
  });
  try {
    await buildExtension({ outDir: values.out, origins: values.origin, publicKeys: values.pubkey });
    process.stdout.write(`${values.out}\n`);
  } catch (error) {
    process.stderr.write(`build-extension: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
