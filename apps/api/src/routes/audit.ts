import { auditQuerySchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { auditStore } from '../db/audit-store.ts';
import { userStore } from '../db/user-store.ts';
import { requireActor } from '../middleware/identify.ts';
import { validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { toPublicUser } from '../services/users.ts';

/** `/api/audit`: the audit log, newest first, paged; admins see everything, others only their own actions. */
export function auditRoutes(ports: AppPorts) {
  return new Hono<AppEnv>().get('/', validate('query', auditQuerySchema), async (c) => {
    const actor = requireActor(c.get('request').actor);
    const query = c.req.valid('query');
    const actorId = actor.user.role === 'admin' ? query.actor : actor.user.id;
    const rows = await auditStore(ports.db).list(
      {
        actorId,
        event: query.event,
        since: query.since ? Date.parse(query.since) : undefined,
        until: query.until ? Date.parse(query.until) : undefined,
        before: query.before,
      },
      query.limit,
    );
    const users = userStore(ports.db);
    const actors = new Map<string, ReturnType<typeof toPublicUser> | null>();
    for (const row of rows) {
      if (row.actorId && !actors.has(row.actorId)) {
        const user = await users.findById(row.actorId);
        actors.set(row.actorId, user ? toPublicUser(user) : null);
      }
    }
    return c.json({
      events: rows.map((row) => ({
        id: row.id,
        at: new Date(row.at).toISOString(),
        event: row.event,
        actor: row.actorId ? (actors.get(row.actorId) ?? null) : null,
        ip: row.ip,
        userAgent: row.userAgent,
        targetType: row.targetType,
        targetId: row.targetId,
        detail: row.detail ? JSON.parse(row.detail) : null,
      })),
      nextBefore: rows.length === query.limit ? (rows.at(-1)?.id ?? null) : null,
    });
  });
}
