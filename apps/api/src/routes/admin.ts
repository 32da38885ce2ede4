import { credentialIdSchema, updateUserRequestSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireFreshStepUp } from '../auth/step-up.ts';
import { requireRole } from '../middleware/identify.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import {
  endAllAccess,
  findUserOr404,
  listUsersForAdmin,
  revokeTokenOf,
  updateUser,
} from '../services/admin.ts';
import { removePasskey } from '../services/passkeys.ts';
import { toPublicUser } from '../services/users.ts';

const userParamSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });
// The same cap as registration's, so every stored passkey can be named here (and removed).
const passkeyParamSchema = userParamSchema.extend({ passkeyId: credentialIdSchema });
const tokenParamSchema = userParamSchema.extend({ tokenId: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });

/**
 * `/api/admin`: accounts, roles, disabling, passkeys, sessions and tokens. Admins only. What can harm an account
 * (a role change, disabling or enabling, removing a passkey) also needs the admin's own fresh step-up, since a
 * stolen admin cookie is the worst case; what only takes access away (ending sessions, revoking tokens) does not,
 * so an admin answering an intrusion is never slowed down.
 */
export function adminRoutes(ports: AppPorts) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      requireRole(c.get('request').actor, ['admin']);
      await next();
    })
    .get('/users', async (c) => c.json({ users: await listUsersForAdmin(ports) }))
    .patch(
      '/users/:id',
      validate('param', userParamSchema),
      requireJson(),
      validate('json', updateUserRequestSchema),
      async (c) => {
        const request = c.get('request');
        const admin = await requireFreshStepUp(ports, request.actor);
        const user = await updateUser(ports, request, admin, c.req.valid('param').id, c.req.valid('json'));
        return c.json({ user: { ...toPublicUser(user), state: user.state } });
      },
    )
    .post('/users/:id/sessions/end', validate('param', userParamSchema), async (c) => {
      return c.json(await endAllAccess(ports, c.get('request'), c.req.valid('param').id));
    })
    .delete('/users/:id/tokens/:tokenId', validate('param', tokenParamSchema), async (c) => {
      const { id, tokenId } = c.req.valid('param');
      await revokeTokenOf(ports, c.get('request'), id, tokenId);
      return c.body(null, 204);
    })
    .delete('/users/:id/passkeys/:passkeyId', validate('param', passkeyParamSchema), async (c) => {
      const request = c.get('request');
      await requireFreshStepUp(ports, request.actor);
      const { id, passkeyId } = c.req.valid('param');
      await findUserOr404(ports, id);
      await removePasskey(ports, request, id, passkeyId);
      return c.body(null, 204);
    });
}
