import { z } from 'zod/mini';
import { userIdSchema } from './user.ts';

/**
 * Who the server says sealed a secret: its creator, or the signed-in person who answered a request. The reveal page
 * fetches this person's signing keys and checks the envelope's signature against them.
 */
export const secretSenderSchema = z.object({
  id: userIdSchema,
  name: z.string().check(z.maxLength(40)),
  displayName: z.string().check(z.maxLength(80)),
});

/** Who sealed a secret, as the server names them. */
export type SecretSender = z.infer<typeof secretSenderSchema>;
