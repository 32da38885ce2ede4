import { z } from 'zod/mini';

/** A secret's id: 16 random bytes as 22 base64url characters (128 bits, not guessable). */
export const secretIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'must be 22 base64url characters'));

/** A secret's id. */
export type SecretId = z.infer<typeof secretIdSchema>;
