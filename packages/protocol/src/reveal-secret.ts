import { z } from 'zod/mini';
import { base64UrlSchema } from './base64url.ts';
import { MAX_INLINE_CIPHERTEXT_BYTES } from './limits.ts';

/**
 * `POST /api/secrets/:id/reveal`: the claim derived from the link key, proving the caller holds the link. A sealed
 * secret has no link key, so its reveal sends `{}` (the recipient's passkey session is the proof; only their
 * passkey can unwrap the key).
 */
export const revealRequestSchema = z.strictObject({
  claim: z.optional(base64UrlSchema({ exactBytes: 32 })),
});

/** `POST /api/secrets/:id/reveal` body. */
export type RevealRequest = z.infer<typeof revealRequestSchema>;

/**
 * A download grant, for a secret stored as an upload: `GET /api/secrets/:id/download` with
 * `Authorization: Bearer TOKEN` streams the envelope (and honours `Range: bytes=N-` to resume) until `expiresAt`.
 */
export const downloadGrantSchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(128)),
  size: z.int().check(z.minimum(1)),
  expiresAt: z.iso.datetime(),
});

/** A download grant. */
export type DownloadGrant = z.infer<typeof downloadGrantSchema>;

/**
 * `200` answer of a reveal: one view has been consumed. An inline secret answers with the envelope; an uploaded
 * one with a download grant.
 */
export const revealResponseSchema = z.union([
  z.object({
    ciphertext: base64UrlSchema({ minBytes: 1, maxBytes: MAX_INLINE_CIPHERTEXT_BYTES }),
    viewsLeft: z.int().check(z.minimum(0)),
  }),
  z.object({ download: downloadGrantSchema, viewsLeft: z.int().check(z.minimum(0)) }),
]);

/** `200` answer of a reveal. */
export type RevealResponse = z.infer<typeof revealResponseSchema>;
