import { z } from 'zod/mini';

/** A session's id (never its secret): 16 random bytes as 22 base64url characters. */
export const sessionIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22}$/, 'must be 22 base64url characters'));

/** One live session of mine: where and when it signed in, and whether it is the one asking. */
export const sessionSchema = z.object({
  id: sessionIdSchema,
  /** True for the session of the request that listed them (always false when listed with an API token). */
  current: z.boolean(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  ip: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
});

/** One live session of mine. */
export type Session = z.infer<typeof sessionSchema>;

/** `GET /api/me/sessions`: my live sessions, newest first. */
export const sessionsResponseSchema = z.object({ sessions: z.array(sessionSchema) });

/** `GET /api/me/sessions` answer. */
export type SessionsResponse = z.infer<typeof sessionsResponseSchema>;

/** `DELETE /api/me/sessions/:id` path parameters. */
export const sessionParamSchema = z.strictObject({ id: sessionIdSchema });

/** `DELETE /api/me/sessions`: how many of my other sessions were ended. */
export const endedSessionsResponseSchema = z.object({ ended: z.int().check(z.minimum(0)) });

/** `DELETE /api/me/sessions` answer. */
export type EndedSessionsResponse = z.infer<typeof endedSessionsResponseSchema>;
