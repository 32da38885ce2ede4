import { and, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import type {
  ConsumedView,
  LiveSecretMetadata,
  SecretStore,
  StoredSecret,
} from '../services/secret-store.ts';
import { secrets } from './schema.ts';

/** The conditions under which a secret may still be served at `now`. */
function isLive(now: number) {
  return and(
    gt(secrets.expiresAt, now),
    gt(secrets.viewsLeft, 0),
    isNull(secrets.revokedAt),
    isNotNull(secrets.ciphertext),
  );
}

/**
 * A `SecretStore` on Cloudflare D1 through drizzle.
 *
 * A view is consumed by one `UPDATE … WHERE views_left > 0 … RETURNING`, which SQLite runs atomically, batched
 * (one D1 transaction) with the statement that drops the ciphertext once no views are left.
 */
export function createD1SecretStore(database: D1Database): SecretStore {
  const db: DrizzleD1Database = drizzle(database);

  return {
    async insert(secret: StoredSecret): Promise<void> {
      await db.insert(secrets).values({ ...secret, viewsLeft: secret.maxViews });
    },

    async findLive(id: string, now: number): Promise<LiveSecretMetadata | null> {
      const rows = await db
        .select({
          expiresAt: secrets.expiresAt,
          viewsLeft: secrets.viewsLeft,
          access: secrets.access,
          passphrase: secrets.passphrase,
          sealed: secrets.sealed,
          size: secrets.size,
        })
        .from(secrets)
        .where(and(eq(secrets.id, id), isLive(now)))
        .limit(1);
      return rows[0] ?? null;
    },

    async consumeView(id: string, claimHash: string, now: number): Promise<ConsumedView | null> {
      const [consumed] = await db.batch([
        db
          .update(secrets)
          .set({ viewsLeft: sql`${secrets.viewsLeft} - 1`, lastViewedAt: now })
          .where(and(eq(secrets.id, id), eq(secrets.claimHash, claimHash), isLive(now)))
          .returning({ ciphertext: secrets.ciphertext, viewsLeft: secrets.viewsLeft }),
        db
          .update(secrets)
          .set({ ciphertext: null })
          .where(and(eq(secrets.id, id), eq(secrets.viewsLeft, 0))),
      ]);
      const row = consumed[0];
      if (!row || row.ciphertext === null) return null;
      return { ciphertext: row.ciphertext, viewsLeft: row.viewsLeft };
    },

    async findManageTokenHash(id: string): Promise<string | null> {
      const rows = await db
        .select({ manageTokenHash: secrets.manageTokenHash })
        .from(secrets)
        .where(eq(secrets.id, id))
        .limit(1);
      return rows[0]?.manageTokenHash ?? null;
    },

    async revoke(id: string, now: number): Promise<void> {
      await db
        .update(secrets)
        .set({ ciphertext: null, viewsLeft: 0, revokedAt: sql`coalesce(${secrets.revokedAt}, ${now})` })
        .where(eq(secrets.id, id));
    },

    async purgeExpired(now: number): Promise<number> {
      const deleted = await db
        .delete(secrets)
        .where(lte(secrets.expiresAt, now))
        .returning({ id: secrets.id });
      return deleted.length;
    },
  };
}
