import { apiTokenStore } from '../db/api-token-store.ts';
import { sessionStore } from '../db/session-store.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { revokeAllSecrets } from './secrets.ts';

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

/** Ends every session of an account. */
export async function endAllSessions(ports: AppPorts, request: RequestInfo, id: string): Promise<number> {
  await findUserOr404(ports, id);
  const ended = await sessionStore(ports.db).deleteAllOf(id);
  await recordAudit(ports, request, 'sessions.ended_all', { type: 'user', id }, { count: ended });
  return ended;
}
