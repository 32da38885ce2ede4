import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from './database.ts';
import { apiTokens, cliSigningKeys } from './schema.ts';

/** A row of `cli_signing_keys`. */
export type CliSigningKeyRow = typeof cliSigningKeys.$inferSelect;

/** A command-line signing key whose token is still usable, with that token's name. */
export interface LiveCliSigningKey {
  id: string;
  publicKey: string;
  tokenId: string;
  tokenName: string;
  createdAt: number;
}

/**
 * The signing keys `hushlink login` registered (`cli_signing_keys`). A key is live only while the API token that
 * registered it is neither revoked nor expired: every read joins the token, so revoking a token retires its key
 * without a second write that could be missed.
 */
export function cliSigningKeyStore(db: Database) {
  return {
    /**
     * Stores a key for a token that has none. Returns false when the token already registered one (`token_id` is
     * unique; the insert does nothing then), so two concurrent logins with one token cannot both register.
     */
    async insert(row: CliSigningKeyRow): Promise<boolean> {
      const rows = await db
        .insert(cliSigningKeys)
        .values(row)
        .onConflictDoNothing({ target: cliSigningKeys.tokenId })
        .returning({ id: cliSigningKeys.id });
      return rows.length > 0;
    },

    /** The live keys of account `userId`, oldest first. */
    async liveKeysOf(userId: string, now: number): Promise<LiveCliSigningKey[]> {
      return db
        .select({
          id: cliSigningKeys.id,
          publicKey: cliSigningKeys.publicKey,
          tokenId: cliSigningKeys.tokenId,
          tokenName: apiTokens.name,
          createdAt: cliSigningKeys.createdAt,
        })
        .from(cliSigningKeys)
        .innerJoin(apiTokens, eq(apiTokens.id, cliSigningKeys.tokenId))
        .where(
          and(
            eq(cliSigningKeys.userId, userId),
            eq(apiTokens.userId, userId),
            isNull(apiTokens.revokedAt),
            gt(apiTokens.expiresAt, now),
          ),
        )
        .orderBy(asc(cliSigningKeys.createdAt), asc(cliSigningKeys.id));
    },

    /** Deletes key `id` of account `userId`; returns its token's id, or null when the account has no such key. */
    async delete(id: string, userId: string): Promise<string | null> {
      const rows = await db
        .delete(cliSigningKeys)
        .where(and(eq(cliSigningKeys.id, id), eq(cliSigningKeys.userId, userId)))
        .returning({ tokenId: cliSigningKeys.tokenId });
      return rows[0]?.tokenId ?? null;
    },
  };
}
