import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, toolEnv } from '../../../scripts/lib/dev-server.mjs';

/**
 * The local D1 folder of the `wrangler dev` server under test, from `HUSHLINK_D1_PERSIST_TO` (set by
 * `scripts/run-e2e.mjs` for the wrangler pass only), or null when the server is not `wrangler dev`.
 */
export function d1PersistTo(): string | null {
  return process.env.HUSHLINK_D1_PERSIST_TO || null;
}

/**
 * Runs SQL against the server's local D1 (`wrangler d1 execute --local`) and returns the rows of its last
 * statement. What the server stored, read the way an operator with a dump would.
 */
export function queryD1(sql: string): Record<string, unknown>[] {
  const persistTo = d1PersistTo();
  if (!persistTo) throw new Error('HUSHLINK_D1_PERSIST_TO is not set: run with `npm run test:e2e`.');
  const output = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql],
    { cwd: ROOT, env: toolEnv(), stdio: 'pipe', timeout: 120_000, encoding: 'utf8' },
  );
  const results = JSON.parse(output) as { results?: Record<string, unknown>[] }[];
  return results.at(-1)?.results ?? [];
}

/**
 * Creates an admin account with a personal API token straight in D1 (the way `POST /api/me/tokens` stores it:
 * `sha256(secret)`), so that a test can invite its people whether or not another file already created the first
 * account. Follows apps/api/src/db/schema.ts. Returns the token (`ID.SECRET`).
 */
export function seedInviter(name: string): string {
  const now = Date.now();
  const id = randomBytes(16).toString('base64url');
  const tokenId = randomBytes(16).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  const secretHash = createHash('sha256').update(secret, 'utf8').digest('base64url');
  queryD1(
    `INSERT INTO users (id, name, display_name, role, webauthn_user_id, created_at) VALUES ('${id}', '${name}', '${name} (test)', 'admin', '${randomBytes(16).toString('base64url')}', ${now}); ` +
      `INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at) VALUES ('${tokenId}', '${id}', 'e2e inviter', '${secretHash}', ${now}, ${now + 86_400_000});`,
  );
  return `${tokenId}.${secret}`;
}

/**
 * Creates a member invite straight in D1 for the account of `inviterToken` (from `seedInviter`), the way
 * `POST /api/invites` stores it (`sha256(secret)`), and returns its token (`ID.SECRET`). The API makes invites only
 * after a passkey step-up of a session, which a seeded account without a passkey cannot do.
 */
export function seedInvite(inviterToken: string, role: 'member' | 'guest' = 'member'): string {
  const tokenId = inviterToken.split('.')[0] ?? '';
  if (!/^[A-Za-z0-9_-]{22}$/.test(tokenId)) throw new Error('not an API token');
  const now = Date.now();
  const id = randomBytes(16).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  const secretHash = createHash('sha256').update(secret, 'utf8').digest('base64url');
  queryD1(
    `INSERT INTO invites (id, secret_hash, role, created_by, created_at, expires_at) SELECT '${id}', '${secretHash}', '${role}', user_id, ${now}, ${now + 86_400_000} FROM api_tokens WHERE id = '${tokenId}';`,
  );
  return `${id}.${secret}`;
}

/** The stored row of a secret: its envelope (base64url, null once used up) and claim hash (null when sealed). */
export function storedSecret(id: string): { ciphertext: string | null; claimHash: string | null } {
  if (!/^[A-Za-z0-9_-]{22}$/.test(id)) throw new Error(`not a secret id: ${id}`);
  const [row] = queryD1(`SELECT ciphertext, claim_hash FROM secrets WHERE id = '${id}'`);
  if (!row) throw new Error(`no stored row for secret ${id}`);
  return {
    ciphertext: typeof row.ciphertext === 'string' ? row.ciphertext : null,
    claimHash: typeof row.claim_hash === 'string' ? row.claim_hash : null,
  };
}
