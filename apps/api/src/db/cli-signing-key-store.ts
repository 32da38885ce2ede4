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
    /** The key token `tokenId` registered, if any (live or not). */
    async findByToken(tokenId: string): Promise<CliSigningKeyRow | null> {
      const rows = await db.select().from(cliSigningKeys).where(eq(cliSigningKeys.tokenId, tokenId)).limit(1);
      return rows[0] ?? null;
    },

    /**
     * Stores the key of a token, replacing the one it registered before: `token_id` is unique, so however many
     * logins with one token run at once, the token has exactly one key afterwards.
     */
    async upsert(row: CliSigningKeyRow): Promise<void> {
      await db
        .insert(cliSigningKeys)
        .values(row)
        .onConflictDoUpdate({
          target: cliSigningKeys.tokenId,
          set: {
            id: row.id,
            publicKey: row.publicKey,
            createdAt: row.createdAt,
            createdIp: row.createdIp,
            createdUserAgent: row.createdUserAgent,
          },
        });
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
