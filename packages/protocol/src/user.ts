import { z } from 'zod/mini';
import { plainText } from './plain-text.ts';

/** An account id: 16 random bytes as 22 base64url characters. */
export const userIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'must be 22 base64url characters'));

/** What an account may do: admins run the instance, members are the team, guests are contractors. */
export const roleSchema = z.enum(['admin', 'member', 'guest']);

/** What an account may do. */
export type Role = z.infer<typeof roleSchema>;

/** A disabled account cannot sign in and its sessions and tokens are refused. */
export const userStateSchema = z.enum(['active', 'disabled']);

/** An account's state. */
export type UserState = z.infer<typeof userStateSchema>;

/** A person's handle: what others search for and see. Lowercase letters, digits, dots, dashes, underscores. */
export const userNameSchema = z
  .string()
  .check(
    plainText(),
    z.trim(),
    z.toLowerCase(),
    z.minLength(2, 'must be at least 2 characters'),
    z.maxLength(40, 'must be at most 40 characters'),
    z.regex(/^[a-z0-9._-]+$/, 'may contain only letters, digits, dots, dashes and underscores'),
  );

/** A display name, free text on one line. */
export const displayNameSchema = z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(80));

/** An account as others see it (the directory). */
export const publicUserSchema = z.object({
  id: userIdSchema,
  name: z.string(),
  displayName: z.string(),
  role: roleSchema,
});

/** An account as others see it. */
export type PublicUser = z.infer<typeof publicUserSchema>;

/** A passkey of the signed-in person. */
export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.nullable(z.iso.datetime()),
  /** `multiDevice` passkeys are synced (e.g. by a password manager); `singleDevice` ones are bound to one device. */
  deviceType: z.enum(['singleDevice', 'multiDevice']),
  backedUp: z.boolean(),
  /** The X25519 public key derived from this passkey's PRF output (base64url), or null: it cannot receive sealed secrets. */
  prfPublicKey: z.nullable(z.string()),
  /** The Ed25519 key derived from the same PRF output, with which its owner signs what they seal; or null. */
  prfSigningKey: z.nullable(z.string()),
  /** The IP address it was added from; null when unknown (added before this was recorded). */
  createdIp: z.nullable(z.string()),
  /** The browser's user agent it was added from; null when unknown. */
  createdUserAgent: z.nullable(z.string()),
});

/** A passkey of the signed-in person. */
export type Passkey = z.infer<typeof passkeySchema>;

/** `GET /api/me`: who am I, and my passkeys. */
export const meResponseSchema = z.object({
  user: z.extend(publicUserSchema, { state: userStateSchema }),
  passkeys: z.array(passkeySchema),
});

/** `GET /api/me` answer. */
export type MeResponse = z.infer<typeof meResponseSchema>;

/** `GET /api/instance`: what the sign-in page needs to know before anyone signs in. */
export const instanceResponseSchema = z.object({
  /** False until the first account (the admin) exists. */
  bootstrapped: z.boolean(),
  openRegistration: z.boolean(),
  anonymousLinks: z.boolean(),
  /** The largest envelope this instance stores, in bytes (`MAX_SECRET_BYTES`). */
  maxSecretBytes: z.int().check(z.minimum(1)),
  /** The server's Hushlink version (root package.json); absent from servers older than 0.1.0's release. */
  version: z.optional(z.string()),
});

/** `GET /api/instance` answer. */
export type InstanceResponse = z.infer<typeof instanceResponseSchema>;
