import { newTokenPair, parseTokenPair, secretMatches } from '../crypto/token-pair.ts';
import { apiTokenStore } from '../db/api-token-store.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import type { AppPorts } from '../ports.ts';

/** Creates a personal API token; the token is returned once and stored only as a SHA-256. */
export async function createApiToken(
  ports: AppPorts,
  userId: string,
  name: string,
  expiresInSeconds: number,
): Promise<{ id: string; token: string; expiresAt: number }> {
  const pair = newTokenPair();
  const now = ports.clock.now();
  const expiresAt = now + expiresInSeconds * 1000;
  await apiTokenStore(ports.db).insert({
    id: pair.id,
    userId,
    name,
    secretHash: pair.secretHash,
    createdAt: now,
    expiresAt,
    lastUsedAt: null,
    revokedAt: null,
  });
  return { id: pair.id, token: pair.token, expiresAt };
}

/** The active account behind a bearer API token, or null for anything else (answering null on any failure). */
export async function resolveApiToken(
  ports: AppPorts,
  token: string,
): Promise<{ user: UserRow; tokenId: string } | null> {
  const pair = parseTokenPair(token);
  if (!pair) return null;
  const now = ports.clock.now();
  const tokens = apiTokenStore(ports.db);
  const row = await tokens.findUsable(pair.id, now);
  if (!row || !secretMatches(pair.secret, row.secretHash)) return null;
  const user = await userStore(ports.db).findById(row.userId);
  if (user?.state !== 'active') return null;
  await tokens.touch(row.id, now);
  return { user, tokenId: row.id };
}
