import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeCiphertext, makeClaim, send } from '../load/client.ts';
import {
  type ArtifactServer,
  emptyFolder,
  runServerCommand,
  runServerCommandAsync,
  serverCommand,
  startArtifactServer,
} from './support/artifacts.ts';
import { copyExecutable, type InstalledCli, runCli } from './support/cli.ts';

const releaseDir = inject('releaseDir');

/** A text secret created through the API: what must reveal, byte for byte. */
interface TextSecret {
  id: string;
  claim: string;
  ciphertext: string;
}
/** A file secret shared through the CLI. */
interface FileSecret {
  link: string;
  name: string;
  bytes: Uint8Array;
}

let ip = 0;
/** A distinct client address per request (TRUST_PROXY is on), so no per-address limit is reached. */
function client(): Record<string, string> {
  ip++;
  return { 'X-Forwarded-For': `10.9.${(ip >> 8) & 255}.${ip & 255}` };
}

async function createText(base: string, maxViews: number): Promise<TextSecret> {
  const { claim, claimHash } = makeClaim();
  const ciphertext = makeCiphertext();
  const outcome = await send(
    `${base}/api/secrets`,
    'POST',
    { ciphertext, expiresIn: 3600, maxViews, claimHash },
    client(),
  );
  expect(outcome.status).toBe(201);
  return { id: (outcome.body as { id: string }).id, claim, ciphertext };
}

async function shareFile(cli: InstalledCli, base: string, folder: string, size: number): Promise<FileSecret> {
  const name = `f-${randomBytes(6).toString('hex')}.bin`;
  const bytes = randomBytes(size);
  writeFileSync(join(folder, name), bytes);
  const run = await runCli(cli, ['share', join(folder, name), '--server', base]);
  expect(run.code, run.stderr).toBe(0);
  return { link: run.stdout.trim(), name, bytes };
}

describe('backup while the server serves traffic, then restore', () => {
  let server: ArtifactServer | undefined;
  let restored: ArtifactServer | undefined;
  let work: string;
  let cli: InstalledCli;

  beforeAll(() => {
    work = emptyFolder('hushlink-backup-test-');
    cli = copyExecutable(join(releaseDir, 'hushlink'), join(work, 'cli'));
  });

  afterAll(async () => {
    await server?.stop();
    await restored?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('restores every secret acknowledged before the backup began, byte for byte, and check finds nothing', async () => {
    server = await startArtifactServer(releaseDir, 'bundle', {
      host: 'localhost',
      env: { TRUST_PROXY: 'true' },
    });
    const base = server.url;
    const files = join(work, 'files');
    mkdirSync(files);

    // Acknowledged before the backup: texts, a file of several parts and small files.
    const texts = await Promise.all(Array.from({ length: 30 }, () => createText(base, 2)));
    const shared = [await shareFile(cli, base, files, 8 * 1024 * 1024 + 999)];
    shared.push(
      ...(await Promise.all([shareFile(cli, base, files, 3000), shareFile(cli, base, files, 70_000)])),
    );
    const toReveal = await Promise.all(Array.from({ length: 40 }, () => createText(base, 1)));

    // The load: creates, reveals (of other secrets) and uploads, until the backup has ended.
    let backupRunning = false;
    let stop = false;
    const during = { creates: 0, reveals: 0, uploads: 0 };
    const loop = async (kind: keyof typeof during, work: () => Promise<unknown>) => {
      while (!stop) {
        await work();
        if (backupRunning) during[kind]++;
      }
    };
    const load = Promise.all([
      loop('creates', () => createText(base, 1)),
      loop('creates', () => createText(base, 3)),
      loop('reveals', async () => {
        const secret = toReveal.pop() ?? (await createText(base, 1));
        const outcome = await send(
          `${base}/api/secrets/${secret.id}/reveal`,
          'POST',
          { claim: secret.claim },
          client(),
        );
        expect(outcome.status).toBe(200);
      }),
      loop('uploads', () => shareFile(cli, base, files, 50_000 + Math.floor(Math.random() * 50_000))),
    ]);
    // Some of each before the backup starts.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const backupDir = join(work, 'backup');
    const command = serverCommand(releaseDir, 'bundle', work);
    backupRunning = true;
    const backup = await runServerCommandAsync(command, ['backup', backupDir], work, server.dataDir);
    backupRunning = false;
    stop = true;
    await load;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up .* to .*backup: the database and \d+ uploaded files/);
    // The load ran while the backup did.
    expect(during.creates + during.reveals + during.uploads).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { files: object };
    expect(Object.keys(manifest.files)).toContain('hushlink.sqlite');

    // Restore into a new folder; check finds nothing wrong.
    const restoredData = join(work, 'restored', 'data');
    mkdirSync(join(work, 'restored'));
    const restore = runServerCommand(command, ['restore', backupDir], work, restoredData);
    expect(restore.code, restore.stderr).toBe(0);
    const check = runServerCommand(command, ['check'], work, restoredData);
    expect(check, check.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toMatch(/every upload has its file and every file its upload/);

    // A server on the restored folder, at the same address (the links name it), opens everything.
    const port = server.port;
    await server.stop();
    server = undefined;
    restored = await startArtifactServer(releaseDir, 'executable', {
      host: 'localhost',
      port,
      dataDir: restoredData,
    });
    for (const text of texts) {
      const outcome = await send(
        `${restored.url}/api/secrets/${text.id}/reveal`,
        'POST',
        { claim: text.claim },
        client(),
      );
      expect(outcome.status, text.id).toBe(200);
      expect((outcome.body as { ciphertext: string }).ciphertext).toBe(text.ciphertext);
    }
    for (const file of shared) {
      const out = join(work, 'out', file.name);
      mkdirSync(out, { recursive: true });
      const got = await runCli(cli, ['get', file.link, '-o', `${out}/`]);
      expect(got.code, got.stderr).toBe(0);
      expect(Buffer.compare(readFileSync(join(out, file.name)), file.bytes), file.name).toBe(0);
    }
  });

  it('refuses bad input in one line, exit 1, and leaves nothing half-written', () => {
    const backupDir = join(work, 'backup');
    expect(existsSync(join(backupDir, 'manifest.json'))).toBe(true);
    const command = serverCommand(releaseDir, 'bundle', work);
    const data = join(work, 'restored', 'data');
    const refused = (args: string[], dataDir: string, message: RegExp) => {
      const before = readdirSync(work).sort();
      const run = runServerCommand(command, args, work, dataDir);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      // No partial folder is left beside the destination.
      expect(readdirSync(work).sort()).toEqual(before);
    };
    refused(['backup', backupDir], data, /exists; back up into a new folder/);
    refused(['backup', join(work, 'no-such-folder', 'backup')], data, /does not exist or is not writable/);
    refused(['restore', backupDir], data, /is not empty; restore into an empty or new folder/);
    refused(['restore', join(work, 'files')], join(work, 'fresh'), /is not a Hushlink backup/);

    const damaged = (name: string, change: (copy: string) => void, message: RegExp) => {
      const copy = join(work, name);
      cpSync(backupDir, copy, { recursive: true });
      change(copy);
      refused(['restore', copy], join(work, 'fresh'), message);
      expect(existsSync(join(work, 'fresh'))).toBe(false);
      rmSync(copy, { recursive: true, force: true });
    };
    const manifestOf = (copy: string) =>
      JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
        files: Record<string, unknown>;
        migrations: string[];
      };
    const blobOf = (copy: string) =>
      Object.keys(manifestOf(copy).files).find((path) => path.startsWith('blobs/')) ?? '';
    damaged(
      'truncated',
      (copy) => truncateSync(join(copy, blobOf(copy)), 100),
      /damaged: blobs\/.* is truncated/,
    );
    damaged(
      'altered',
      (copy) => {
        const path = join(copy, 'hushlink.sqlite');
        const bytes = readFileSync(path);
        bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 1, bytes.length - 1);
        writeFileSync(path, bytes);
      },
      /damaged: hushlink.sqlite .* is altered/,
    );
    damaged('missing', (copy) => rmSync(join(copy, blobOf(copy))), /incomplete: blobs\/.* is missing/);
    damaged(
      'newer',
      (copy) => {
        const manifest = manifestOf(copy);
        manifest.migrations.push('9999_from_the_future.sql');
        writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
      },
      /written by a newer Hushlink \(unknown migrations: 9999_from_the_future.sql\)/,
    );
  });
});
