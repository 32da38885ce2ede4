import { auditExportQuerySchema, auditQuerySchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { auditStore } from '../db/audit-store.ts';
import { userStore } from '../db/user-store.ts';
import { requireActor, requireRole } from '../middleware/identify.ts';
import { validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import { AUDIT_EXPORT_MEDIA_TYPES, auditExportStream } from '../services/audit-export.ts';
import { toPublicUser } from '../services/users.ts';

/** `2026-12-03T10:00:00.000Z` as `20261203T100000Z`, for a file name. */
function compactTime(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/**
 * `/api/audit`: the audit log, newest first, paged; admins see everything, others only their own actions.
 * `/api/audit/export`: admins only, a time range of it streamed as JSON Lines or CSV (`auditExportStream`); the
 * export itself is recorded as `audit.exported`.
 */
export function auditRoutes(ports: AppPorts) {
  return new Hono<AppEnv>()
    .get('/export', validate('query', auditExportQuerySchema), async (c) => {
      const request = c.get('request');
      requireRole(request.actor, ['admin']);
      const query = c.req.valid('query');
      const range = { from: Date.parse(query.from), to: Date.parse(query.to) };
      // Recorded first, so that an export that reaches the end of the log lists itself.
      await recordAudit(ports, request, 'audit.exported', null, {
        from: query.from,
        to: query.to,
        format: query.format,
      });
      const name = `hushlink-audit-${compactTime(query.from)}-${compactTime(query.to)}.${query.format}`;
      return c.body(auditExportStream(ports, range, query.format), 200, {
        'Content-Type': AUDIT_EXPORT_MEDIA_TYPES[query.format],
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    })
    .get('/', validate('query', auditQuerySchema), async (c) => {
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
