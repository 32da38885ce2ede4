import type { AdminUser } from '@hushlink/protocol';
import { apiTokenStore } from '../db/api-token-store.ts';
import { sessionStore } from '../db/session-store.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { revokeAllSecrets } from './secrets.ts';
import { toPasskey, toPublicUser } from './users.ts';

/** Finds an account by id or answers 404. */
export async function findUserOr404(ports: AppPorts, id: string): Promise<UserRow> {
  const user = await userStore(ports.db).findById(id);
  if (!user) throw new ApiError('not_found', 404, 'There is no such account.');
  return user;
}

/**
 * Changes an account's role or state. Disabling ends its sessions, revokes its API tokens and refuses its
 * sign-ins; with `revokeLinks` it also revokes every link it created. An admin cannot demote or disable
 * themself, so an instance always keeps an admin.
 */
export async function updateUser(
  ports: AppPorts,
  request: RequestInfo,
  admin: Actor,
  id: string,
  changes: { role?: UserRow['role'] | undefined; state?: UserRow['state'] | undefined; revokeLinks: boolean },
): Promise<UserRow> {
  const user = await findUserOr404(ports, id);
  if (
    user.id === admin.user.id &&
    (changes.state === 'disabled' || (changes.role && changes.role !== 'admin'))
  ) {
    throw new ApiError('forbidden', 403, 'You cannot demote or disable your own account.');
  }
  const users = userStore(ports.db);
  const target = { type: 'user', id } as const;
  if (changes.role && changes.role !== user.role) {
    await users.update(id, { role: changes.role });
    await recordAudit(ports, request, 'user.role_changed', target, { from: user.role, to: changes.role });
  }
  if (changes.state && changes.state !== user.state) {
    await users.update(id, { state: changes.state });
    if (changes.state === 'disabled') {
      const ended = await sessionStore(ports.db).deleteAllOf(id);
      await apiTokenStore(ports.db).revokeAllOf(id, ports.clock.now());
      await recordAudit(ports, request, 'user.disabled', target, { sessionsEnded: ended });
    } else {
      await recordAudit(ports, request, 'user.enabled', target);
    }
  }
  if (changes.revokeLinks) {
    await revokeAllSecrets(ports, request, { ...admin, user });
  }
  return {
    ...user,
    ...(changes.role ? { role: changes.role } : {}),
    ...(changes.state ? { state: changes.state } : {}),
  };
}

/**
 * The admin's action for a compromised account: ends every session of it and revokes every API token of it
 * together, so that nothing taken from a session (a cookie, a token minted with it) keeps working. One audit event,
 * `sessions.ended_all`, with both counts. Passkeys an intruder may have added stay for the admin to remove
 * (`GET /api/admin/users` shows where each was added from).
 */
export async function endAllAccess(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
): Promise<{ ended: number; tokensRevoked: number }> {
  await findUserOr404(ports, id);
  const ended = await sessionStore(ports.db).deleteAllOf(id);
  const tokensRevoked = await apiTokenStore(ports.db).revokeAllOf(id, ports.clock.now());
  await recordAudit(
    ports,
    request,
    'sessions.ended_all',
    { type: 'user', id },
    { count: ended, tokensRevoked },
  );
  return { ended, tokensRevoked };
}

/**
 * Revokes one API token of an account (`token.revoked`, by an admin).
 *
 * @throws ApiError 404 `not_found` for an unknown account, or a token that is not that account's or already revoked.
 */
export async function revokeTokenOf(
  ports: AppPorts,
  request: RequestInfo,
  userId: string,
  tokenId: string,
): Promise<void> {
  await findUserOr404(ports, userId);
  if (!(await apiTokenStore(ports.db).revoke(tokenId, userId, ports.clock.now()))) {
    throw new ApiError('not_found', 404, 'This account has no such active token.');
  }
  await recordAudit(ports, request, 'token.revoked', { type: 'token', id: tokenId }, { by: 'admin' });
}

/** `GET /api/admin/users`: every account with its passkeys and API tokens, each with where it was added from. */
export async function listUsersForAdmin(ports: AppPorts): Promise<AdminUser[]> {
  const users = userStore(ports.db);
  const tokens = apiTokenStore(ports.db);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return Promise.all(
    (await users.list()).map(async (user) => ({
      ...toPublicUser(user),
      state: user.state,
      createdAt: new Date(user.createdAt).toISOString(),
      lastSignInAt: iso(user.lastSignInAt),
      passkeys: (await users.passkeysOf(user.id)).map(toPasskey),
      tokens: (await tokens.listOf(user.id)).map((token) => ({
        id: token.id,
        name: token.name,
        createdAt: new Date(token.createdAt).toISOString(),
        createdIp: token.createdIp,
        createdUserAgent: token.createdUserAgent,
        expiresAt: new Date(token.expiresAt).toISOString(),
        lastUsedAt: iso(token.lastUsedAt),
        revoked: token.revokedAt !== null,
      })),
    })),
  );
}
