import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReleaseKey, type IntegrityManifest, signManifest } from '@hushlink/integrity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/dev-server.mjs';
import { buildManifest } from '../../scripts/lib/integrity-manifest.ts';
import { type CliHome, cliHome, type HushlinkRun, runHushlink } from './support/cli.ts';
import { serverUrl } from './support/environment.ts';
import {
  changeOneByte,
  type Rewrite,
  startTamperingProxy,
  type Tamper,
  type TamperingProxy,
} from './support/tampering-proxy.ts';

const DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const COMMIT = 'c0ffee0000000000000000000000000000000000';

let home: CliHome;
let folder: string;
let publicKey: string;
let manifest: IntegrityManifest;
const proxies: TamperingProxy[] = [];

/** Writes `text` as a manifest file in the test's folder and returns its path. */
function manifestFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  home = cliHome();
  folder = mkdtempSync(join(tmpdir(), 'hushlink-verify-'));
  // A throwaway release key: the real one never comes near a test.
  const key = await generateReleaseKey();
  publicKey = key.publicKey;
  manifest = buildManifest({ dist: DIST, version: 'v0.1.0', commit: COMMIT });
  manifestFile('good.json', JSON.stringify(await signManifest(manifest, key.secretKey)));
  const other = await generateReleaseKey();
  manifestFile('other-key.json', JSON.stringify(await signManifest(manifest, other.secretKey)));
});

afterAll(async () => {
  for (const proxy of proxies) await proxy.close();
  home?.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function verify(url: string, ...args: string[]): Promise<HushlinkRun> {
  return runHushlink(
    ['verify', url, '--manifest', join(folder, 'good.json'), '--pubkey', publicKey, ...args],
    home,
  );
}

async function through(tamper: Tamper, rewrite?: Rewrite): Promise<string> {
  const proxy = await startTamperingProxy(serverUrl(), tamper, rewrite);
  proxies.push(proxy);
  return proxy.url;
}

describe('hushlink verify', () => {
  it('says an untouched server matches the signed release, page routes, files and headers', async () => {
    const run = await verify(serverUrl());
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`matches release v0.1.0 (commit ${COMMIT})\n`);
    expect(run.code).toBe(0);
    // It looked at every page route and file, not a sample: the manifest lists them all.
    expect(manifest.pages).toContain('/s/AAAAAAAAAAAAAAAAAAAAAA');
    expect(Object.keys(manifest.files).filter((path) => path.includes('libsodium')).length).toBeGreaterThan(
      0,
    );
  });

  it('names a file with one byte changed', async () => {
    const path = Object.keys(manifest.files).find((name) => name.includes('libsodium-wrappers')) ?? '';
    const run = await verify(
      await through((requested, body) => (requested === path && body ? changeOneByte(body) : null)),
    );
    expect(run.code).toBe(8);
    expect(run.stdout).toContain(`${path}: content differs`);
    expect(run.stderr).toMatch(/^hushlink: .* differs from release v0\.1\.0 in 1 places\.\n$/);
  });

  it('names each page route when a script is added to the page', async () => {
    const run = await verify(
      await through((path, body) =>
        body && (path === '/' || path.startsWith('/s/'))
          ? Buffer.from(body.toString('utf8').replace('</head>', '<script src="/x.js"></script></head>'))
          : null,
      ),
    );
    expect(run.code).toBe(8);
    expect(run.stdout).toContain('/: the page differs from the release');
    expect(run.stdout).toContain('/s/AAAAAAAAAAAAAAAAAAAAAA: the page differs from the release');
  });

  it('names a removed CSP and a weakened Integrity-Policy', async () => {
    const url = await through(
      () => null,
      (path, head) => {
        if (path !== '/') return;
        delete head.headers['content-security-policy'];
        head.headers['integrity-policy'] = 'blocked-destinations=()';
      },
    );
    const run = await verify(url);
    expect(run.code).toBe(8);
    expect(run.stdout).toContain('/: header Content-Security-Policy is missing');
    expect(run.stdout).toContain('/: header Integrity-Policy differs: "blocked-destinations=()"');
  });

  it('names a redirect to another origin', async () => {
    const url = await through(
      () => null,
      (path, head) => {
        if (path !== '/links') return;
        head.status = 302;
        head.headers = { location: 'https://elsewhere.example/links' };
      },
    );
    const run = await verify(url);
    expect(run.code).toBe(8);
    expect(run.stdout).toContain('/links: redirects (302) to another origin, https://elsewhere.example');
  });

  it('refuses a manifest signed by another key, a malformed one, and an older release than --min-version', async () => {
    const otherKey = await runHushlink(
      ['verify', serverUrl(), '--manifest', join(folder, 'other-key.json'), '--pubkey', publicKey],
      home,
    );
    expect(otherKey.code).toBe(8);
    expect(otherKey.stderr).toBe(
      'hushlink: Manifest refused: The manifest is not signed by a trusted release key.\n',
    );

    for (const [name, text] of [
      ['not-json.json', 'not json'],
      ['no-signature.json', JSON.stringify({ manifest: '{}' })],
      ['bad-signature.json', JSON.stringify({ manifest: '{}', signature: 'AAAA' })],
    ] as const) {
      const run = await runHushlink(
        ['verify', serverUrl(), '--manifest', manifestFile(name, text), '--pubkey', publicKey],
        home,
      );
      expect(run.code, name).toBe(8);
      expect(run.stderr, name).toMatch(
        /^hushlink: Manifest refused: The signed manifest (is not JSON|is malformed: signature: .*)\.?\n$/,
      );
    }
    const badKey = await runHushlink(
      ['verify', serverUrl(), '--manifest', join(folder, 'good.json'), '--pubkey', 'not a key'],
      home,
    );
    expect(badKey.code).toBe(8);
    expect(badKey.stderr).toContain('Manifest refused');

    const old = await verify(serverUrl(), '--min-version', 'v0.2.0');
    expect(old.code).toBe(8);
    expect(old.stderr).toBe(
      'hushlink: The manifest is of release v0.1.0, older than --min-version v0.2.0.\n',
    );
  });

  it('says so when the server cannot be reached, and when the manifest file cannot be read', async () => {
    const nobody = await verify(`http://127.0.0.1:${await freePort()}`);
    expect(nobody.code).toBe(5);
    expect(nobody.stderr).toMatch(/^hushlink: Could not reach http:\/\/127\.0\.0\.1:\d+\/.*\n$/);
    const missing = await runHushlink(
      ['verify', serverUrl(), '--manifest', join(folder, 'nope.json'), '--pubkey', publicKey],
      home,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read the manifest');
    const usage = await runHushlink(['verify', 'ftp://example.com'], home);
    expect(usage.code).toBe(1);
  });
});

describe('hushlink verify --watch', () => {
  it('reports a match, then the difference once a served file changes, and keeps checking until interrupted', async () => {
    const path = Object.keys(manifest.files).find((name) => name.includes('libsodium-wrappers')) ?? '';
    let tampering = false;
    const url = await through((requested, body) =>
      tampering && requested === path && body ? changeOneByte(body) : null,
    );
    const results: string[] = [];
    const stop = new AbortController();
    // Each result is a line with its time; the server changes after the first, and changes back after the second.
    const run = runHushlink(
      ['verify', url, '--manifest', join(folder, 'good.json'), '--pubkey', publicKey, '--watch', '10s'],
      home,
      {
        interrupt: stop.signal,
        onStdoutLine(line) {
          if (!/^\d{4}-\d\d-\d\dT[\d:.]+Z /.test(line)) return;
          results.push(line.replace(/^\S+ /, ''));
          tampering = results.length === 1;
          if (results.length === 3) stop.abort();
        },
      },
    );
    const ended = await run;
    expect(results).toEqual([
      `matches release v0.1.0 (commit ${COMMIT})`,
      `differs from release v0.1.0 (commit ${COMMIT}):`,
      `matches release v0.1.0 (commit ${COMMIT})`,
    ]);
    expect(ended.stdout).toContain(`  ${path}: content differs`);
    // It never ends by itself, whatever it finds: Ctrl-C ends it.
    expect(ended.signal).toBe('SIGINT');
    expect(ended.stderr).toBe('');
  });
});
