import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from './database.ts';
import { apiTokens } from './schema.ts';

/** A row of `api_tokens`. */
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Personal API tokens; the secret part is stored only as a SHA-256. */
export function apiTokenStore(db: Database) {
  return {
    async insert(token: ApiTokenRow): Promise<void> {
      await db.insert(apiTokens).values(token);
    },

    /** A token that is neither revoked nor expired, or null. */
    async findUsable(id: string, now: number): Promise<ApiTokenRow | null> {
      const rows = await db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
        .limit(1);
      return rows[0] ?? null;
    },

    async touch(id: string, now: number): Promise<void> {
      await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
    },

    async listOf(userId: string): Promise<ApiTokenRow[]> {
      return db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.userId, userId))
        .orderBy(desc(apiTokens.createdAt));
    },

    /** Revokes one of the account's tokens; false when it has no such token. */
    async revoke(id: string, userId: string, now: number): Promise<boolean> {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },

    /** Revokes every token of an account (when it is disabled or compromised); returns how many it revoked. */
    async revokeAllOf(userId: string, now: number): Promise<number> {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length;
    },
  };
}
