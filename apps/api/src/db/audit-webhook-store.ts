import { and, count, eq, gt, lt, lte, max, sql } from 'drizzle-orm';
import type { Database } from './database.ts';
import { perDatabase } from './reusable-queries.ts';
import { auditEvents, auditWebhooks } from './schema.ts';

/** A row of `audit_webhooks`. */
export type AuditWebhookRow = typeof auditWebhooks.$inferSelect;

/** The one row's id: an instance has at most one audit webhook. */
const ID = 'audit';

const p = sql.placeholder;

/**
 * `lease`, prepared once per database: every request that records an audit event runs it after its response
 * (`wakeAuditWebhook`), webhook or not. Built on each call, it took 12% of the Node server's CPU time under a load
 * of creates and reveals (6.9 of 57 s, two thirds of it drizzle building the SQL; `npm run bench` item 7 with
 * `--cpu-prof`); prepared, 3%.
 */
const leaseQuery = perDatabase((db) =>
  db
    .update(auditWebhooks)
    .set({ leaseUntil: sql`${p('until')}` })
    .where(
      and(
        eq(auditWebhooks.id, ID),
        lt(auditWebhooks.leaseUntil, p('now')),
        lte(auditWebhooks.nextAttemptAt, p('now')),
      ),
    )
    .returning()
    .prepare(),
);

/**
 * The audit webhook's settings and delivery state. Every update of delivery state names the `secret` it was
 * read with, so that a drain that was running when an admin replaced the webhook cannot move the new one's cursor.
 */
export function auditWebhookStore(db: Database) {
  return {
    async find(): Promise<AuditWebhookRow | null> {
      const rows = await db.select().from(auditWebhooks).where(eq(auditWebhooks.id, ID)).limit(1);
      return rows[0] ?? null;
    },

    /**
     * Sets (or replaces) the webhook, delivering only events recorded after this call: its cursor starts at the
     * newest event now in the log.
     */
    async set(fields: {
      url: string;
      secret: string;
      createdAt: number;
      createdBy: string;
    }): Promise<AuditWebhookRow> {
      const newest = await db.select({ id: max(auditEvents.id) }).from(auditEvents);
      const row: AuditWebhookRow = {
        id: ID,
        ...fields,
        lastEventId: newest[0]?.id ?? 0,
        attempts: 0,
        nextAttemptAt: 0,
        leaseUntil: 0,
        lastDeliveredAt: null,
        lastError: null,
      };
      await db.insert(auditWebhooks).values(row).onConflictDoUpdate({ target: auditWebhooks.id, set: row });
      return row;
    },

    /** Removes the webhook; true when there was one. */
    async remove(): Promise<boolean> {
      const removed = await db
        .delete(auditWebhooks)
        .where(eq(auditWebhooks.id, ID))
        .returning({ id: auditWebhooks.id });
      return removed.length > 0;
    },

    /**
     * Takes the delivery lease until `until` if no other drain holds it and an attempt is due at `now`, in one
     * statement, so that two drains at once (two Worker requests, the Node timer and a request) never both send.
     * Returns the row as leased, or null.
     */
    async lease(now: number, until: number): Promise<AuditWebhookRow | null> {
      const rows = await leaseQuery(db).all({ now, until });
      return rows[0] ?? null;
    },

    /** Gives the lease back. */
    async release(secret: string): Promise<void> {
      await db
        .update(auditWebhooks)
        .set({ leaseUntil: 0 })
        .where(and(eq(auditWebhooks.id, ID), eq(auditWebhooks.secret, secret)));
    },

    /** Records that the receiver accepted event `eventId`. */
    async delivered(secret: string, eventId: number, now: number): Promise<void> {
      await db
        .update(auditWebhooks)
        .set({ lastEventId: eventId, attempts: 0, nextAttemptAt: 0, lastDeliveredAt: now, lastError: null })
        .where(and(eq(auditWebhooks.id, ID), eq(auditWebhooks.secret, secret)));
    },

    /** Records a failed attempt and when the next one is due. */
    async failed(secret: string, attempts: number, nextAttemptAt: number, error: string): Promise<void> {
      await db
        .update(auditWebhooks)
        .set({ attempts, nextAttemptAt, lastError: error })
        .where(and(eq(auditWebhooks.id, ID), eq(auditWebhooks.secret, secret)));
    },

    /** How many events were recorded after `eventId`. */
    async pendingAfter(eventId: number): Promise<number> {
      const rows = await db.select({ n: count() }).from(auditEvents).where(gt(auditEvents.id, eventId));
      return rows[0]?.n ?? 0;
    },
  };
}
