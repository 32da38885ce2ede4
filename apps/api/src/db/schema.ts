import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per secret. The server holds only the client's envelope (base64url text, never decrypted here),
 * the SHA-256 of the link's claim and of the manage token, and the rules for serving it.
 * Once a secret is used up or revoked its ciphertext is set to NULL at once; the row stays until it expires
 * so that its creator can see what happened to it, and the purge deletes it after that.
 */
export const secrets = sqliteTable(
  'secrets',
  {
    id: text('id').primaryKey(),
    /** Unpadded base64url envelope; NULL once used up or revoked. */
    ciphertext: text('ciphertext'),
    /** Ciphertext size in bytes. */
    size: integer('size').notNull(),
    /** base64url SHA-256 of the claim derived from the link key. */
    claimHash: text('claim_hash').notNull(),
    /** base64url SHA-256 of the manage token. */
    manageTokenHash: text('manage_token_hash').notNull(),
    access: text('access', { enum: ['link'] })
      .notNull()
      .default('link'),
    passphrase: integer('passphrase', { mode: 'boolean' }).notNull().default(false),
    sealed: integer('sealed', { mode: 'boolean' }).notNull().default(false),
    maxViews: integer('max_views').notNull(),
    viewsLeft: integer('views_left').notNull(),
    /** Times in milliseconds since the Unix epoch. */
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    lastViewedAt: integer('last_viewed_at'),
    revokedAt: integer('revoked_at'),
  },
  (table) => [index('secrets_expires_at_idx').on(table.expiresAt)],
);

/** A row of `secrets` as read. */
export type SecretRow = typeof secrets.$inferSelect;

/** A row of `secrets` as inserted. */
export type NewSecretRow = typeof secrets.$inferInsert;
