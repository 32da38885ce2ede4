import { z } from 'zod/mini';
import { MAX_INVITE_SECONDS } from './limits.ts';

/** `POST /api/invites`: admins invite members or guests; members invite guests. */
export const createInviteRequestSchema = z.strictObject({
  role: z.enum(['member', 'guest']),
  expiresIn: z._default(z.int().check(z.minimum(60), z.maximum(MAX_INVITE_SECONDS)), MAX_INVITE_SECONDS),
});

/** `POST /api/invites` body. */
export type CreateInviteRequest = z.input<typeof createInviteRequestSchema>;

/** `201` answer: the invite token (shown once) for the link `/join#TOKEN`. */
export const createInviteResponseSchema = z.object({
  id: z.string(),
  token: z.string(),
  role: z.enum(['member', 'guest']),
  expiresAt: z.iso.datetime(),
});

/** `POST /api/invites` answer. */
export type CreateInviteResponse = z.infer<typeof createInviteResponseSchema>;
