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

/**
 * Creates accounts and API tokens directly in the running server's local D1 (`wrangler d1 execute --local`), the
 * way `POST /api/me/tokens` stores them (`sha256(secret)` as base64url). Accounts are made with passkeys, which a
 * terminal test cannot do; everything after the token is the real API. Follows apps/api/src/db/schema.ts.
 */
export function seedAccounts(
  persistTo: string,
  people: readonly { name: string; role: 'admin' | 'member' | 'guest' }[],
): SeededAccount[] {
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
    accounts.push({ id, name: person.name, token: `${tokenId}.${secret}` });
  }
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--command', statements.join(' ')],
    { cwd: ROOT, env: toolEnv(), stdio: 'pipe', timeout: 120_000 },
  );
  return accounts;
}
