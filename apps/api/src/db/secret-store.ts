import { and, desc, eq, gt, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { AuditRow } from './audit-store.ts';
import type { Database } from './database.ts';
import { auditEvents, type SecretRow, secretRecipients, secrets, secretViews } from './schema.ts';

/** Who may reveal a secret. */
export type AccessRule = 'link' | 'signed-in' | 'people';

/** A secret as inserted; `ciphertext` is the client's base64url envelope. */
export interface NewStoredSecret {
  id: string;
  ciphertext: string;
  size: number;
  claimHash: string;
  manageTokenHash: string;
  access: AccessRule;
  passphrase: boolean;
  maxViews: number;
  createdAt: number;
  expiresAt: number;
  creatorId: string | null;
  notifyOnOpen: boolean;
  recipients: string[];
}

/** What may be shown about a live secret without consuming it, and what the access check needs. */
export interface LiveSecret {
  expiresAt: number;
  viewsLeft: number;
  access: AccessRule;
  passphrase: boolean;
  sealed: boolean;
  size: number;
  creatorId: string | null;
  notifyOnOpen: boolean;
}

/** Who consumed a view. */
export interface Viewer {
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** The conditions under which a secret may still be served at `now`. */
function isLive(now: number) {
  return and(
    gt(secrets.expiresAt, now),
    gt(secrets.viewsLeft, 0),
    isNull(secrets.revokedAt),
    isNotNull(secrets.ciphertext),
  );
}

const liveColumns = {
  expiresAt: secrets.expiresAt,
  viewsLeft: secrets.viewsLeft,
  access: secrets.access,
  passphrase: secrets.passphrase,
  sealed: secrets.sealed,
  size: secrets.size,
  creatorId: secrets.creatorId,
  notifyOnOpen: secrets.notifyOnOpen,
};

/**
 * Secrets on SQLite (D1) through drizzle.
 *
 * A view is consumed by one `UPDATE … WHERE views_left > 0 … RETURNING`, which SQLite runs atomically, batched
 * (one transaction) with the statement that drops the ciphertext once no views are left.
 */
export function secretStore(db: Database) {
  return {
    /** Inserts a new secret with all its views left, its recipients and its audit event, in one transaction. */
    async insert(secret: NewStoredSecret, audit: Omit<AuditRow, 'id'>): Promise<void> {
      const { recipients, ...row } = secret;
      const insertSecret = db.insert(secrets).values({ ...row, viewsLeft: row.maxViews });
      const insertAudit = db.insert(auditEvents).values(audit);
      if (recipients.length === 0) {
        await db.batch([insertSecret, insertAudit]);
        return;
      }
      await db.batch([
        insertSecret,
        db.insert(secretRecipients).values(recipients.map((userId) => ({ secretId: secret.id, userId }))),
        insertAudit,
      ]);
    },

    /** A secret that is still servable at `now`, or null. */
    async findLive(id: string, now: number): Promise<LiveSecret | null> {
      const rows = await db
        .select(liveColumns)
        .from(secrets)
        .where(and(eq(secrets.id, id), isLive(now)))
        .limit(1);
      return rows[0] ?? null;
    },

    /** Whether `userId` is a named recipient of the secret. */
    async isRecipient(secretId: string, userId: string): Promise<boolean> {
      const rows = await db
        .select({ userId: secretRecipients.userId })
        .from(secretRecipients)
        .where(and(eq(secretRecipients.secretId, secretId), eq(secretRecipients.userId, userId)))
        .limit(1);
      return rows.length > 0;
    },

    /**
     * Consumes one view of a live secret whose claim hash matches (and whose access rule is `onlyAccess`, when
     * given), atomically, drops the ciphertext when that was the last view, and then records who viewed it and the
     * audit event (a second transaction). Null when nothing matched; nothing is consumed then.
     */
    async consumeView(
      id: string,
      claimHash: string,
      now: number,
      viewer: Viewer,
      audit: (viewsLeft: number) => Omit<AuditRow, 'id'>,
      onlyAccess?: AccessRule,
    ): Promise<{ ciphertext: string; viewsLeft: number; notifyOnOpen: boolean } | null> {
      const conditions = [eq(secrets.id, id), eq(secrets.claimHash, claimHash), isLive(now)];
      if (onlyAccess) conditions.push(eq(secrets.access, onlyAccess));
      const [consumed] = await db.batch([
        db
          .update(secrets)
          .set({ viewsLeft: sql`${secrets.viewsLeft} - 1`, lastViewedAt: now })
          .where(and(...conditions))
          .returning({
            ciphertext: secrets.ciphertext,
            viewsLeft: secrets.viewsLeft,
            notifyOnOpen: secrets.notifyOnOpen,
          }),
        db
          .update(secrets)
          .set({ ciphertext: null })
          .where(and(eq(secrets.id, id), eq(secrets.viewsLeft, 0))),
      ]);
      const row = consumed[0];
      if (!row || row.ciphertext === null) return null;
      await db.batch([
        db.insert(secretViews).values({ secretId: id, at: now, ...viewer }),
        db.insert(auditEvents).values(audit(row.viewsLeft)),
      ]);
      return { ciphertext: row.ciphertext, viewsLeft: row.viewsLeft, notifyOnOpen: row.notifyOnOpen };
    },

    /** The row of a secret that exists (live or not), or null for an unknown or purged id. */
    async find(id: string): Promise<SecretRow | null> {
      const rows = await db.select().from(secrets).where(eq(secrets.id, id)).limit(1);
      return rows[0] ?? null;
    },

    /** Deletes the ciphertext at once and marks the secret revoked. */
    async revoke(id: string, now: number): Promise<void> {
      await db
        .update(secrets)
        .set({ ciphertext: null, viewsLeft: 0, revokedAt: sql`coalesce(${secrets.revokedAt}, ${now})` })
        .where(eq(secrets.id, id));
    },

    /** Revokes every live secret created by `creatorId`; returns the ids revoked. */
    async revokeAllBy(creatorId: string, now: number): Promise<string[]> {
      const rows = await db
        .update(secrets)
        .set({ ciphertext: null, viewsLeft: 0, revokedAt: now })
        .where(
          and(eq(secrets.creatorId, creatorId), isNull(secrets.revokedAt), isNotNull(secrets.ciphertext)),
        )
        .returning({ id: secrets.id });
      return rows.map((row) => row.id);
    },

    /** The secrets `creatorId` created, newest first, with their views and recipients. */
    async listBy(creatorId: string, limit: number) {
      const rows = await db
        .select()
        .from(secrets)
        .where(eq(secrets.creatorId, creatorId))
        .orderBy(desc(secrets.createdAt))
        .limit(limit);
      const ids = rows.map((row) => row.id);
      if (ids.length === 0) return [];
      const [views, recipients] = await Promise.all([
        db.select().from(secretViews).where(inArray(secretViews.secretId, ids)).orderBy(secretViews.at),
        db.select().from(secretRecipients).where(inArray(secretRecipients.secretId, ids)),
      ]);
      return rows.map((row) => ({
        row,
        views: views.filter((view) => view.secretId === row.id),
        recipients: recipients.filter((recipient) => recipient.secretId === row.id).map((r) => r.userId),
      }));
    },

    /** Deletes every secret that expired before `now`, with its views and recipients; returns the ids. */
    async purgeExpired(now: number): Promise<string[]> {
      const deleted = await db
        .delete(secrets)
        .where(lte(secrets.expiresAt, now))
        .returning({ id: secrets.id });
      const ids = deleted.map((row) => row.id);
      if (ids.length > 0) {
        await db.batch([
          db.delete(secretViews).where(inArray(secretViews.secretId, ids)),
          db.delete(secretRecipients).where(inArray(secretRecipients.secretId, ids)),
        ]);
      }
      return ids;
    },
  };
}

/** The secret store's methods. */
export type SecretStore = ReturnType<typeof secretStore>;
