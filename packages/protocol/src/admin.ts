import { z } from 'zod/mini';
import { apiTokenSchema } from './api-tokens.ts';
import { plainText } from './plain-text.ts';
import { passkeySchema, publicUserSchema, roleSchema, userStateSchema } from './user.ts';

/**
 * A person's API token as the admin page shows it: with where it was created from, so that an admin can tell a
 * token an intruder made (`createdIp` and `createdUserAgent` are null when unknown).
 */
export const adminApiTokenSchema = z.extend(apiTokenSchema, {
  createdIp: z.nullable(z.string()),
  createdUserAgent: z.nullable(z.string()),
});

/** A person's API token as the admin page shows it. */
export type AdminApiToken = z.infer<typeof adminApiTokenSchema>;

/** An account as the admin page shows it: its passkeys and API tokens, each with when and where it was added. */
export const adminUserSchema = z.extend(publicUserSchema, {
  state: userStateSchema,
  createdAt: z.iso.datetime(),
  lastSignInAt: z.nullable(z.iso.datetime()),
  passkeys: z.array(passkeySchema),
  tokens: z.array(adminApiTokenSchema),
});

/** An account as the admin page shows it. */
export type AdminUser = z.infer<typeof adminUserSchema>;

/** `GET /api/admin/users` answer. */
export const adminUsersResponseSchema = z.object({ users: z.array(adminUserSchema) });

/**
 * `POST /api/admin/users/:id/sessions/end` answer, the action for a compromised account: every session of the
 * account ended (`ended`) and every API token of it revoked (`tokensRevoked`), together.
 */
export const endAccessResponseSchema = z.object({
  ended: z.int().check(z.minimum(0)),
  tokensRevoked: z.int().check(z.minimum(0)),
});

/** `POST /api/admin/users/:id/sessions/end` answer. */
export type EndAccessResponse = z.infer<typeof endAccessResponseSchema>;

/** `PATCH /api/admin/users/:id`: change a role, disable or enable; disabling may revoke every link they made. */
export const updateUserRequestSchema = z
  .strictObject({
    role: z.optional(roleSchema),
    state: z.optional(userStateSchema),
    revokeLinks: z._default(z.boolean(), false),
  })
  .check(
    z.refine((body) => body.role !== undefined || body.state !== undefined, {
      message: 'change a role or a state',
    }),
  );

/** `PATCH /api/admin/users/:id` body. */
export type UpdateUserRequest = z.input<typeof updateUserRequestSchema>;

/** One audit event. */
export const auditEventSchema = z.object({
  id: z.int(),
  at: z.iso.datetime(),
  event: z.string(),
  actor: z.nullable(publicUserSchema),
  ip: z.nullable(z.string()),
  userAgent: z.nullable(z.string()),
  targetType: z.nullable(z.string()),
  targetId: z.nullable(z.string()),
  detail: z.nullable(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

/** `GET /api/audit` filters and paging. */
export const auditQuerySchema = z.strictObject({
  actor: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/))),
  event: z.optional(z.string().check(z.regex(/^[a-z_.]{1,40}$/))),
  since: z.optional(z.iso.datetime()),
  until: z.optional(z.iso.datetime()),
  before: z.optional(z.coerce.number().check(z.int(), z.positive())),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});

/** `GET /api/audit` answer, newest first; `nextBefore` pages on. */
export const auditResponseSchema = z.object({
  events: z.array(auditEventSchema),
  nextBefore: z.nullable(z.int()),
});

/** `GET /api/users?q=` type-ahead query. */
export const directoryQuerySchema = z.strictObject({
  q: z._default(z.string().check(plainText(), z.trim(), z.maxLength(40)), ''),
});

/** `GET /api/users` answer. */
export const directoryResponseSchema = z.object({ users: z.array(publicUserSchema) });

/** `PATCH /api/me/passkeys/:id`: rename a passkey. */
export const renamePasskeyRequestSchema = z.strictObject({
  name: z.string().check(plainText(), z.trim(), z.minLength(1), z.maxLength(60)),
});
