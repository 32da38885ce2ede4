import { and, asc, eq, inArray, isNotNull, isNull, lte, notInArray, or } from 'drizzle-orm';
import type { Database } from './database.ts';
import { downloadGrants, secrets, uploadParts } from './schema.ts';
import { deleteDependents } from './secret-store.ts';

/** A part received for an upload. */
export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
}

/** A secret whose blob (or upload in progress) the purge is to delete. */
export interface BlobToDelete {
  id: string;
  blobState: 'uploading' | 'ready';
  uploadId: string | null;
}

/**
 * The bookkeeping of uploaded secrets: their parts while `uploading`, the move to `ready`, and what the purge
 * finds to clean up. The blobs themselves are in the `BlobStore`; this module only says where they stand.
 */
export function uploadStore(db: Database) {
  return {
    /**
     * Pushes the idle deadline of an upload still in progress to `idleUntil`; false when the secret is not
     * `uploading` any more (completed, revoked, purged).
     */
    async touch(secretId: string, idleUntil: number): Promise<boolean> {
      const rows = await db
        .update(secrets)
        .set({ uploadIdleUntil: idleUntil })
        .where(and(eq(secrets.id, secretId), eq(secrets.blobState, 'uploading')))
        .returning({ id: secrets.id });
      return rows.length > 0;
    },

    /** Records a received part, replacing an earlier attempt at the same part number. */
    async recordPart(secretId: string, part: StoredPart): Promise<void> {
      await db
        .insert(uploadParts)
        .values({ secretId, ...part })
        .onConflictDoUpdate({
          target: [uploadParts.secretId, uploadParts.partNumber],
          set: { etag: part.etag, size: part.size },
        });
    },

    /** The parts received so far, by part number. */
    async parts(secretId: string): Promise<StoredPart[]> {
      return db
        .select({ partNumber: uploadParts.partNumber, etag: uploadParts.etag, size: uploadParts.size })
        .from(uploadParts)
        .where(eq(uploadParts.secretId, secretId))
        .orderBy(asc(uploadParts.partNumber));
    },

    /** Marks a completed upload `ready` (served from now on) and forgets its parts; false when it was not uploading. */
    async markReady(secretId: string): Promise<boolean> {
      const [updated] = await db.batch([
        db
          .update(secrets)
          .set({ blobState: 'ready', uploadId: null, uploadIdleUntil: null })
          .where(and(eq(secrets.id, secretId), eq(secrets.blobState, 'uploading')))
          .returning({ id: secrets.id }),
        db.delete(uploadParts).where(eq(uploadParts.secretId, secretId)),
      ]);
      return updated.length > 0;
    },

    /** Marks a secret's blob deleted (after the blob store deleted it or aborted its upload), with its parts and grants. */
    async markBlobDeleted(secretId: string): Promise<void> {
      await db.batch([
        db
          .update(secrets)
          .set({ blobState: 'deleted', uploadId: null, uploadIdleUntil: null, blobDeleteAfter: null })
          .where(eq(secrets.id, secretId)),
        db.delete(uploadParts).where(eq(uploadParts.secretId, secretId)),
        db.delete(downloadGrants).where(eq(downloadGrants.secretId, secretId)),
      ]);
    },

    /** Uploads that received no part before their idle deadline: abandoned, never served. */
    async idleUploads(now: number, limit: number): Promise<Array<{ id: string; uploadId: string | null }>> {
      return db
        .select({ id: secrets.id, uploadId: secrets.uploadId })
        .from(secrets)
        .where(and(eq(secrets.blobState, 'uploading'), lte(secrets.uploadIdleUntil, now)))
        .limit(limit);
    },

    /** Deletes the rows of abandoned uploads (whose uploads were aborted) and everything that belongs to them. */
    async deleteSecrets(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.batch([db.delete(secrets).where(inArray(secrets.id, ids)), ...deleteDependents(db, ids)]);
    },

    /**
     * Blobs that must go: an upload in progress of a secret expired or revoked; a complete blob of a revoked secret
     * at once, and of one expired or used up once the download grants issued for it have ended
     * (`blob_delete_after`, which a reveal moves to its grant's end).
     */
    async blobsToDelete(now: number, limit: number): Promise<BlobToDelete[]> {
      const expired = lte(secrets.expiresAt, now);
      const revoked = isNotNull(secrets.revokedAt);
      const grantsEnded = or(isNull(secrets.blobDeleteAfter), lte(secrets.blobDeleteAfter, now));
      const rows = await db
        .select({ id: secrets.id, blobState: secrets.blobState, uploadId: secrets.uploadId })
        .from(secrets)
        .where(
          or(
            and(eq(secrets.blobState, 'uploading'), or(expired, revoked)),
            and(
              eq(secrets.blobState, 'ready'),
              or(revoked, and(or(expired, eq(secrets.viewsLeft, 0)), grantsEnded)),
            ),
          ),
        )
        .limit(limit);
      return rows.flatMap((row) =>
        row.blobState === 'uploading' || row.blobState === 'ready'
          ? [{ id: row.id, blobState: row.blobState, uploadId: row.uploadId }]
          : [],
      );
    },

    /** Deletes parts whose secret is no longer uploading (a part that arrived while its upload was revoked). */
    async deleteStrayParts(): Promise<void> {
      await db
        .delete(uploadParts)
        .where(
          notInArray(
            uploadParts.secretId,
            db.select({ id: secrets.id }).from(secrets).where(eq(secrets.blobState, 'uploading')),
          ),
        );
    },
  };
}
