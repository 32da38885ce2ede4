import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UPLOAD_PART_BYTES } from '@hushlink/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, NODE_SERVER_ENTRY, typeScriptCommand } from '../../../../scripts/lib/dev-server.mjs';
import { readNodeSettings, SettingsError } from './settings.ts';

/**
 * Small real disks: a 12 MiB tmpfs as `DATA_DIR`, which holds the database and one 8 MiB part but not two, and a
 * read-only one, which even root cannot write. Mounting needs root on Linux (CI and the development machine run
 * as root); elsewhere these tests are skipped and say why.
 */
function mountSmallDisk(options: string): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'hushlink-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountSmallDisk('size=12m');
const readOnlyDisk = mountSmallDisk('size=1m,ro');
if (!disk || !readOnlyDisk) {
  console.warn('storage-full.test.ts: skipped, it mounts small tmpfs disks and that needs root on Linux');
}

afterAll(() => {
  for (const dir of [disk, readOnlyDisk]) {
    if (!dir) continue;
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** `npm run serve`'s entry on `dataDir`, resolved once it listens. */
function startServer(
  port: number,
  dataDir: string,
): Promise<{ child: ChildProcess; exited: Promise<number> }> {
  const { command, args } = typeScriptCommand(NODE_SERVER_ENTRY);
  const child = spawn(command, args, {
    cwd: dataDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ANONYMOUS_LINKS: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"event":"listening"')) resolve({ child, exited });
    });
    void exited.then(() => reject(new Error(`the server exited before listening: ${output}`)));
  });
}

/** Files anywhere under `dir` whose names end in `.tmp`: what a failed write would leave behind. */
function temporaryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

describe('the Node server on a small or read-only disk', () => {
  it.runIf(readOnlyDisk)('refuses a DATA_DIR it cannot write, in one line', () => {
    expect(() => readNodeSettings({ DATA_DIR: readOnlyDisk as string })).toThrow(
      new SettingsError(
        `DATA_DIR ${readOnlyDisk} is not writable by this user; fix its permissions or set DATA_DIR.`,
      ),
    );
  });

  it.runIf(disk)(
    'answers 507 storage_full for the part that does not fit, keeps nothing of it, and goes on serving',
    async () => {
      const dataDir = disk as string;
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = await startServer(port, dataDir);
      const createUpload = async () => {
        const response = await fetch(`${base}/api/secrets`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            upload: { size: 3 * UPLOAD_PART_BYTES },
            expiresIn: 3600,
            claimHash: 'A'.repeat(43),
          }),
        });
        expect(response.status).toBe(201);
        return (await response.json()) as { id: string; manageToken: string };
      };
      const putPart = (upload: { id: string; manageToken: string }, part: number) =>
        fetch(`${base}/api/secrets/${upload.id}/upload/${part}`, {
          method: 'PUT',
          headers: {
            Authorization: `Bearer ${upload.manageToken}`,
            'Content-Type': 'application/octet-stream',
          },
          body: new Uint8Array(UPLOAD_PART_BYTES).fill(part),
        });
      try {
        const upload = await createUpload();
        expect((await putPart(upload, 1)).status).toBe(200);

        const full = await putPart(upload, 2);
        expect(full.status).toBe(507);
        expect(await full.json()).toEqual({
          error: {
            code: 'storage_full',
            message: expect.stringMatching(/^The server is out of storage space, so part 2 was not stored;/),
          },
        });
        expect(temporaryFiles(dataDir)).toEqual([]);

        // Only that request failed: the server answers, and its database still takes writes.
        expect((await fetch(`${base}/api/health`)).status).toBe(200);
        const text = await fetch(`${base}/api/secrets`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ciphertext: 'AAAA', expiresIn: 3600, claimHash: 'A'.repeat(43) }),
        });
        expect(text.status).toBe(201);

        // Revoking the upload frees its part, and the next upload's part fits again.
        const revoked = await fetch(`${base}/api/secrets/${upload.id}`, {
          method: 'DELETE',
          headers: { Authorization: `Bearer ${upload.manageToken}` },
        });
        expect(revoked.status).toBe(204);
        expect((await putPart(await createUpload(), 1)).status).toBe(200);
      } finally {
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    },
    60_000,
  );
});
