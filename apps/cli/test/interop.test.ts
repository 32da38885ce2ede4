import { describe, expect, inject, it } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { webCreate, webReveal } from './support/web-client.ts';

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
});
