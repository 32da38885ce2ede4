import {
  and,
  desc,
  eq,
  getTableColumns,
  gt,
  inArray,
  is,
  isNotNull,
  isNull,
  lte,
  or,
  type Placeholder,
  SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AuditRow } from './audit-store.ts';
import type { Database } from './database.ts';
import { batchTemplate, perDatabase } from './reusable-queries.ts';
import {
  auditEvents,
  downloadGrants,
  type SecretRow,
  secretRecipients,
  secrets,
  secretViews,
  uploadParts,
} from './schema.ts';

/** Who may reveal a secret. */
export type AccessRule = 'link' | 'signed-in' | 'people';

/**
 * A secret as inserted: `ciphertext` is the client's base64url envelope, or null with `upload` for one that
 * arrives as a blob. `claimHash` is null exactly for a sealed secret.
 */
export interface NewStoredSecret {
  id: string;
  ciphertext: string | null;
  /** For an upload: the blob store's multipart upload id, and when the purge aborts it if no part arrives. */
  upload: { uploadId: string; idleUntil: number } | null;
  size: number;
  claimHash: string | null;
  manageTokenHash: string;
  access: AccessRule;
  passphrase: boolean;
  sealed: boolean;
  maxViews: number;
  createdAt: number;
  expiresAt: number;
  creatorId: string | null;
  notifyOnOpen: boolean;
  recipients: string[];
  /** The networks it may be opened from, canonical; null for any network. */
  allowedRanges: string[] | null;
  /** The names of the named networks whose ranges are among those, for the creator's list; null for none. */
  allowedNetworks: string[] | null;
}

/** What may be shown about a live secret without consuming it, and what the access check needs. */
export interface LiveSecret {
  expiresAt: number;
  viewsLeft: number;
  access: AccessRule;
  passphrase: boolean;
  sealed: boolean;
  size: number;
  storage: 'inline' | 'upload';
  creatorId: string | null;
  notifyOnOpen: boolean;
  requestId: string | null;
  answererId: string | null;
  /** When it was created (ms): whether its sender signed by then decides if it must be signed. */
  createdAt: number;
  /** The networks it may be opened from: the JSON array as stored; null for any network. */
  allowedRanges: string | null;
}

/** A download grant as inserted by a reveal of an uploaded secret; only the token's SHA-256 is stored. */
export interface NewDownloadGrant {
  id: string;
  tokenHash: string;
  expiresAt: number;
}

/** What a consumed view yields: the inline envelope, or (for an upload) null and the grant that was stored. */
export interface ConsumedView {
  ciphertext: string | null;
  storage: 'inline' | 'upload';
  size: number;
  viewsLeft: number;
  notifyOnOpen: boolean;
}

/** What revoking a secret leaves to clean up in the blob store. */
export interface RevokedSecret {
  id: string;
  blobState: SecretRow['blobState'];
  uploadId: string | null;
}

/** Who consumed a view. */
export interface Viewer {
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * The conditions under which a secret may still be served at `now`: an inline one while it has its ciphertext,
 * an uploaded one once its upload is complete (`ready`), never while it is still `uploading`.
 */
function isLive(now: number | SQLWrapper) {
  return and(
    gt(secrets.expiresAt, now),
    gt(secrets.viewsLeft, 0),
    isNull(secrets.revokedAt),
    or(isNotNull(secrets.ciphertext), eq(secrets.blobState, 'ready')),
  );
}

/** A secret that still holds something to revoke: an inline envelope, or a blob being uploaded or kept. */
const holdsEnvelope = or(isNotNull(secrets.ciphertext), inArray(secrets.blobState, ['uploading', 'ready']));

const revokedColumns = { id: secrets.id, blobState: secrets.blobState, uploadId: secrets.uploadId };

/** The statements that delete what belongs to the secrets `ids`, for a batch beside deleting their rows. */
export function deleteDependents(db: Database, ids: string[]) {
  return [
    db.delete(secretViews).where(inArray(secretViews.secretId, ids)),
    db.delete(secretRecipients).where(inArray(secretRecipients.secretId, ids)),
    db.delete(uploadParts).where(inArray(uploadParts.secretId, ids)),
    db.delete(downloadGrants).where(inArray(downloadGrants.secretId, ids)),
  ] as const;
}

const liveColumns = {
  expiresAt: secrets.expiresAt,
  viewsLeft: secrets.viewsLeft,
  access: secrets.access,
  passphrase: secrets.passphrase,
  sealed: secrets.sealed,
  size: secrets.size,
  storage: secrets.storage,
  creatorId: secrets.creatorId,
  notifyOnOpen: secrets.notifyOnOpen,
  requestId: secrets.requestId,
  answererId: secrets.answererId,
  createdAt: secrets.createdAt,
  allowedRanges: secrets.allowedRanges,
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
      const { recipients, upload, allowedRanges, allowedNetworks, ...row } = secret;
      const { insertSecret, insertAudit } = creationQueries(db);
      const secretItem = insertSecret.bind({
        ...row,
        allowedRanges: allowedRanges ? JSON.stringify(allowedRanges) : null,
        allowedNetworks: allowedNetworks ? JSON.stringify(allowedNetworks) : null,
        storage: upload ? 'upload' : 'inline',
        blobState: upload ? 'uploading' : null,
        uploadId: upload?.uploadId ?? null,
        uploadIdleUntil: upload?.idleUntil ?? null,
      });
      const auditItem = insertAudit.bind(audit);
      if (recipients.length === 0) {
        await db.batch([secretItem, auditItem]);
        return;
      }
      await db.batch([
        secretItem,
        db.insert(secretRecipients).values(recipients.map((userId) => ({ secretId: secret.id, userId }))),
        auditItem,
      ]);
    },

    /** A secret that is still servable at `now`, or null. */
    async findLive(id: string, now: number): Promise<LiveSecret | null> {
      const rows = await findLiveQuery(db).all({ id, now });
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
     * Consumes one view of a live secret whose claim hash matches — or, for `claimHash` null, of a live sealed
     * secret (which has none) — and, when `onlyAccess` is given, whose access rule it is and which is not limited to networks, and records it, in one batch (one
     * transaction, one round trip): the consuming update; who viewed it, the audit event (`audit`, with
     * `{"viewsLeft":N}` as its detail) and, for an upload, the download `grant`, each inserted only when the
     * statement before it changed a row (SQLite's `changes()`), so only when the view was consumed; then the
     * statement that drops an inline ciphertext once no views are left. For an upload the consuming statement
     * moves `blob_delete_after` to `grant.expiresAt`: the blob outlives its last view, and its expiry, until the
     * grants issued for it have ended. Null when nothing matched; nothing is consumed or recorded then.
     */
    async consumeView(
      id: string,
      claimHash: string | null,
      now: number,
      viewer: Viewer,
      audit: Omit<AuditRow, 'id' | 'detail'>,
      options: { onlyAccess?: AccessRule; grant?: NewDownloadGrant } = {},
    ): Promise<ConsumedView | null> {
      const queries = consumeQueries(db);
      const { grant } = options;
      const consume = queries.consume.bind({
        id,
        claimHash,
        now,
        onlyAccess: options.onlyAccess ?? null,
        keepBlobUntil: grant?.expiresAt ?? now,
      });
      const record = [
        queries.recordView.bind({ id, now, ...viewer }),
        queries.recordAudit.bind({ id, ...audit }),
      ] as const;
      const dropSpent = queries.dropSpent.bind({ id });
      const [consumed] = grant
        ? await db.batch([
            consume,
            ...record,
            queries.recordGrant.bind({
              id,
              grantId: grant.id,
              grantTokenHash: grant.tokenHash,
              grantExpiresAt: grant.expiresAt,
            }),
            dropSpent,
          ])
        : await db.batch([consume, ...record, dropSpent]);
      return consumed[0] ?? null;
    },

    /**
     * The envelope of a live sealed secret stored inline, read without consuming a view: for its sender's own
     * opening (see `openAsSender`). Null when it is gone, not sealed, or stored as an upload.
     */
    async peekSealedInline(
      id: string,
      now: number,
    ): Promise<{ ciphertext: string; viewsLeft: number } | null> {
      const rows = await db
        .select({ ciphertext: secrets.ciphertext, viewsLeft: secrets.viewsLeft })
        .from(secrets)
        .where(and(eq(secrets.id, id), isLive(now), eq(secrets.sealed, true), eq(secrets.storage, 'inline')))
        .limit(1);
      const row = rows[0];
      return row?.ciphertext ? { ciphertext: row.ciphertext, viewsLeft: row.viewsLeft } : null;
    },

    /** The row of a secret that exists (live or not), or null for an unknown or purged id. */
    async find(id: string): Promise<SecretRow | null> {
      const rows = await db.select().from(secrets).where(eq(secrets.id, id)).limit(1);
      return rows[0] ?? null;
    },

    /**
     * Deletes the ciphertext at once and marks the secret revoked, so nothing of it is served from now on (its
     * download grants included); returns what is left to delete from the blob store.
     */
    async revoke(id: string, now: number): Promise<RevokedSecret | null> {
      const rows = await db
        .update(secrets)
        .set({ ciphertext: null, viewsLeft: 0, revokedAt: sql`coalesce(${secrets.revokedAt}, ${now})` })
        .where(eq(secrets.id, id))
        .returning(revokedColumns);
      return rows[0] ?? null;
    },

    /**
     * Revokes every secret created by `creatorId` that still holds an envelope (inline, uploading, or a blob kept
     * for its download grants); returns them, with what is left to delete from the blob store.
     */
    async revokeAllBy(creatorId: string, now: number): Promise<RevokedSecret[]> {
      return db
        .update(secrets)
        .set({ ciphertext: null, viewsLeft: 0, revokedAt: now })
        .where(and(eq(secrets.creatorId, creatorId), isNull(secrets.revokedAt), holdsEnvelope))
        .returning(revokedColumns);
    },

    /** The secrets of `ids` that still exist, each with its views (oldest first). */
    async findWithViews(ids: readonly string[]) {
      const found = [];
      // D1 binds at most 100 parameters per statement.
      for (let start = 0; start < ids.length; start += 50) {
        const some = ids.slice(start, start + 50);
        const [rows, views] = await Promise.all([
          db.select().from(secrets).where(inArray(secrets.id, some)),
          db.select().from(secretViews).where(inArray(secretViews.secretId, some)).orderBy(secretViews.at),
        ]);
        for (const row of rows) found.push({ row, views: views.filter((view) => view.secretId === row.id) });
      }
      return found;
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

    /**
     * Deletes every secret that expired before `now`, with its views, recipients, upload parts and download
     * grants; returns the ids. A secret whose blob is not deleted yet stays until the blob purge has deleted it,
     * so no blob is ever left without its row.
     */
    async purgeExpired(now: number): Promise<string[]> {
      const deleted = await db
        .delete(secrets)
        .where(
          and(lte(secrets.expiresAt, now), or(isNull(secrets.blobState), eq(secrets.blobState, 'deleted'))),
        )
        .returning({ id: secrets.id });
      const ids = deleted.map((row) => row.id);
      // D1 binds at most 100 parameters per statement.
      for (let start = 0; start < ids.length; start += 50) {
        await db.batch(deleteDependents(db, ids.slice(start, start + 50)));
      }
      return ids;
    },
  };
}

/** The secret store's methods. */
export type SecretStore = ReturnType<typeof secretStore>;

const p = sql.placeholder;

/** An audit row's columns but its detail, as placeholders of the same names (`AuditRow`'s keys). */
const auditPlaceholders = {
  at: p('at'),
  event: p('event'),
  actorId: p('actorId'),
  ip: p('ip'),
  userAgent: p('userAgent'),
  targetType: p('targetType'),
  targetId: p('targetId'),
};

/** `findLive`, prepared once per database. */
const findLiveQuery = perDatabase((db) =>
  db
    .select(liveColumns)
    .from(secrets)
    .where(and(eq(secrets.id, p('id')), isLive(p('now'))))
    .limit(1)
    .prepare(),
);

/** The statements of `insert`, built once per database: the secret's row and its audit event. */
const creationQueries = perDatabase((db) => ({
  insertSecret: batchTemplate(
    db.insert(secrets).values({
      id: p('id'),
      ciphertext: p('ciphertext'),
      size: p('size'),
      claimHash: p('claimHash'),
      manageTokenHash: p('manageTokenHash'),
      access: p('access'),
      passphrase: p('passphrase'),
      sealed: p('sealed'),
      maxViews: p('maxViews'),
      viewsLeft: p('maxViews'),
      createdAt: p('createdAt'),
      expiresAt: p('expiresAt'),
      creatorId: p('creatorId'),
      notifyOnOpen: p('notifyOnOpen'),
      storage: p('storage'),
      blobState: p('blobState'),
      uploadId: p('uploadId'),
      uploadIdleUntil: p('uploadIdleUntil'),
      allowedRanges: p('allowedRanges'),
      allowedNetworks: p('allowedNetworks'),
    }),
  ),
  insertAudit: batchTemplate(db.insert(auditEvents).values({ ...auditPlaceholders, detail: p('detail') })),
}));

/**
 * The statements of `consumeView`, built once per database. One consuming statement serves every case: a null
 * `claimHash` matches only a sealed secret (which has none), and a null `onlyAccess` any access rule.
 */
const consumeQueries = perDatabase((db) => ({
  consume: batchTemplate(
    db
      .update(secrets)
      .set({
        viewsLeft: sql`${secrets.viewsLeft} - 1`,
        lastViewedAt: sql`${p('now')}`,
        blobDeleteAfter: sql`CASE WHEN ${secrets.storage} = 'upload' THEN max(coalesce(${secrets.blobDeleteAfter}, 0), ${p('keepBlobUntil')}) END`,
      })
      .where(
        and(
          eq(secrets.id, p('id')),
          sql`(${secrets.claimHash} = ${p('claimHash')} or (${p('claimHash')} is null and ${secrets.claimHash} is null and ${secrets.sealed} = 1))`,
          isLive(p('now')),
          // The fast path (`onlyAccess`) takes no secret limited to networks: its caller checks the address first.
          sql`(${p('onlyAccess')} is null or (${secrets.access} = ${p('onlyAccess')} and ${secrets.allowedRanges} is null))`,
        ),
      )
      .returning({
        ciphertext: secrets.ciphertext,
        storage: secrets.storage,
        size: secrets.size,
        viewsLeft: secrets.viewsLeft,
        notifyOnOpen: secrets.notifyOnOpen,
      }),
  ),
  recordView: batchTemplate(
    insertIfChanged(db, p('id'), secretViews, {
      secretId: p('id'),
      at: p('now'),
      userId: p('userId'),
      ip: p('ip'),
      userAgent: p('userAgent'),
    }),
  ),
  // Its detail, `{"viewsLeft":N}`, is read from the row the consuming statement just changed.
  recordAudit: batchTemplate(
    insertIfChanged(db, p('id'), auditEvents, {
      ...auditPlaceholders,
      detail: sql`json_object('viewsLeft', ${secrets.viewsLeft})`,
    }),
  ),
  recordGrant: batchTemplate(
    insertIfChanged(
      db,
      p('id'),
      downloadGrants,
      { id: p('grantId'), secretId: p('id'), tokenHash: p('grantTokenHash'), expiresAt: p('grantExpiresAt') },
      eq(secrets.storage, 'upload'),
    ),
  ),
  dropSpent: batchTemplate(
    db
      .update(secrets)
      .set({ ciphertext: null })
      .where(and(eq(secrets.id, p('id')), eq(secrets.viewsLeft, 0))),
  ),
}));

/** A value to insert per column key of `table`: SQL (which may read the secret's columns) or a plain value. */
type InsertedValues<T extends SQLiteTable> = {
  [K in keyof T['_']['columns']]?: SQL | Placeholder | string | number | null;
};

/**
 * `INSERT INTO table SELECT values FROM secrets WHERE id = secretId AND changes() = 1 [AND also]`: a row inserted
 * only when the statement just before it in the same batch changed exactly one row. SQLite counts a statement's
 * changes when it finishes, so `changes()` inside this one still reads the previous statement's count. Values may
 * read the secret's columns (`secrets.viewsLeft` after the consuming update); columns left out get NULL (an
 * integer primary key then takes the next id). A query builder, not raw SQL: drizzle's D1 batch prepares only
 * those.
 */
function insertIfChanged<T extends SQLiteTable>(
  db: Database,
  secretId: string | Placeholder,
  table: T,
  values: InsertedValues<T>,
  also?: SQL,
) {
  const given = values as Record<string, SQL | Placeholder | string | number | null | undefined>;
  // In the order of the table's columns, which is the column list drizzle writes for an insert from a select.
  const selected = sql.join(
    Object.keys(getTableColumns(table)).map((key) => {
      const value = given[key];
      if (value === undefined || value === null) return sql`null`;
      return is(value, SQL) ? value : sql`${value}`;
    }),
    sql.raw(', '),
  );
  const where = and(eq(secrets.id, secretId), sql`changes() = 1`, also);
  return db.insert(table).select(sql`select ${selected} from ${secrets} where ${where}`);
}
