import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Database } from './database.ts';
import { downloadGrants, secrets } from './schema.ts';

/**
 * Download grants of uploaded secrets. A reveal inserts them (with the view it consumes, in `secretStore`); this
 * module finds a valid one and purges the expired.
 */
export function downloadGrantStore(db: Database) {
  return {
    /**
     * The blob size of secret `secretId` if `tokenHash` is one of its grants, unexpired at `now`, and the secret is
     * neither revoked nor deleted; else null. Tokens are 256-bit random and looked up by their SHA-256, so the
     * comparison's timing tells nothing useful.
     */
    async findValid(secretId: string, tokenHash: string, now: number): Promise<{ size: number } | null> {
      const rows = await db
        .select({ size: secrets.size })
        .from(downloadGrants)
        .innerJoin(secrets, eq(secrets.id, downloadGrants.secretId))
        .where(
          and(
            eq(downloadGrants.secretId, secretId),
            eq(downloadGrants.tokenHash, tokenHash),
            gt(downloadGrants.expiresAt, now),
            eq(secrets.blobState, 'ready'),
            isNull(secrets.revokedAt),
          ),
        )
        .limit(1);
      return rows[0] ?? null;
    },

    /** Deletes grants that ended before `now`. */
    async purgeExpired(now: number): Promise<void> {
      await db.delete(downloadGrants).where(lte(downloadGrants.expiresAt, now));
    },
  };
}
