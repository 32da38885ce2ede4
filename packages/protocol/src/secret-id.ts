import { z } from 'zod';

/** A secret's id: 16 random bytes as 22 base64url characters (128 bits, not guessable). */
export const secretIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'must be 22 base64url characters');

/** A secret's id. */
export type SecretId = z.infer<typeof secretIdSchema>;
