import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { tempDir } from './support/temp-dir.ts';
import { webCreate, webCreateFiles, webReveal, webRevealFiles } from './support/web-client.ts';

const server = inject('serverUrl');
const env = { HUSHLINK_SERVER: server };
const TEXT = 'shared across clients ✓ 🔑\nline two\n';

describe.concurrent('the CLI and the web client open each other’s secrets', () => {
  it('a secret shared by the CLI opens the way the web client opens it', async () => {
    const run = await runCli(['share'], { input: TEXT, env });
    expect(run.code).toBe(0);
    expect(await webReveal(run.stdout.trim())).toBe(TEXT);
  });

  it('a secret with a passphrase shared by the CLI opens in the web client', async () => {
    const run = await runCli(['share', '--passphrase'], {
      input: TEXT,
      env: { ...env, HUSHLINK_PASSPHRASE: 'ünïcode pass' },
    });
    expect(run.code).toBe(0);
    expect(await webReveal(run.stdout.trim(), 'ünïcode pass')).toBe(TEXT);
  });

  it('a secret made the web client’s way opens with hushlink get', async () => {
    const { link } = await webCreate(server, TEXT);
    const run = await runCli(['get', link]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(TEXT);
  });

  it('a secret with a passphrase made the web client’s way opens with hushlink get', async () => {
    const { link } = await webCreate(server, TEXT, { passphrase: 'ünïcode pass' });
    const run = await runCli(['get', link], { env: { HUSHLINK_PASSPHRASE: 'ünïcode pass' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(TEXT);
  });

  it('a manage link made the web client’s way revokes with hushlink revoke', async () => {
    const { link, id, manageToken } = await webCreate(server, TEXT);
    const revoked = await runCli(['revoke', `${server}/m/${id}#${manageToken}`]);
    expect(revoked.code).toBe(0);
    expect((await runCli(['get', link])).code).toBe(2);
  });

  it('files shared by the CLI, with a passphrase, open the way the web client opens them', async () => {
    const folder = tempDir('hushlink-interop-');
    const key = randomBytes(10_000);
    writeFileSync(join(folder, 'id_ed25519'), key);
    writeFileSync(join(folder, 'notes ✓.txt'), 'ünïcode\n');
    const run = await runCli(
      ['share', join(folder, 'id_ed25519'), join(folder, 'notes ✓.txt'), '--passphrase'],
      {
        env: { ...env, HUSHLINK_PASSPHRASE: 'ünïcode pass' },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const files = await webRevealFiles(run.stdout.trim(), 'ünïcode pass');
    expect(files.map(({ name, type, size }) => ({ name, type, size }))).toEqual([
      { name: 'id_ed25519', type: 'application/octet-stream', size: 10_000 },
      { name: 'notes ✓.txt', type: 'text/plain', size: 10 },
    ]);
    expect(files[0]?.bytes.equals(key)).toBe(true);
    expect(files[1]?.bytes.toString('utf8')).toBe('ünïcode\n');
  });

  it('files uploaded the web client’s way open with hushlink get', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    const { link } = await webCreateFiles(
      server,
      [{ name: 'backup.tar.gz', type: 'application/gzip', bytes }],
      'pw',
    );
    const out = tempDir('hushlink-interop-');
    const run = await runCli(['get', link, '-o', out], { env: { HUSHLINK_PASSPHRASE: 'pw' } });
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'backup.tar.gz')).equals(bytes)).toBe(true);
  });
});
