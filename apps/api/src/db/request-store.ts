import { and, desc, eq, getTableColumns, gt, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AuditRow } from './audit-store.ts';
import type { Database } from './database.ts';
import { auditEvents, secretRecipients, secretRequests, secrets, users } from './schema.ts';

/** A row of `secret_requests`. */
export type RequestRow = typeof secretRequests.$inferSelect;

/** The sealed secret an answer becomes; the rest of its row is fixed by `answer` or copied from the request. */
export interface AnswerSecret {
  id: string;
  ciphertext: string;
  size: number;
  manageTokenHash: string;
  /** The secret lives until the request would have expired, but never less than until this time (ms). */
  minExpiresAt: number;
  /** The signed-in account that answered (the answer's sender), or null when answered signed out. */
  answererId: string | null;
}

/** The conditions under which a request may still be answered at `now`: open, and its requester active. */
function isOpen(now: number) {
  return and(
    isNull(secretRequests.answeredAt),
    isNull(secretRequests.revokedAt),
    gt(secretRequests.expiresAt, now),
    inArray(
      secretRequests.requesterId,
      sql`(SELECT ${users.id} FROM ${users} WHERE ${users.state} = 'active')`,
    ),
  );
}

/**
 * The select list of an `INSERT … SELECT` into `table`: one expression per column, in the order in which drizzle
 * lists the table's columns in the insert. Every column must be named (the type says so), so a column added to the
 * schema cannot be silently misplaced.
 */
function rowOf<Table extends SQLiteTable>(
  table: Table,
  values: Record<keyof Table['$inferSelect'], SQL>,
): SQL {
  const keys = Object.keys(getTableColumns(table)) as Array<keyof Table['$inferSelect']>;
  return sql.join(
    keys.map((key) => values[key]),
    sql`, `,
  );
}

/**
 * Requests for a secret on SQLite (D1) through drizzle.
 *
 * An answer is one batch (one transaction): an `UPDATE … WHERE` still open `… RETURNING` claims the request for a
 * new secret id, and the inserts of that secret, its recipient and the audit event select from the request row
 * carrying that id, so they insert nothing unless this very batch claimed it. Two concurrent answers: one claims
 * the request, the other's batch changes nothing.
 */
export function requestStore(db: Database) {
  return {
    /** Inserts a new request with its audit event, in one transaction. */
    async insert(row: RequestRow, audit: Omit<AuditRow, 'id'>): Promise<void> {
      await db.batch([db.insert(secretRequests).values(row), db.insert(auditEvents).values(audit)]);
    },

    async find(id: string): Promise<RequestRow | null> {
      const rows = await db.select().from(secretRequests).where(eq(secretRequests.id, id)).limit(1);
      return rows[0] ?? null;
    },

    /** A request that may still be answered at `now`, or null. */
    async findOpen(id: string, now: number): Promise<RequestRow | null> {
      const rows = await db
        .select()
        .from(secretRequests)
        .where(and(eq(secretRequests.id, id), isOpen(now)))
        .limit(1);
      return rows[0] ?? null;
    },

    /** The requests of `requesterId`, newest first. */
    async listBy(requesterId: string, limit: number): Promise<RequestRow[]> {
      return db
        .select()
        .from(secretRequests)
        .where(eq(secretRequests.requesterId, requesterId))
        .orderBy(desc(secretRequests.createdAt), desc(secretRequests.id))
        .limit(limit);
    },

    /**
     * Answers an open request atomically with a sealed `people` secret for its requester alone: one view, no claim,
     * created by the requester (so it is in their dashboard), expiring with the request (at least at
     * `secret.minExpiresAt`). The audit row is inserted in the same transaction. Null when the request is not open
     * (answered, revoked, expired, unknown, or its requester disabled); nothing is written then.
     */
    async answer(
      requestId: string,
      secret: AnswerSecret,
      now: number,
      audit: Omit<AuditRow, 'id'>,
    ): Promise<{ requesterId: string; expiresAt: number } | null> {
      const claimed = sql`${secretRequests} WHERE ${secretRequests.id} = ${requestId} AND ${secretRequests.secretId} = ${secret.id}`;
      const [answered] = await db.batch([
        db
          .update(secretRequests)
          .set({ answeredAt: now, secretId: secret.id })
          .where(and(eq(secretRequests.id, requestId), isOpen(now)))
          .returning({ requesterId: secretRequests.requesterId, expiresAt: secretRequests.expiresAt }),
        db.insert(secrets).select(
          sql`SELECT ${rowOf(secrets, {
            id: sql`${secret.id}`,
            ciphertext: sql`${secret.ciphertext}`,
            size: sql`${secret.size}`,
            claimHash: sql`NULL`,
            manageTokenHash: sql`${secret.manageTokenHash}`,
            access: sql`'people'`,
            passphrase: sql`0`,
            sealed: sql`1`,
            maxViews: sql`1`,
            viewsLeft: sql`1`,
            createdAt: sql`${now}`,
            expiresAt: sql`max(${secretRequests.expiresAt}, ${secret.minExpiresAt})`,
            lastViewedAt: sql`NULL`,
            revokedAt: sql`NULL`,
            creatorId: sql`${secretRequests.requesterId}`,
            notifyOnOpen: sql`0`,
            storage: sql`'inline'`,
            blobState: sql`NULL`,
            uploadId: sql`NULL`,
            uploadIdleUntil: sql`NULL`,
            blobDeleteAfter: sql`NULL`,
            requestId: sql`${secretRequests.id}`,
            answererId: sql`${secret.answererId}`,
            allowedRanges: sql`NULL`,
            allowedNetworks: sql`NULL`,
          })} FROM ${claimed}`,
        ),
        db.insert(secretRecipients).select(
          sql`SELECT ${rowOf(secretRecipients, {
            secretId: sql`${secret.id}`,
            userId: sql`${secretRequests.requesterId}`,
          })} FROM ${claimed}`,
        ),
        db.insert(auditEvents).select(
          sql`SELECT ${rowOf(auditEvents, {
            id: sql`NULL`,
            at: sql`${audit.at}`,
            event: sql`${audit.event}`,
            actorId: sql`${audit.actorId}`,
            ip: sql`${audit.ip}`,
            userAgent: sql`${audit.userAgent}`,
            targetType: sql`${audit.targetType}`,
            targetId: sql`${audit.targetId}`,
            detail: sql`${audit.detail}`,
          })} FROM ${claimed}`,
        ),
      ]);
      const row = answered[0];
      if (!row) return null;
      return { requesterId: row.requesterId, expiresAt: Math.max(row.expiresAt, secret.minExpiresAt) };
    },

    /** Revokes an open request of `requesterId`; false when it is not theirs or no longer open. */
    async revoke(id: string, requesterId: string, now: number): Promise<boolean> {
      const rows = await db
        .update(secretRequests)
        .set({ revokedAt: now })
        .where(
          and(
            eq(secretRequests.id, id),
            eq(secretRequests.requesterId, requesterId),
            isNull(secretRequests.answeredAt),
            isNull(secretRequests.revokedAt),
          ),
        )
        .returning({ id: secretRequests.id });
      return rows.length > 0;
    },

    /** Deletes every request that expired before `before`; returns how many. */
    async purgeExpiredBefore(before: number): Promise<number> {
      const rows = await db
        .delete(secretRequests)
        .where(lt(secretRequests.expiresAt, before))
        .returning({ id: secretRequests.id });
      return rows.length;
    },
  };
}

/** The request store's methods. */
export type RequestStore = ReturnType<typeof requestStore>;
