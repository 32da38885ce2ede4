import { z } from 'zod/mini';
import { base64UrlSchema } from './base64url.ts';
import {
  MAX_EXPIRES_IN_SECONDS,
  MAX_INLINE_CIPHERTEXT_BYTES,
  MAX_RECIPIENTS,
  MAX_VIEWS,
  MIN_EXPIRES_IN_SECONDS,
} from './limits.ts';
import { allowedNetworksSchema } from './named-network.ts';
import { allowedRangesSchema } from './network-range.ts';
import { secretIdSchema } from './secret-id.ts';
import { userIdSchema } from './user.ts';

/**
 * Who may reveal a secret: `link`, anyone holding the link; `signed-in`, the team — any member or admin of this
 * instance holding the link, never a guest (the stored name predates guests and stays, so links already sent
 * keep working); `people`, only the named accounts (`recipients`) holding the link.
 */
export const accessSchema = z.enum(['link', 'signed-in', 'people']);

/** Who may reveal a secret. */
export type Access = z.infer<typeof accessSchema>;

/**
 * How the envelope arrives: inline as base64url (up to 1 MiB), or as a separate upload of `size` bytes (files,
 * up to the instance's `maxSecretBytes`) in parts of `UPLOAD_PART_BYTES` (see `upload.ts`).
 */
export const uploadDeclarationSchema = z.strictObject({
  /** The envelope's exact length in bytes (the envelope package's `envelopeLength`). */
  size: z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER)),
});

/**
 * `POST /api/secrets`: an envelope encrypted on the client, and the rules for revealing it. Exactly one of
 * `ciphertext` and `upload`. A sealed secret (its content key wrapped to the recipients' passkey keys inside the
 * envelope, and no key in the link) has `people` access and no `claimHash`; every other secret has a `claimHash`.
 */
export const createSecretRequestSchema = z
  .strictObject({
    ciphertext: z.optional(base64UrlSchema({ minBytes: 1, maxBytes: MAX_INLINE_CIPHERTEXT_BYTES })),
    upload: z.optional(uploadDeclarationSchema),
    expiresIn: z.int().check(z.minimum(MIN_EXPIRES_IN_SECONDS), z.maximum(MAX_EXPIRES_IN_SECONDS)),
    maxViews: z._default(z.int().check(z.minimum(1), z.maximum(MAX_VIEWS)), 1),
    access: z._default(accessSchema, 'link'),
    /** The accounts that may open a `people` secret; empty otherwise. */
    recipients: z._default(z.array(userIdSchema).check(z.maxLength(MAX_RECIPIENTS)), []),
    passphrase: z._default(z.boolean(), false),
    /** The content key is sealed to the recipients' passkey keys inside the envelope; the link carries none. */
    sealed: z._default(z.boolean(), false),
    /** Tell the creator (dashboard, and the alert webhook when set) each time it is opened. */
    notifyOnOpen: z._default(z.boolean(), false),
    /**
     * The networks it may be opened from (metadata and reveal): addresses and CIDR ranges. Absent, any network;
     * from anywhere else it is refused, consuming nothing.
     */
    allowedRanges: z.optional(allowedRangesSchema),
    /**
     * Named networks an admin defined (`GET /api/networks`), by name; their ranges join `allowedRanges` as they are
     * at creation. Signed-in senders only.
     */
    allowedNetworks: z.optional(allowedNetworksSchema),
    /** base64url SHA-256 of the claim derived from the link key; absent exactly when sealed. */
    claimHash: z.optional(base64UrlSchema({ exactBytes: 32 })),
  })
  .check(
    z.refine((body) => (body.ciphertext === undefined) !== (body.upload === undefined), {
      message: 'send either ciphertext or upload, not both',
      path: ['ciphertext'],
    }),
    z.refine((body) => (body.access === 'people') === body.recipients.length > 0, {
      message: 'name at least one recipient for people access, and none otherwise',
      path: ['recipients'],
    }),
    z.refine((body) => !body.sealed || body.access === 'people', {
      message: 'a sealed secret must have people access',
      path: ['sealed'],
    }),
    z.refine((body) => body.sealed === (body.claimHash === undefined), {
      message: 'send a claimHash unless the secret is sealed, and none when it is',
      path: ['claimHash'],
    }),
  );

/** What a client sends to create a secret (defaults may be omitted). */
export type CreateSecretRequest = z.input<typeof createSecretRequestSchema>;

/** `201` answer of `POST /api/secrets`. */
export const createSecretResponseSchema = z.object({
  id: secretIdSchema,
  /** ISO 8601 time after which the secret is never served. */
  expiresAt: z.iso.datetime(),
  /** Bearer token for `DELETE /api/secrets/:id` and for the upload; shown once, stored hashed. */
  manageToken: z.string().check(z.maxLength(64)),
  /**
   * For an upload: send `parts` parts of `partBytes` (the last one shorter), then complete it. Nothing is served
   * before the upload completes.
   */
  upload: z.optional(
    z.object({ partBytes: z.int().check(z.minimum(1)), parts: z.int().check(z.minimum(1)) }),
  ),
});

/** `201` answer of `POST /api/secrets`. */
export type CreateSecretResponse = z.infer<typeof createSecretResponseSchema>;
