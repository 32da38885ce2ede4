import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The local D1 folder of the `wrangler dev` server under test, from `HUSHLINK_D1_PERSIST_TO` (set by
 * `scripts/run-e2e.mjs` for the wrangler pass only), or null when the server is not `wrangler dev`.
 */
export function d1PersistTo(): string | null {
  return process.env.HUSHLINK_D1_PERSIST_TO || null;
}

/** How long a statement waits for the running server's write to finish before SQLite gives up (its busy timeout). */
const BUSY_TIMEOUT_MS = 30_000;

/** The SQLite file that holds the server's local D1 database (its one D1 Durable Object). */
function d1File(persistTo: string): string {
  const folder = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const files = readdirSync(folder).filter((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  if (files.length !== 1) throw new Error(`expected one D1 database in ${folder}, found ${files.join(', ')}`);
  return join(folder, files[0] as string);
}

/**
 * Runs SQL against the server's local D1: one `SELECT`, whose rows it returns (what the server stored, read the way
 * an operator with a dump would), or statements that write, which return no rows. It opens the database file itself, with a busy timeout, while `wrangler dev`
 * runs: `wrangler d1 execute --local` opened it with none, so a statement that met the server's own write failed
 * with SQLITE_BUSY ("database is locked") on a loaded machine.
 */
export function queryD1(sql: string): Record<string, unknown>[] {
  const persistTo = d1PersistTo();
  if (!persistTo) throw new Error('HUSHLINK_D1_PERSIST_TO is not set: run with `npm run test:e2e`.');
  const db = new DatabaseSync(d1File(persistTo), { timeout: BUSY_TIMEOUT_MS });
  try {
    // One query that reads, or any number of statements that write (run together, in one transaction).
    if (/^\s*SELECT\b/i.test(sql)) return db.prepare(sql).all() as Record<string, unknown>[];
    db.exec(`BEGIN IMMEDIATE; ${sql}; COMMIT;`);
    return [];
  } finally {
    db.close();
  }
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
