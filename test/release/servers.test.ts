import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { randomContent } from '../e2e/support/files.ts';
import {
  type ArtifactServer,
  emptyFolder,
  runServerCommand,
  serverCommand,
  startArtifactServer,
} from './support/artifacts.ts';
import { copyExecutable, type InstalledCli, installTarball, runCli } from './support/cli.ts';
import { ROOT } from './support/release-build.ts';

const releaseDir = inject('releaseDir');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** More than one upload part (8 MiB), so the file goes up and comes down in parts. */
const MULTI_PART_BYTES = 8 * 1024 * 1024 + 12_345;

/** The link that `hushlink share` printed. */
function linkOf(run: { code: number | null; stdout: string; stderr: string }): string {
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^http:\/\/\S+\/s\/\S+#\S+\n$/);
  return run.stdout.trim();
}

/** Shares a text and two files (one of several parts) through `cli`, and gets them back byte for byte. */
async function shareAndGet(cli: InstalledCli, server: ArtifactServer): Promise<void> {
  const version = await runCli(cli, ['--version']);
  expect(version.stdout).toBe(`hushlink ${VERSION}\n`);

  const text = `release ✓ ${Date.now()}\nsecond line\n`;
  const textLink = linkOf(await runCli(cli, ['share', '--server', server.url], text));
  const got = await runCli(cli, ['get', textLink]);
  expect(got.code, got.stderr).toBe(0);
  expect(got.stdout).toBe(text);

  const inputs = join(cli.env.HOME as string, 'in');
  mkdirSync(inputs);
  const big = randomContent(MULTI_PART_BYTES);
  const small = new TextEncoder().encode('user=ops\npass=grüße\n');
  writeFileSync(join(inputs, 'big.bin'), big);
  writeFileSync(join(inputs, 'notes.txt'), small);
  const fileLink = linkOf(
    await runCli(cli, ['share', join(inputs, 'big.bin'), join(inputs, 'notes.txt'), '--server', server.url]),
  );
  const outputs = join(cli.env.HOME as string, 'out');
  mkdirSync(outputs);
  const saved = await runCli(cli, ['get', fileLink, '-o', `${outputs}/`]);
  expect(saved.code, saved.stderr).toBe(0);
  expect(Buffer.compare(readFileSync(join(outputs, 'big.bin')), big)).toBe(0);
  expect(Buffer.compare(readFileSync(join(outputs, 'notes.txt')), small)).toBe(0);
  // Both were one-time links: used up.
  expect((await runCli(cli, ['get', textLink])).code).toBe(2);
}

describe.each([
  { kind: 'bundle' as const, cli: 'the npm tarball installed with the system npm' },
  { kind: 'executable' as const, cli: 'the hushlink executable' },
])('the release server ($kind)', ({ kind, cli: cliKind }) => {
  let server: ArtifactServer;
  let cliFolder: string;

  beforeAll(async () => {
    server = await startArtifactServer(releaseDir, kind, { host: 'localhost' });
    cliFolder = emptyFolder('hushlink-cli-');
  });

  afterAll(async () => {
    await server?.stop();
    if (cliFolder) rmSync(cliFolder, { recursive: true, force: true });
  });

  it('says its version, and GET /api/instance tells it', async () => {
    const folder = emptyFolder('hushlink-version-');
    try {
      const run = runServerCommand(serverCommand(releaseDir, kind, folder), ['--version'], folder, folder);
      expect(run).toMatchObject({ code: 0, stdout: `hushlink-server ${VERSION}\n` });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const instance = (await (await fetch(`${server.url}/api/instance`)).json()) as { version?: string };
    expect(instance.version).toBe(VERSION);
  });

  it(`shares and gets a text and a multi-part file with ${cliKind}`, async () => {
    const cli =
      kind === 'bundle'
        ? installTarball(join(releaseDir, `hushlink-${VERSION}.tgz`), cliFolder)
        : copyExecutable(join(releaseDir, 'hushlink'), cliFolder);
    await shareAndGet(cli, server);
  });

  it.runIf(kind === 'executable')(
    'passes the browser accounts flow in Chromium: passkey sign-up and sign-in, sharing to a guest who reveals it',
    async () => {
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(
          join(ROOT, 'node_modules/.bin/vitest'),
          ['run', '--config', 'test/e2e/vitest.config.ts', 'test/e2e/accounts.test.ts'],
          {
            cwd: ROOT,
            env: { ...process.env, HUSHLINK_URL: server.url, CHROMIUM_PATH: findChromium() },
            stdio: ['ignore', 'inherit', 'inherit'],
          },
        );
        child.once('error', reject);
        child.once('exit', (exitCode) => resolve(exitCode));
      });
      expect(code, server.output()).toBe(0);
    },
  );
});
