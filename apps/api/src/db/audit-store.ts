import { and, count, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Database } from './database.ts';
import { auditEvents } from './schema.ts';

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
