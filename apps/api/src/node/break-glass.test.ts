import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../scripts/lib/dev-server.mjs';
import { startServer } from '../../test/node/start-server.ts';
import { newTokenPair } from '../crypto/token-pair.ts';
import { applyMigrations, readMigrations } from '../db/sqlite-migrations.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const temp = mkdtempSync(join(tmpdir(), 'hushlink-break-glass-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * A data folder whose only admin has a session, while the policy keeps admins to 192.0.2.0/24: the server's own
 * test client (127.0.0.1, no trusted proxy) is outside it, as a locked-out admin would be. Returns the cookie.
 */
function lockedOutDataDir(dataDir: string): string {
  const sqlite = new DatabaseSync(join(dataDir, 'hushlink.sqlite'));
  applyMigrations(sqlite, readMigrations(join(root, 'migrations')));
  const now = Date.now();
  sqlite
    .prepare(
      "INSERT INTO users (id, name, display_name, role, webauthn_user_id, created_at) VALUES ('AAAAAAAAAAAAAAAAAAAAAA', 'root', 'Root', 'admin', 'handle', ?)",
    )
    .run(now);
  const session = newTokenPair();
  sqlite
    .prepare(
      "INSERT INTO sessions (id, secret_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, 'AAAAAAAAAAAAAAAAAAAAAA', ?, ?, ?)",
    )
    .run(session.id, session.secretHash, now, now, now + 3_600_000);
  sqlite
    .prepare(
      `INSERT INTO networks (id, name, name_key, ranges, created_at, updated_at) VALUES ('BBBBBBBBBBBBBBBBBBBBBB', 'Office', 'office', '["192.0.2.0/24"]', ?, ?)`,
    )
    .run(now, now);
  sqlite.exec("INSERT INTO role_networks (role, network_id) VALUES ('admin', 'BBBBBBBBBBBBBBBBBBBBBB')");
  sqlite.close();
  return `__Host-hushlink_session=${session.token}`;
}

describe('break-glass on the Node server', () => {
  it('BREAK_GLASS_NETWORK_POLICY=1 lets a locked-out admin in, with a warning at start', async () => {
    const dataDir = mkdtempSync(join(temp, 'data-'));
    const cookie = lockedOutDataDir(dataDir);
    for (const breakGlass of [false, true]) {
      const port = String(await freePort());
      const server = await startServer(temp, {
        PORT: port,
        DATA_DIR: dataDir,
        ...(breakGlass ? { BREAK_GLASS_NETWORK_POLICY: '1' } : {}),
      });
      try {
        const me = await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { Cookie: cookie } });
        const body = (await me.json()) as { error?: { code: string }; user?: { name: string } };
        if (breakGlass) {
          expect(me.status).toBe(200);
          expect(body.user?.name).toBe('root');
          expect(server.output()).toContain('"event":"network_policy_off"');
        } else {
          expect(me.status).toBe(403);
          expect(body.error?.code).toBe('network_policy_denied');
          expect(server.output()).not.toContain('network_policy_off');
        }
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    }
  }, 60_000);
});
