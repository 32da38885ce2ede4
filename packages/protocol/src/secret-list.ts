import { z } from 'zod/mini';
import { accessSchema } from './create-secret.ts';
import { secretIdSchema } from './secret-id.ts';
import { publicUserSchema } from './user.ts';

/** One consumed view: when, and by whom (an account, or the IP and user agent for `link` access). */
export const secretViewSchema = z.object({
  at: z.iso.datetime(),
  user: z.nullable(publicUserSchema),
  ip: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
});

/** A secret's state for its creator. */
export const secretStateSchema = z.enum(['active', 'used', 'revoked', 'expired']);

/** A secret's state for its creator. */
export type SecretState = z.infer<typeof secretStateSchema>;

/** One of my links, in the dashboard. */
export const mySecretSchema = z.object({
  id: secretIdSchema,
  access: accessSchema,
  recipients: z.array(publicUserSchema),
  state: secretStateSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  maxViews: z.int(),
  viewsUsed: z.int(),
  viewsLeft: z.int(),
  notifyOnOpen: z.boolean(),
  /** The networks it may be opened from, canonical; absent or empty, any network. */
  allowedRanges: z.optional(z.array(z.string())),
  /** The named networks its sender chose, as named then; their ranges are in `allowedRanges`. */
  allowedNetworks: z.optional(z.array(z.string())),
  views: z.array(secretViewSchema),
});

/** One of my links. */
export type MySecret = z.infer<typeof mySecretSchema>;

/** `GET /api/secrets`: my links, newest first. */
export const mySecretsResponseSchema = z.object({ secrets: z.array(mySecretSchema) });

/** `GET /api/secrets` answer. */
export type MySecretsResponse = z.infer<typeof mySecretsResponseSchema>;

/** `POST /api/secrets/revoke-all` answer: how many links were revoked. */
export const revokeAllResponseSchema = z.object({ revoked: z.int() });
