import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    /** base64url SHA-256 of the claim derived from the link key; NULL for a sealed secret (its link has no key). */
    claimHash: text('claim_hash'),
    /** base64url SHA-256 of the manage token. */
    manageTokenHash: text('manage_token_hash').notNull(),
    /** `link`: anyone with the link; `signed-in`: the team (members and admins, not guests); `people`: the accounts in `secret_recipients`. */
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
    /**
     * `inline`: the envelope is in `ciphertext`. `upload`: it is a blob (R2, or a folder on the Node server) under
     * the key `secrets/ID`, and `ciphertext` stays NULL; `blob_state` says where it stands.
     */
    storage: text('storage', { enum: ['inline', 'upload'] })
      .notNull()
      .default('inline'),
    /** For `upload`: `uploading` (parts arriving, never served), `ready` (served), `deleted` (used up/revoked). */
    blobState: text('blob_state', { enum: ['uploading', 'ready', 'deleted'] }),
    /** The blob store's multipart upload id while `uploading`. */
    uploadId: text('upload_id'),
    /** While `uploading`: when the purge aborts the upload if no part has arrived since (ms). */
    uploadIdleUntil: integer('upload_idle_until'),
    /** Once the last view of an upload is consumed: the blob is kept until the download grants end, then deleted. */
    blobDeleteAfter: integer('blob_delete_after'),
    /** The request for a secret this one answers, if any. */
    requestId: text('request_id'),
    /**
     * For an answer to a request: the signed-in account that answered it (its sender, whose signature the reader
     * checks), or NULL when it was answered signed out. The creator (`creator_id`) of an answer is the requester.
     */
    answererId: text('answerer_id'),
    /**
     * The networks it may be opened from: a JSON array of canonical ranges (`["192.0.2.0/24"]`); NULL, any
     * network. Set once at creation, including the ranges of the named networks below as they were then.
     */
    allowedRanges: text('allowed_ranges'),
    /**
     * The names of the admin-defined networks the sender chose (a JSON array, shown in the creator's list); their
     * ranges were copied into `allowed_ranges` at creation, so a later edit of a network does not change the link.
     */
    allowedNetworks: text('allowed_networks'),
  },
  (table) => [
    index('secrets_expires_at_idx').on(table.expiresAt),
    index('secrets_creator_idx').on(table.creatorId, table.createdAt),
    index('secrets_blob_state_idx').on(table.blobState),
  ],
);

/** The parts of an upload received so far (R2 multipart parts need their etags to complete). */
export const uploadParts = sqliteTable(
  'upload_parts',
  {
    secretId: text('secret_id').notNull(),
    partNumber: integer('part_number').notNull(),
    etag: text('etag').notNull(),
    size: integer('size').notNull(),
  },
  (table) => [primaryKey({ columns: [table.secretId, table.partNumber] })],
);

/**
 * Download grants: a reveal of an uploaded secret consumes its view and grants the page that made it
 * `DOWNLOAD_GRANT_SECONDS` to download (and resume) the envelope. Only the SHA-256 of the token is stored.
 */
export const downloadGrants = sqliteTable(
  'download_grants',
  {
    id: text('id').primaryKey(),
    secretId: text('secret_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [index('download_grants_secret_idx').on(table.secretId)],
);

/**
 * Requests for a secret: a signed-in person asks anyone holding the link to send them a secret sealed to their
 * passkey keys. Single use, expiring; answered by creating a sealed secret (`secret_id`).
 */
export const secretRequests = sqliteTable(
  'secret_requests',
  {
    id: text('id').primaryKey(),
    requesterId: text('requester_id').notNull(),
    note: text('note').notNull(),
    /** The requester's public keys at creation, as JSON `[{passkeyId, passkeyName, publicKey, addedAt}]`. */
    keys: text('keys').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    answeredAt: integer('answered_at'),
    secretId: text('secret_id'),
    revokedAt: integer('revoked_at'),
  },
  (table) => [index('secret_requests_requester_idx').on(table.requesterId, table.createdAt)],
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
    /**
     * The X25519 public key (base64url) the device derived from this passkey's PRF output, for sealing secrets to
     * its owner; NULL when the authenticator has no PRF. The private key is never sent anywhere.
     */
    prfPublicKey: text('prf_public_key'),
    /** When `prf_public_key` was set (ms). */
    prfKeyAddedAt: integer('prf_key_added_at'),
    /**
     * The Ed25519 public key (base64url) the device derived from the same PRF output under its own context, with
     * which the owner signs what they seal; NULL without PRF, or when the device that used it sent none.
     */
    prfSigningKey: text('prf_signing_key'),
    /** When `prf_signing_key` was set (ms). */
    prfSigningKeyAddedAt: integer('prf_signing_key_added_at'),
    /** Where it was added from, so an admin can tell a passkey an intruder added; NULL when unknown (older rows). */
    createdIp: text('created_ip'),
    createdUserAgent: text('created_user_agent'),
  },
  (table) => [index('passkeys_user_idx').on(table.userId)],
);

/** Single-use WebAuthn challenges, deleted when used and worthless after `expires_at`. */
export const challenges = sqliteTable('challenges', {
  id: text('id').primaryKey(),
  challenge: text('challenge').notNull(),
  /** `step_up`: a signed-in session re-proving its passkey before a sensitive action (see `auth/step-up.ts`). */
  kind: text('kind', { enum: ['register', 'login', 'step_up'] }).notNull(),
  /** For `register`: the account a passkey is added to, or NULL for a new account. For `step_up`: the account. */
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
    /**
     * When this session last made a passkey assertion with user verification (a step-up), or NULL: adding or
     * removing a passkey and creating an API token need one from the last 5 minutes. Signing in does not count.
     */
    steppedUpAt: integer('stepped_up_at'),
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
    /** Where it was created from, so an admin can tell a token an intruder made; NULL when unknown (older rows). */
    createdIp: text('created_ip'),
    createdUserAgent: text('created_user_agent'),
  },
  (table) => [index('api_tokens_user_idx').on(table.userId)],
);

/**
 * The Ed25519 signing keys that `hushlink login` made (the CLI has no passkey to derive one from), each registered
 * by the API token it logged in with and bound to it: one key per token, ever (`token_id` is unique), and a key
 * counts only while its token is neither revoked nor expired, so a token never leads to a credential that outlives
 * it. Only the public key is stored; the secret key stays in the CLI's config file.
 */
export const cliSigningKeys = sqliteTable(
  'cli_signing_keys',
  {
    /** A random id (22 base64url characters) for the Account page to name it by. */
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    tokenId: text('token_id').notNull().unique(),
    /** The Ed25519 public key, base64url. */
    publicKey: text('public_key').notNull(),
    createdAt: integer('created_at').notNull(),
    /** Where it was registered from, as for passkeys and tokens. */
    createdIp: text('created_ip'),
    createdUserAgent: text('created_user_agent'),
  },
  (table) => [index('cli_signing_keys_user_idx').on(table.userId)],
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

/**
 * The audit webhook (at most one row, id `audit`): where each audit event is POSTed, signed with `secret`, and how
 * far delivery has got. The audit log itself is the outbox: delivery walks `audit_events` by id from
 * `last_event_id`, so every event is sent in order, whichever code path wrote it. A failed POST sets
 * `next_attempt_at` (back-off by `attempts`); `lease_until` lets one drain at a time deliver.
 */
export const auditWebhooks = sqliteTable('audit_webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  /** The HMAC-SHA256 signing secret (`whsec_…`); the server must hold it to sign, and shows it once. */
  secret: text('secret').notNull(),
  createdAt: integer('created_at').notNull(),
  createdBy: text('created_by'),
  /** The id of the last audit event delivered (or skipped at creation: only later events are sent). */
  lastEventId: integer('last_event_id').notNull(),
  /** Failed attempts at the next event since the last success. */
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull().default(0),
  leaseUntil: integer('lease_until').notNull().default(0),
  lastDeliveredAt: integer('last_delivered_at'),
  /** Why the last attempt failed (`status 500`, `timeout`, `network`), or null after a success. */
  lastError: text('last_error'),
});

/** A row of `secrets` as read. */
/**
 * A network an admin named ("Office VPN"): one or more canonical CIDR ranges (a JSON array). Senders may limit a
 * link to it, and `role_networks` may keep a role's sign-ins and API tokens to it.
 */
export const networks = sqliteTable(
  'networks',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Lower-cased name, unique, so "office vpn" and "Office VPN" cannot both exist. */
    nameKey: text('name_key').notNull(),
    ranges: text('ranges').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [uniqueIndex('networks_name_key_idx').on(table.nameKey)],
);

/**
 * The per-role network policy: a role with rows here may sign in and use sessions and API tokens only from inside
 * one of those networks; a role with none may connect from anywhere (the default).
 */
export const roleNetworks = sqliteTable(
  'role_networks',
  {
    role: text('role', { enum: ['admin', 'member', 'guest'] }).notNull(),
    networkId: text('network_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.role, table.networkId] }),
    index('role_networks_network_idx').on(table.networkId),
  ],
);

export type SecretRow = typeof secrets.$inferSelect;
