import { z } from 'zod';
import { base64UrlSchema } from './base64url.ts';
import { MAX_INLINE_CIPHERTEXT_BYTES } from './limits.ts';

/** `POST /api/secrets/:id/reveal`: the claim derived from the link key, proving the caller holds the link. */
export const revealRequestSchema = z.strictObject({
  claim: base64UrlSchema({ exactBytes: 32 }),
});

/** `POST /api/secrets/:id/reveal` body. */
export type RevealRequest = z.infer<typeof revealRequestSchema>;

/** `200` answer of a reveal: the envelope, base64url. One view has been consumed. */
export const revealResponseSchema = z.object({
  ciphertext: base64UrlSchema({ minBytes: 1, maxBytes: MAX_INLINE_CIPHERTEXT_BYTES }),
  viewsLeft: z.int().min(0),
});

/** `200` answer of a reveal. */
export type RevealResponse = z.infer<typeof revealResponseSchema>;
