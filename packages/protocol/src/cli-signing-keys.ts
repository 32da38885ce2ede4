import { z } from 'zod/mini';
import { signingPublicKeySchema } from './signing-public-key.ts';

/**
 * `POST /api/me/signing-keys`: the Ed25519 public key `hushlink login` made, registered by the API token it logged
 * in with (only a token may; the key is bound to that token, replaces the one it registered before, and lives no
 * longer than it).
 */
export const registerCliSigningKeyRequestSchema = z.strictObject({
  publicKey: signingPublicKeySchema,
});

/** `POST /api/me/signing-keys` body. */
export type RegisterCliSigningKeyRequest = z.infer<typeof registerCliSigningKeyRequestSchema>;

/** A command-line signing key as the Account page lists it: its public key and the token it came with. */
export const cliSigningKeySchema = z.object({
  /** 22 base64url characters, for `DELETE /api/me/signing-keys/:id`. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  publicKey: signingPublicKeySchema,
  /** The API token that registered it, by id and name; the key counts only while that token is usable. */
  tokenId: z.string().check(z.maxLength(22)),
  tokenName: z.string().check(z.maxLength(60)),
  createdAt: z.iso.datetime(),
});

/** One command-line signing key. */
export type CliSigningKey = z.infer<typeof cliSigningKeySchema>;

/** `GET /api/me/signing-keys` answer. */
export const cliSigningKeysResponseSchema = z.object({
  keys: z.array(cliSigningKeySchema).check(z.maxLength(1000)),
});

/** `GET /api/me/signing-keys` answer. */
export type CliSigningKeysResponse = z.infer<typeof cliSigningKeysResponseSchema>;

/** `POST /api/me/signing-keys` answer (201, or 200 when it replaced the token's earlier key). */
export const registerCliSigningKeyResponseSchema = z.object({ key: cliSigningKeySchema });

/** `DELETE /api/me/signing-keys/:id` path parameter. */
export const cliSigningKeyParamSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
});
