import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../scripts/lib/dev-server.mjs';
import { startServer as startServerIn } from '../../test/node/start-server.ts';
import { applyMigrations, NewerDatabaseError, readMigrations } from '../db/sqlite-migrations.ts';
import { pageContentSecurityPolicy } from '../middleware/page-policy.ts';
import { RESPONSE_HEADERS } from '../middleware/security-headers.ts';
import { memoryRateLimiter } from './memory-rate-limiter.ts';
import { readNodeSettings, SettingsError } from './settings.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const migrations = readMigrations(join(root, 'migrations'));
const temp = mkdtempSync(join(tmpdir(), 'hushlink-node-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Starts the server in the test's temporary folder (see `startServer`). */
function startServer(env: Record<string, string>) {
  return startServerIn(temp, env);
}

describe('settings', () => {
  it('refuses a bad PORT and a DATA_DIR that does not exist or is a file, each with one line', () => {
    expect(() => readNodeSettings({ PORT: 'eighty', DATA_DIR: temp })).toThrow(SettingsError);
    expect(() => readNodeSettings({ DATA_DIR: join(temp, 'missing') })).toThrow(/does not exist/);
    const file = join(temp, 'a-file');
    writeFileSync(file, '');
    expect(() => readNodeSettings({ DATA_DIR: file })).toThrow(/not a folder/);
    expect(readNodeSettings({ DATA_DIR: temp, PORT: '9000' })).toMatchObject({ port: 9000, dataDir: temp });
  });
});

describe('migrations on SQLite', () => {
  it('applies every migration once, and refuses a database from a newer version', () => {
    const sqlite = new DatabaseSync(':memory:');
    expect(applyMigrations(sqlite, migrations)).toEqual(migrations.map((migration) => migration.name));
    expect(applyMigrations(sqlite, migrations)).toEqual([]);
    sqlite.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run('9999_from_the_future.sql');
    expect(() => applyMigrations(sqlite, migrations)).toThrow(NewerDatabaseError);
  });
});

describe('memory rate limiter', () => {
  it('allows the limit per key and window, then recovers in the next window', async () => {
    let now = 0;
    const limiter = memoryRateLimiter(2, 60, () => now);
    expect([await limiter.allow('a'), await limiter.allow('a'), await limiter.allow('a')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(await limiter.allow('b')).toBe(true);
    now = 60_000;
    expect(await limiter.allow('a')).toBe(true);
  });
});

describe('the Node server process', () => {
  it('serves, keeps data across a restart, refuses a port in use, and stops cleanly on SIGTERM', async () => {
    const port = String(await freePort());
    const dataDir = mkdtempSync(join(temp, 'data-'));
    const env = { PORT: port, DATA_DIR: dataDir, ANONYMOUS_LINKS: 'true' };
    const first = await startServer(env);
    expect(first.output()).toContain('"event":"migrated"');
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const page = await fetch(`${base}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const created = await fetch(`${base}/api/secrets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ciphertext: 'AAAA', expiresIn: 3600, claimHash: 'A'.repeat(43) }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const second = await startServer(env);
    expect(await second.exited).toBe(1);
    expect(second.output().trim()).toBe(
      `hushlink: port ${port} on 127.0.0.1 is in use; set PORT to another.`,
    );

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"event":"stopping"');

    const third = await startServer(env);
    expect(third.output()).not.toContain('"event":"migrated"');
    expect((await fetch(`${base}/api/secrets/${id}`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 60_000);

  it('puts the security headers on every response, and lets an asset keep its own caching', async () => {
    const port = String(await freePort());
    const server = await startServer({ PORT: port, DATA_DIR: mkdtempSync(join(temp, 'data-')) });
    const base = `http://127.0.0.1:${port}`;
    try {
      const asset = readdirSync(join(root, 'apps/web/dist/assets')).find((name) => name.endsWith('.js'));
      const pagePolicy = pageContentSecurityPolicy(
        readFileSync(join(root, 'apps/web/dist/index.html'), 'utf8'),
      );
      expect(pagePolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/);
      const responses = {
        health: await fetch(`${base}/api/health`),
        'API error': await fetch(`${base}/api/secrets/not-an-id`),
        'bad JSON': await fetch(`${base}/api/secrets`, {
          method: 'POST',
          body: '{',
          headers: { 'Content-Type': 'application/json' },
        }),
        page: await fetch(`${base}/s/AAAAAAAAAAAAAAAAAAAAAA`),
        asset: await fetch(`${base}/assets/${asset}`),
      };
      expect(responses['API error'].status).toBe(400);
      expect(responses['bad JSON'].status).toBe(400);
      for (const [what, response] of Object.entries(responses)) {
        await response.body?.cancel();
        // The page and the static files allow the page's import map by its hash; the API allows no inline script.
        const policy =
          what === 'page' || what === 'asset' ? pagePolicy : RESPONSE_HEADERS['Content-Security-Policy'];
        for (const [name, value] of Object.entries({
          ...RESPONSE_HEADERS,
          'Content-Security-Policy': policy,
        }))
          expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
        expect(response.headers.get('Cache-Control'), what).toBe(
          what === 'asset' ? 'public, max-age=31536000, immutable' : 'no-store',
        );
        expect(response.headers.get('X-Request-Id'), what).toMatch(/^[A-Za-z0-9_-]{16}$/);
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);

  it('says in one line that DATA_DIR is missing', async () => {
    const missing = await startServer({ PORT: String(await freePort()), DATA_DIR: join(temp, 'nope') });
    expect(await missing.exited).toBe(1);
    expect(missing.output().trim()).toMatch(/^hushlink: DATA_DIR .* does not exist/);
  }, 30_000);
});
