import { newTokenPair, parseTokenPair, secretMatches } from '../crypto/token-pair.ts';
import { apiTokenStore } from '../db/api-token-store.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import { requireFreshStepUp } from './step-up.ts';

/**
 * Creates a personal API token for the signed-in session's account, with the IP and user agent it was created
 * from, and records `token.created`. The token is returned once and stored only as a SHA-256.
 *
 * @throws ApiError 403 `step_up_required` without a fresh step-up, 403 `token_not_allowed` when the request
 * itself carries an API token (a token never mints another).
 */
export async function createApiToken(
  ports: AppPorts,
  request: RequestInfo,
  name: string,
  expiresInSeconds: number,
): Promise<{ id: string; token: string; expiresAt: number }> {
  const actor = await requireFreshStepUp(ports, request.actor);
  const pair = newTokenPair();
  const now = ports.clock.now();
  const expiresAt = now + expiresInSeconds * 1000;
  await apiTokenStore(ports.db).insert({
    id: pair.id,
    userId: actor.user.id,
    name,
    secretHash: pair.secretHash,
    createdAt: now,
    expiresAt,
    lastUsedAt: null,
    revokedAt: null,
    createdIp: request.ip,
    createdUserAgent: request.userAgent,
  });
  await recordAudit(ports, request, 'token.created', { type: 'token', id: pair.id }, { name });
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
