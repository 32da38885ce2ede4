import { z } from 'zod/mini';
import { accessSchema } from './create-secret.ts';
import { secretSenderSchema } from './secret-sender.ts';

/** `GET /api/secrets/:id`: what the reveal page shows before anything is consumed. */
export const secretMetadataSchema = z.object({
  expiresAt: z.iso.datetime(),
  viewsLeft: z.int().check(z.minimum(1)),
  access: accessSchema,
  passphrase: z.boolean(),
  sealed: z.boolean(),
  /** Ciphertext size in bytes (padded, so it says little about the secret's length). */
  size: z.int().check(z.minimum(0)),
  /** `inline`: the reveal answers with the envelope; `upload`: with a download grant (files). */
  storage: z.enum(['inline', 'upload']),
  /**
   * For a sealed secret, and only to its creator or a named recipient: who sealed it (its creator, or whoever
   * answered the request it answers, if they were signed in). Null otherwise, and for a request answered signed out.
   * Always sent by this API; optional so that clients still read an older server's answer (which names nobody).
   */
  sender: z.optional(z.nullable(secretSenderSchema)),
  /**
   * Only to a signed-in caller: whether the access rule admits them (a `people` secret names them, a team secret
   * is not opened by a guest), so the page says "Not for you" before any passkey prompt. Absent when signed out.
   */
  forYou: z.optional(z.boolean()),
});

/** `GET /api/secrets/:id` answer. */
export type SecretMetadata = z.infer<typeof secretMetadataSchema>;
