import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { newTokenPair, parseTokenPair, secretMatches } from '../crypto/token-pair.ts';
import { sessionStore } from '../db/session-store.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';

/** The session cookie: `__Host-` so it is Secure, host-only and Path=/, and no other site can set it. */
export const SESSION_COOKIE = '__Host-hushlink_session';

/** A session ends after 12 hours without a request… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and 7 days after sign-in, whatever the activity. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most once a minute per session, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * Starts a session for `user` and sets its cookie on the response. A session the request presented is ended
 * first (recorded as `session.ended`, reason `replaced`): a sign-in replaces it, so an old cookie copied before
 * must not outlive the new sign-in.
 */
export async function startSession(
  ports: AppPorts,
  c: Context,
  user: UserRow,
  request: RequestInfo,
): Promise<void> {
  if (request.actor?.via === 'session') {
    await sessionStore(ports.db).delete(request.actor.credentialId);
    const target = { type: 'session', id: request.actor.credentialId } as const;
    await recordAudit(ports, request, 'session.ended', target, { reason: 'replaced' });
  }
  const pair = newTokenPair();
  const now = ports.clock.now();
  await sessionStore(ports.db).insert({
    id: pair.id,
    secretHash: pair.secretHash,
    userId: user.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + SESSION_ABSOLUTE_MS,
    ip: request.ip,
    userAgent: request.userAgent,
    steppedUpAt: null,
  });
  setCookie(c, SESSION_COOKIE, pair.token, {
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

/** Clears the session cookie on the response. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { secure: true, path: '/' });
}

/**
 * The active account behind the request's session cookie, or null: unknown, tampered, idle for 12 hours,
 * older than 7 days, or belonging to a disabled account. A session of a disabled account is deleted.
 */
export async function resolveSession(
  ports: AppPorts,
  c: Context,
): Promise<{ user: UserRow; sessionId: string } | null> {
  const cookie = getCookie(c, SESSION_COOKIE);
  const pair = cookie ? parseTokenPair(cookie) : null;
  if (!pair) return null;
  const sessions = sessionStore(ports.db);
  const session = await sessions.find(pair.id);
  if (!session || !secretMatches(pair.secret, session.secretHash)) return null;
  const now = ports.clock.now();
  if (session.expiresAt <= now || session.lastSeenAt <= now - SESSION_IDLE_MS) {
    await sessions.delete(session.id);
    return null;
  }
  const user = await userStore(ports.db).findById(session.userId);
  if (user?.state !== 'active') {
    await sessions.delete(session.id);
    return null;
  }
  if (now - session.lastSeenAt >= TOUCH_INTERVAL_MS) await sessions.touch(session.id, now);
  return { user, sessionId: session.id };
}
