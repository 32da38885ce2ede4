import type { Session } from '@hushlink/protocol';
import { SESSION_IDLE_MS } from '../auth/sessions.ts';
import { sessionStore } from '../db/session-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';

/** The id of the session the caller is using, or null for an API token. */
function currentSessionId(actor: Actor): string | null {
  return actor.via === 'session' ? actor.credentialId : null;
}

/** `GET /api/me/sessions`: the caller's live sessions, newest first, the one asking marked `current`. */
export async function listMySessions(ports: AppPorts, actor: Actor): Promise<Session[]> {
  const rows = await sessionStore(ports.db).liveOf(actor.user.id, ports.clock.now(), SESSION_IDLE_MS);
  const current = currentSessionId(actor);
  return rows.map((row) => ({
    id: row.id,
    current: row.id === current,
    createdAt: new Date(row.createdAt).toISOString(),
    lastUsedAt: new Date(row.lastSeenAt).toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
  }));
}

/**
 * Ends one of the caller's sessions (`session.ended`, by the owner); returns whether it was the one asking, whose
 * cookie the route then clears.
 *
 * @throws ApiError 404 `not_found` for a session that is not the caller's, or is gone.
 */
export async function endMySession(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
  sessionId: string,
): Promise<{ current: boolean }> {
  if (!(await sessionStore(ports.db).deleteOf(sessionId, actor.user.id))) {
    throw new ApiError('not_found', 404, 'You have no such session.');
  }
  await recordAudit(ports, request, 'session.ended', { type: 'session', id: sessionId }, { by: 'owner' });
  return { current: sessionId === currentSessionId(actor) };
}

/**
 * Ends every session of the caller but the one asking (all of them when the caller uses an API token, which only
 * takes access away); records `sessions.ended_all` and returns how many ended.
 */
export async function endMyOtherSessions(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
): Promise<number> {
  const ended = await sessionStore(ports.db).deleteOthersOf(
    actor.user.id,
    currentSessionId(actor),
    ports.clock.now(),
    SESSION_IDLE_MS,
  );
  await recordAudit(
    ports,
    request,
    'sessions.ended_all',
    { type: 'user', id: actor.user.id },
    { count: ended, by: 'owner' },
  );
  return ended;
}
