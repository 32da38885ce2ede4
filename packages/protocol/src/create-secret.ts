import { z } from 'zod';
import { base64UrlSchema } from './base64url.ts';
import {
  MAX_EXPIRES_IN_SECONDS,
  MAX_INLINE_CIPHERTEXT_BYTES,
  MAX_RECIPIENTS,
  MAX_VIEWS,
  MIN_EXPIRES_IN_SECONDS,
} from './limits.ts';
import { secretIdSchema } from './secret-id.ts';
import { userIdSchema } from './user.ts';

/**
 * Who may reveal a secret: `link`, anyone holding the link; `signed-in`, any account of this instance holding
 * the link; `people`, only the named accounts (`recipients`) holding the link.
 */
export const accessSchema = z.enum(['link', 'signed-in', 'people']);

/** Who may reveal a secret. */
export type Access = z.infer<typeof accessSchema>;

/** `POST /api/secrets`: an envelope encrypted on the client, and the rules for revealing it. */
export const createSecretRequestSchema = z
  .strictObject({
    ciphertext: base64UrlSchema({ minBytes: 1, maxBytes: MAX_INLINE_CIPHERTEXT_BYTES }),
    expiresIn: z.int().min(MIN_EXPIRES_IN_SECONDS).max(MAX_EXPIRES_IN_SECONDS),
    maxViews: z.int().min(1).max(MAX_VIEWS).default(1),
    access: accessSchema.default('link'),
    /** The accounts that may open a `people` secret; empty otherwise. */
    recipients: z.array(userIdSchema).max(MAX_RECIPIENTS).default([]),
    passphrase: z.boolean().default(false),
    /** Tell the creator (dashboard, and the alert webhook when set) each time it is opened. */
    notifyOnOpen: z.boolean().default(false),
    /** base64url SHA-256 of the claim derived from the link key. */
    claimHash: base64UrlSchema({ exactBytes: 32 }),
  })
  .refine((body) => (body.access === 'people') === body.recipients.length > 0, {
    message: 'name at least one recipient for people access, and none otherwise',
    path: ['recipients'],
  });

/** What a client sends to create a secret (defaults may be omitted). */
export type CreateSecretRequest = z.input<typeof createSecretRequestSchema>;

/** `201` answer of `POST /api/secrets`. */
export const createSecretResponseSchema = z.object({
  id: secretIdSchema,
  /** ISO 8601 time after which the secret is never served. */
  expiresAt: z.iso.datetime(),
  /** Bearer token for `DELETE /api/secrets/:id`; shown once, stored hashed. */
  manageToken: z.string().max(64),
});

/** `201` answer of `POST /api/secrets`. */
export type CreateSecretResponse = z.infer<typeof createSecretResponseSchema>;
