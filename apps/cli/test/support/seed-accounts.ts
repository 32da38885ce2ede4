import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, toolEnv } from '../../../../scripts/lib/dev-server.mjs';

/** An account made for a test, with a personal API token (`ID.SECRET`) for it. */
export interface SeededAccount {
  id: string;
  name: string;
  token: string;
}

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** An account to seed: its name and role, and the sealing public keys (base64url X25519) of its passkeys, if any. */
export interface AccountSeed {
  name: string;
  role: 'admin' | 'member' | 'guest';
  /** One passkey per key, with `prf_public_key` set, as if its PRF output had given this key in a browser. */
  prfPublicKeys?: readonly string[];
}

/**
 * Creates accounts and API tokens directly in the running server's local D1 (`wrangler d1 execute --local`), the
 * way `POST /api/me/tokens` stores them (`sha256(secret)` as base64url). Accounts are made with passkeys, which a
 * terminal test cannot do; everything after the token is the real API. Follows apps/api/src/db/schema.ts.
 * Passkeys are seeded only to carry sealing keys (`prf_public_key`); their COSE key is a placeholder, since nobody
 * signs in with them here.
 */
export function seedAccounts(persistTo: string, people: readonly AccountSeed[]): SeededAccount[] {
  const now = Date.now();
  const accounts: SeededAccount[] = [];
  const statements: string[] = [];
  for (const person of people) {
    const id = randomId(16);
    const tokenId = randomId(16);
    const secret = randomId(32);
    const secretHash = createHash('sha256').update(secret, 'utf8').digest('base64url');
    statements.push(
      `INSERT INTO users (id, name, display_name, role, webauthn_user_id, created_at) VALUES ('${id}', '${person.name}', '${person.name} (test)', '${person.role}', '${randomId(16)}', ${now});`,
      `INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at) VALUES ('${tokenId}', '${id}', 'cli test', '${secretHash}', ${now}, ${now + 86_400_000});`,
    );
    (person.prfPublicKeys ?? []).forEach((key, index) => {
      statements.push(
        `INSERT INTO passkeys (id, user_id, name, public_key, counter, device_type, backed_up, created_at, prf_public_key, prf_key_added_at) VALUES ('${randomId(16)}', '${id}', 'key ${index + 1}', 'placeholder', 0, 'multiDevice', 1, ${now + index}, '${key}', ${now + index});`,
      );
    });
    accounts.push({ id, name: person.name, token: `${tokenId}.${secret}` });
  }
  // The running server may hold the database's write lock: SQLITE_BUSY is worth a few more tries (waiting
  // synchronously: this runs once, in the global setup, before any test); anything else fails.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(
        join(ROOT, 'node_modules', '.bin', 'wrangler'),
        ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--command', statements.join(' ')],
        { cwd: ROOT, env: toolEnv(), stdio: 'pipe', timeout: 120_000 },
      );
      return accounts;
    } catch (error) {
      const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}${String(error)}`;
      if (attempt >= 5 || !output.includes('SQLITE_BUSY')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * attempt);
    }
  }
}
