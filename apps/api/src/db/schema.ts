import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Times are integers: milliseconds since the Unix epoch, from the app's clock port. */

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
    /** `link`: anyone with the link; `signed-in`: any account; `people`: the accounts in `secret_recipients`. */
    access: text('access', { enum: ['link', 'signed-in', 'people'] })
      .notNull()
      .default('link'),
    passphrase: integer('passphrase', { mode: 'boolean' }).notNull().default(false),
    sealed: integer('sealed', { mode: 'boolean' }).notNull().default(false),
    maxViews: integer('max_views').notNull(),
    viewsLeft: integer('views_left').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    lastViewedAt: integer('last_viewed_at'),
    revokedAt: integer('revoked_at'),
    /** The account that created it; NULL for an anonymous link. */
    creatorId: text('creator_id'),
    /** Tell the creator when it is opened (dashboard, and the alert webhook when set). */
    notifyOnOpen: integer('notify_on_open', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [
    index('secrets_expires_at_idx').on(table.expiresAt),
    index('secrets_creator_idx').on(table.creatorId, table.createdAt),
  ],
);

/** The named accounts of a `people` secret. */
export const secretRecipients = sqliteTable(
  'secret_recipients',
  {
    secretId: text('secret_id').notNull(),
    userId: text('user_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.secretId, table.userId] })],
);

/** One row per consumed view: when, and by whom (an account, or IP and user agent for `link` access). */
export const secretViews = sqliteTable(
  'secret_views',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    secretId: text('secret_id').notNull(),
    at: integer('at').notNull(),
    userId: text('user_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('secret_views_secret_idx').on(table.secretId)],
);

/** Accounts. No passwords exist: an account signs in only with its passkeys. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['admin', 'member', 'guest'] }).notNull(),
  state: text('state', { enum: ['active', 'disabled'] })
    .notNull()
    .default('active'),
  /** The WebAuthn user handle (random, opaque), base64url. */
  webauthnUserId: text('webauthn_user_id').notNull().unique(),
  createdAt: integer('created_at').notNull(),
  lastSignInAt: integer('last_sign_in_at'),
});

/** Passkeys (WebAuthn credentials) of accounts. */
export const passkeys = sqliteTable(
  'passkeys',
  {
    /** The credential id, base64url. */
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    /** COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull(),
    transports: text('transports').notNull().default('[]'),
    deviceType: text('device_type', { enum: ['singleDevice', 'multiDevice'] }).notNull(),
    backedUp: integer('backed_up', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
    lastUsedAt: integer('last_used_at'),
  },
  (table) => [index('passkeys_user_idx').on(table.userId)],
);

/** Single-use WebAuthn challenges, deleted when used and worthless after `expires_at`. */
export const challenges = sqliteTable('challenges', {
  id: text('id').primaryKey(),
  challenge: text('challenge').notNull(),
  kind: text('kind', { enum: ['register', 'login'] }).notNull(),
  /** For `register`: the account a passkey is added to, or NULL for a new account. */
  userId: text('user_id'),
  /** For a new account: its name, display name, role and the invite it uses, as JSON. */
  pending: text('pending'),
  expiresAt: integer('expires_at').notNull(),
});

/** Sessions: the cookie holds `ID.SECRET`; only the SHA-256 of the secret is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: text('secret_hash').notNull(),
    userId: text('user_id').notNull(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** The absolute end, whatever the activity. */
    expiresAt: integer('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Invites: single use, expiring; the link holds `ID.SECRET`, only the SHA-256 of the secret is stored. */
export const invites = sqliteTable('invites', {
  id: text('id').primaryKey(),
  secretHash: text('secret_hash').notNull(),
  role: text('role', { enum: ['member', 'guest'] }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
  usedBy: text('used_by'),
});

/** Personal API tokens for scripts: `ID.SECRET` in `Authorization: Bearer`, stored as SHA-256. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    lastUsedAt: integer('last_used_at'),
    revokedAt: integer('revoked_at'),
  },
  (table) => [index('api_tokens_user_idx').on(table.userId)],
);

/** The audit log: who did what, when, from where. Kept `AUDIT_RETENTION_DAYS`, then purged. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    event: text('event').notNull(),
    actorId: text('actor_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** A short JSON object with the event's details (a reason, a role); never a key, claim or token. */
    detail: text('detail'),
  },
  (table) => [
    index('audit_at_idx').on(table.at),
    index('audit_actor_idx').on(table.actorId, table.at),
    index('audit_event_idx').on(table.event, table.at),
  ],
);

/** A row of `secrets` as read. */
export type SecretRow = typeof secrets.$inferSelect;
