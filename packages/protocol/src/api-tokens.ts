import { z } from 'zod/mini';
import { MAX_API_TOKEN_SECONDS } from './limits.ts';
import { plainText } from './plain-text.ts';

/** `POST /api/me/tokens`: a named, expiring personal API token for scripts. */
export const createApiTokenRequestSchema = z.strictObject({
  name: z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(60)),
  expiresIn: z._default(z.int().check(z.minimum(60), z.maximum(MAX_API_TOKEN_SECONDS)), 90 * 24 * 60 * 60),
});

/** `201` answer: the token, shown once; send it as `Authorization: Bearer TOKEN`. */
export const createApiTokenResponseSchema = z.object({
  id: z.string(),
  token: z.string(),
  expiresAt: z.iso.datetime(),
});

/** A token as listed (never the secret). */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.nullable(z.iso.datetime()),
  revoked: z.boolean(),
});

/** `GET /api/me/tokens` answer. */
export const apiTokensResponseSchema = z.object({ tokens: z.array(apiTokenSchema) });
