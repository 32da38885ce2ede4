import { z } from 'zod';
import { passkeySchema, publicUserSchema, roleSchema, userStateSchema } from './user.ts';

/** An account as the admin page shows it. */
export const adminUserSchema = publicUserSchema.extend({
  state: userStateSchema,
  createdAt: z.iso.datetime(),
  lastSignInAt: z.iso.datetime().nullable(),
  passkeys: z.array(passkeySchema),
});

/** `GET /api/admin/users` answer. */
export const adminUsersResponseSchema = z.object({ users: z.array(adminUserSchema) });

/** `PATCH /api/admin/users/:id`: change a role, disable or enable; disabling may revoke every link they made. */
export const updateUserRequestSchema = z
  .strictObject({
    role: roleSchema.optional(),
    state: userStateSchema.optional(),
    revokeLinks: z.boolean().default(false),
  })
  .refine((body) => body.role !== undefined || body.state !== undefined, {
    message: 'change a role or a state',
  });

/** `PATCH /api/admin/users/:id` body. */
export type UpdateUserRequest = z.input<typeof updateUserRequestSchema>;

/** One audit event. */
export const auditEventSchema = z.object({
  id: z.int(),
  at: z.iso.datetime(),
  event: z.string(),
  actor: publicUserSchema.nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
});

/** `GET /api/audit` filters and paging. */
export const auditQuerySchema = z.strictObject({
  actor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional(),
  event: z
    .string()
    .regex(/^[a-z_.]{1,40}$/)
    .optional(),
  since: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** `GET /api/audit` answer, newest first; `nextBefore` pages on. */
export const auditResponseSchema = z.object({
  events: z.array(auditEventSchema),
  nextBefore: z.int().nullable(),
});

/** `GET /api/users?q=` type-ahead query. */
export const directoryQuerySchema = z.strictObject({ q: z.string().trim().max(40).default('') });

/** `GET /api/users` answer. */
export const directoryResponseSchema = z.object({ users: z.array(publicUserSchema) });

/** `PATCH /api/me/passkeys/:id`: rename a passkey. */
export const renamePasskeyRequestSchema = z.strictObject({ name: z.string().trim().min(1).max(60) });
