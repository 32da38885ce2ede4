import { and, eq, lt } from 'drizzle-orm';
import type { Database } from './database.ts';
import { challenges } from './schema.ts';

/** A row of `challenges`. */
export type ChallengeRow = typeof challenges.$inferSelect;

/** Single-use WebAuthn challenges. */
export function challengeStore(db: Database) {
  return {
    async insert(challenge: ChallengeRow): Promise<void> {
      await db.insert(challenges).values(challenge);
    },

    /**
     * Takes a challenge that has not expired, deleting it in the same statement, so that it can be used once
     * whatever happens next. Null when it does not exist, was used, or expired.
     */
    async take(id: string, kind: ChallengeRow['kind'], now: number): Promise<ChallengeRow | null> {
      const rows = await db
        .delete(challenges)
        .where(and(eq(challenges.id, id), eq(challenges.kind, kind)))
        .returning();
      const row = rows[0];
      return row && row.expiresAt > now ? row : null;
    },

    async purge(now: number): Promise<void> {
      await db.delete(challenges).where(lt(challenges.expiresAt, now));
    },
  };
}
