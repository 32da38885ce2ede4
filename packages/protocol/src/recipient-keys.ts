import { z } from 'zod/mini';
import { base64UrlSchema } from './base64url.ts';
import { signingPublicKeySchema } from './signing-public-key.ts';
import { publicUserSchema } from './user.ts';

/** An X25519 public key, 32 bytes as unpadded base64url. */
export const x25519PublicKeySchema = base64UrlSchema({ exactBytes: 32 });

/** One public key a secret can be sealed to: derived from the PRF output of one passkey of the person. */
export const recipientKeySchema = z.object({
  /** The passkey (credential id) the key belongs to, and its name. */
  passkeyId: z.string(),
  passkeyName: z.string(),
  publicKey: x25519PublicKeySchema,
  /** When this key was registered for the passkey. */
  addedAt: z.iso.datetime(),
});

/** One public key of a person. */
export type RecipientKey = z.infer<typeof recipientKeySchema>;

/**
 * One passkey's keys as `GET /api/users/:id/keys` lists them: its sealing key, and the signing key derived from the
 * same PRF output (null when the device that registered it did not send one), which verifies what its owner seals.
 */
export const userKeySchema = z.extend(recipientKeySchema, {
  signingKey: z.nullable(signingPublicKeySchema),
});

/** One passkey's sealing and signing keys. */
export type UserKey = z.infer<typeof userKeySchema>;

/**
 * `GET /api/users/:id/keys`: a person's sealing keys, one per PRF-capable passkey. An empty list means they can
 * receive only the server-gated form of a `people` secret.
 */
export const userKeysResponseSchema = z.object({
  user: publicUserSchema,
  keys: z.array(userKeySchema),
});

/** `GET /api/users/:id/keys` answer. */
export type UserKeysResponse = z.infer<typeof userKeysResponseSchema>;
