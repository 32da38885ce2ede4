import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { verifySignedManifest } from '@hushlink/integrity';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ArtifactServer, emptyFolder, startArtifactServer } from './support/artifacts.ts';
import { copyExecutable, type InstalledCli, runCli } from './support/cli.ts';
import { ROOT } from './support/release-build.ts';

const releaseDir = inject('releaseDir');
const publicKey = inject('releasePublicKey');
const VERSION = `v${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`;
const MANIFEST = join(releaseDir, 'integrity', `${VERSION}.json`);

let server: ArtifactServer;
let folder: string;
let cli: InstalledCli;

beforeAll(async () => {
  server = await startArtifactServer(releaseDir, 'bundle', { host: 'localhost' });
  folder = emptyFolder('hushlink-verify-');
  cli = copyExecutable(join(releaseDir, 'hushlink'), folder);
});

afterAll(async () => {
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("the release's integrity manifest", () => {
  it('is signed by the release key, for this version and the commit built', async () => {
    const manifest = await verifySignedManifest(readFileSync(MANIFEST, 'utf8'), [publicKey]);
    expect(manifest.version).toBe(VERSION);
    expect(manifest.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(manifest.files)).toContain('/index.html');
  });

  it("matches the release's own server, checked by the release's hushlink verify", async () => {
    const run = await runCli(cli, ['verify', server.url, '--manifest', MANIFEST, '--pubkey', publicKey]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      new RegExp(`^matches release ${VERSION.replaceAll('.', '\\.')} \\(commit [0-9a-f]{40}\\)\\n$`),
    );
    expect(run.code).toBe(0);
  });
});
