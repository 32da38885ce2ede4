import { endedSessionsResponseSchema, type Session, sessionsResponseSchema } from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

/** `GET /api/me/sessions`: my live sessions, newest first; `current` marks this browser's. */
export async function listSessions(): Promise<Session[]> {
  return (await requestJson({ method: 'GET', path: '/api/me/sessions' }, sessionsResponseSchema)).sessions;
}

/** `DELETE /api/me/sessions/:id`: signs out one of my sessions (another browser or device). */
export function endSession(id: string): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: `/api/me/sessions/${encodeURIComponent(id)}` });
}

/** `DELETE /api/me/sessions`: signs out every session of mine but this one; returns how many ended. */
export async function endOtherSessions(): Promise<number> {
  return (await requestJson({ method: 'DELETE', path: '/api/me/sessions' }, endedSessionsResponseSchema))
    .ended;
}
