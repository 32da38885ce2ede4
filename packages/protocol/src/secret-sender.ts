import { z } from 'zod/mini';
import { signingPublicKeySchema } from './signing-public-key.ts';
import { userIdSchema } from './user.ts';

/**
 * Who the server says sealed a secret: its creator, or the signed-in person who answered a request, with their
 * signing keys (one per PRF passkey that sent one), against which the reveal page checks the envelope's signature.
 * The keys come with the secret rather than from `GET /api/users/:id/keys` because a guest recipient may not look
 * up anyone else's keys.
 */
export const secretSenderSchema = z.object({
  id: userIdSchema,
  name: z.string().check(z.maxLength(40)),
  displayName: z.string().check(z.maxLength(80)),
  signingKeys: z.array(signingPublicKeySchema).check(z.maxLength(1000)),
  /**
   * Whether one of those keys was registered by the time the secret was created: then an unsigned envelope (an
   * unsigned v3, or a v2) is refused as a downgrade. False for a secret made before its sender had any key, so every
   * link already sent still opens (marked as not verified).
   */
  signatureRequired: z.boolean(),
});

/** Who sealed a secret, as the server names them. */
export type SecretSender = z.infer<typeof secretSenderSchema>;
