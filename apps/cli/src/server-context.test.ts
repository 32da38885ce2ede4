import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/support/temp-dir.ts';
import { writeConfig } from './config-store.ts';
import {
  DEFAULT_SERVER,
  normalizeServer,
  requireToken,
  resolveServerContext,
  tokenFor,
} from './server-context.ts';

const SAVED = { server: 'https://saved.example', token: 'saved.token' };

async function savedConfig(): Promise<string> {
  const path = join(tempDir('hushlink-context-test-'), 'config.json');
  await writeConfig(SAVED, path);
  return path;
}

describe('normalizeServer', () => {
  it('keeps the origin and drops a trailing slash', () => {
    expect(normalizeServer('https://Secrets.Example.com/', '--server')).toBe('https://secrets.example.com');
    expect(normalizeServer(' http://localhost:8787 ', '--server')).toBe('http://localhost:8787');
  });

  it('refuses paths, queries, credentials and other schemes', () => {
    for (const bad of [
      'https://x.example/app',
      'https://x.example/?a=1',
      'https://u:p@x.example',
      'ftp://x.example',
      'x',
    ]) {
      expect(() => normalizeServer(bad, '--server'), bad).toThrow(expect.objectContaining({ code: 'usage' }));
    }
  });
});

describe('resolveServerContext', () => {
  it('defaults to the local server with no token', async () => {
    const context = await resolveServerContext(undefined, {}, join(tmpdir(), 'hushlink-no-such-config.json'));
    expect(context).toEqual({ server: DEFAULT_SERVER, credentials: null });
  });

  it('uses the saved server and token', async () => {
    const context = await resolveServerContext(undefined, {}, await savedConfig());
    expect(context).toEqual({
      server: SAVED.server,
      credentials: { origin: SAVED.server, token: SAVED.token },
    });
  });

  it('never pairs the saved token with another server', async () => {
    const path = await savedConfig();
    for (const context of [
      await resolveServerContext('https://other.example', {}, path),
      await resolveServerContext(undefined, { HUSHLINK_SERVER: 'https://other.example' }, path),
    ]) {
      expect(context).toEqual({ server: 'https://other.example', credentials: null });
    }
  });

  it('lets HUSHLINK_TOKEN override the saved token, for the chosen server only', async () => {
    const context = await resolveServerContext(
      'https://other.example',
      { HUSHLINK_TOKEN: 'env.token' },
      await savedConfig(),
    );
    expect(context.credentials).toEqual({ origin: 'https://other.example', token: 'env.token' });
    expect(tokenFor(context, 'https://other.example')).toBe('env.token');
    expect(tokenFor(context, 'https://attacker.example')).toBeUndefined();
    expect(() => requireToken(context, 'https://attacker.example', 'This')).toThrow(
      expect.objectContaining({ code: 'auth', exitCode: 3 }),
    );
  });
});
