import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freshHome, runCli, stderrLines } from './support/run-cli.ts';
import { webCreate, webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');

// A secret whose envelope needs a passphrase that its metadata did not announce (a sender's client that said
// nothing, or a server that dropped the flag): `get` learns it only after the reveal has spent the view. With no
// terminal to ask on and no HUSHLINK_PASSPHRASE, the encrypted envelope is kept in a 0600 file instead of being
// lost, and `get --envelope FILE LINK` opens it later without the server. (On a terminal it is asked for:
// terminal.test.ts.)

describe('a passphrase the link did not announce, with no terminal', () => {
  it('keeps the envelope in a 0600 file and says how to open it; get --envelope opens it with the passphrase', async () => {
    const text = `unannounced ✓ ${Date.now()}`;
    const { link, id } = await webCreate(server, text, {
      passphrase: 'quiet one',
      announcePassphrase: false,
    });
    const home = freshHome();

    const got = await runCli(['get', link], { home });
    expect(got.code).toBe(4);
    expect(got.stdout).toBe('');
    const path = `./hushlink-${id}.envelope`;
    expect(stderrLines(got)).toEqual([
      `hushlink: This secret needs a passphrase its link did not announce, and there is no terminal to ask for it. Its encrypted envelope is kept in ${join('.', `hushlink-${id}.envelope`)} (mode 0600); open it with: HUSHLINK_PASSPHRASE=… hushlink get --envelope ${join('.', `hushlink-${id}.envelope`)} LINK That was its last view: the secret is now deleted from the server.`,
    ]);
    // The view is spent: the kept file is the only way left, and it is still encrypted.
    expect(await webMetadata(server, id)).toBeNull();
    const kept = join(home.home, path);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    expect(readFileSync(kept).toString('utf8')).not.toContain('unannounced');

    const withoutPassphrase = await runCli(['get', '--envelope', path, link], { home });
    expect(withoutPassphrase.code).toBe(4);
    expect(stderrLines(withoutPassphrase)).toEqual([
      'hushlink: This secret needs a passphrase: set HUSHLINK_PASSPHRASE.',
    ]);
    const wrong = await runCli(['get', '--envelope', path, link], {
      home,
      env: { HUSHLINK_PASSPHRASE: 'not it' },
    });
    expect(wrong.code).toBe(4);
    expect(stderrLines(wrong)).toEqual([
      'hushlink: Could not decrypt: the passphrase is wrong, or the link was altered.',
    ]);
    expect(wrong.stdout).toBe('');

    const opened = await runCli(['get', '--envelope', path, link], {
      home,
      env: { HUSHLINK_PASSPHRASE: 'quiet one' },
    });
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toBe(text);
  });

  it('opens at once with HUSHLINK_PASSPHRASE, keeping nothing', async () => {
    const { link, id } = await webCreate(server, 'from the environment', {
      passphrase: 'env one',
      announcePassphrase: false,
    });
    const home = freshHome();
    const got = await runCli(['get', link], { home, env: { HUSHLINK_PASSPHRASE: 'env one' } });
    expect(got.code, got.stderr).toBe(0);
    expect(got.stdout).toBe('from the environment');
    expect(() => statSync(join(home.home, `hushlink-${id}.envelope`))).toThrow();
  });
});
