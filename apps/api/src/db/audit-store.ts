import { and, asc, count, desc, eq, getTableColumns, gt, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Database } from './database.ts';
import { auditEvents, users } from './schema.ts';

/** A row of `audit_events`. */
export type AuditRow = typeof auditEvents.$inferSelect;

/** Filters of the audit log view; `before` is the paging cursor (an event id). */
export interface AuditFilter {
  actorId?: string | undefined;
  event?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
  before?: number | undefined;
}

/** An audit row with its actor's account name (null when there is no actor or the account is gone). */
export type AuditRowWithActor = AuditRow & { actorName: string | null };

/** Where an export page starts: after the last row of the previous page, in `(at, id)` order. */
export interface AuditKey {
  at: number;
  id: number;
}

/** The audit log. */
export function auditStore(db: Database) {
  return {
    async insert(event: Omit<AuditRow, 'id'>): Promise<void> {
      await db.insert(auditEvents).values(event);
    },

    /** Events matching the filter, newest first. */
    async list(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
      const conditions: SQL[] = [];
      if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
      if (filter.event) conditions.push(eq(auditEvents.event, filter.event));
      if (filter.since !== undefined) conditions.push(gte(auditEvents.at, filter.since));
      if (filter.until !== undefined) conditions.push(lte(auditEvents.at, filter.until));
      if (filter.before !== undefined) conditions.push(lt(auditEvents.id, filter.before));
      return db
        .select()
        .from(auditEvents)
        .where(and(...conditions))
        .orderBy(desc(auditEvents.id))
        .limit(limit);
    },

    /**
     * Up to `limit` events with `from <= at <= to`, oldest first by `(at, id)`, starting after `after`: the keyset
     * pages of the export, which walk `audit_at_idx` (it holds the rowid, `id`, after `at`) and never an offset.
     */
    async exportPage(
      range: { from: number; to: number },
      after: AuditKey | null,
      limit: number,
    ): Promise<AuditRowWithActor[]> {
      const start = after
        ? and(gte(auditEvents.at, after.at), or(gt(auditEvents.at, after.at), gt(auditEvents.id, after.id)))
        : gte(auditEvents.at, range.from);
      return db
        .select({ ...getTableColumns(auditEvents), actorName: users.name })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(and(start, lte(auditEvents.at, range.to)))
        .orderBy(asc(auditEvents.at), asc(auditEvents.id))
        .limit(limit);
    },

    /** Up to `limit` events after id `afterId`, oldest first, with their actors' names: the webhook's queue. */
    async after(afterId: number, limit: number): Promise<AuditRowWithActor[]> {
      return db
        .select({ ...getTableColumns(auditEvents), actorName: users.name })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(gt(auditEvents.id, afterId))
        .orderBy(asc(auditEvents.id))
        .limit(limit);
    },

    /** How many `event` rows matching a column value happened at or after `since`. */
    async countSince(
      event: string,
      column: 'ip' | 'targetId',
      value: string,
      since: number,
    ): Promise<number> {
      const rows = await db
        .select({ n: count() })
        .from(auditEvents)
        .where(and(eq(auditEvents.event, event), eq(auditEvents[column], value), gte(auditEvents.at, since)));
      return rows[0]?.n ?? 0;
    },

    async purgeOlderThan(at: number): Promise<void> {
      await db.delete(auditEvents).where(lt(auditEvents.at, at));
    },
  };
}
