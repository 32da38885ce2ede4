import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/support/temp-dir.ts';
import { type OpenFile, PendingOutputFile } from './output-file.ts';

function folder(): string {
  return tempDir('hushlink-output-test-');
}

const BYTES = new TextEncoder().encode('secret ✓\n');

describe('PendingOutputFile', () => {
  it('creates FILE.partial-XXXXXX first, and FILE only on commit, with mode 0600', async () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    const pending = await PendingOutputFile.create(path, { force: false });
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^out\.txt\.partial-[0-9a-f]{6}$/)]);
    await pending.commit(BYTES);
    expect(readdirSync(dir)).toEqual(['out.txt']);
    expect(readFileSync(path)).toEqual(Buffer.from(BYTES));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await pending.discard();
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('refuses an existing FILE without force, and replaces it with force', async () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old');
    await expect(PendingOutputFile.create(path, { force: false })).rejects.toMatchObject({ code: 'usage' });
    expect(readdirSync(dir)).toEqual(['out.txt']);
    const pending = await PendingOutputFile.create(path, { force: true });
    await pending.commit(BYTES);
    expect(readFileSync(path, 'utf8')).toBe('secret ✓\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('does not replace a FILE that appeared after it was checked', async () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    const pending = await PendingOutputFile.create(path, { force: false });
    writeFileSync(path, 'someone else');
    await expect(pending.commit(BYTES)).rejects.toMatchObject({ code: 'io' });
    expect(readFileSync(path, 'utf8')).toBe('someone else');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('deletes the partial file and fails with `io` when the disk is full', async () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    const fullDisk: OpenFile = async (file, flags, mode) => {
      const handle = await open(file, flags, mode);
      handle.writeFile = () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
      return handle;
    };
    const pending = await PendingOutputFile.create(path, { force: false, openFile: fullDisk });
    await expect(pending.commit(BYTES)).rejects.toMatchObject({
      code: 'io',
      exitCode: 7,
      message: `Could not write ${path}: no space left on the device.`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('discard removes the partial file', async () => {
    const dir = folder();
    const pending = await PendingOutputFile.create(join(dir, 'out.txt'), { force: false });
    await pending.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a directory and an unwritable place with `io`', async () => {
    const dir = folder();
    await expect(PendingOutputFile.create(dir, { force: true })).rejects.toMatchObject({ code: 'io' });
    await expect(
      PendingOutputFile.create(join(dir, 'missing', 'out.txt'), { force: false }),
    ).rejects.toMatchObject({
      code: 'io',
      message: `Cannot write ${join(dir, 'missing', 'out.txt')}: no such file or directory.`,
    });
  });
});
