import { updateUserRequestSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { userStore } from '../db/user-store.ts';
import { requireRole } from '../middleware/identify.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { endAllSessions, findUserOr404, updateUser } from '../services/admin.ts';
import { removePasskey } from '../services/passkeys.ts';
import { toPasskey, toPublicUser } from '../services/users.ts';

const userParamSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });
const passkeyParamSchema = userParamSchema.extend({ passkeyId: z.string().regex(/^[A-Za-z0-9_-]{1,1024}$/) });

/** `/api/admin`: accounts, roles, disabling, passkeys and sessions. Admins only. */
export function adminRoutes(ports: AppPorts) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      requireRole(c.get('request').actor, ['admin']);
      await next();
    })
    .get('/users', async (c) => {
      const users = userStore(ports.db);
      const all = await users.list();
      const described = await Promise.all(
        all.map(async (user) => ({
          ...toPublicUser(user),
          state: user.state,
          createdAt: new Date(user.createdAt).toISOString(),
          lastSignInAt: user.lastSignInAt === null ? null : new Date(user.lastSignInAt).toISOString(),
          passkeys: (await users.passkeysOf(user.id)).map(toPasskey),
        })),
      );
      return c.json({ users: described });
    })
    .patch(
      '/users/:id',
      validate('param', userParamSchema),
      requireJson(),
      validate('json', updateUserRequestSchema),
      async (c) => {
        const request = c.get('request');
        const admin = requireRole(request.actor, ['admin']);
        const user = await updateUser(ports, request, admin, c.req.valid('param').id, c.req.valid('json'));
        return c.json({ user: { ...toPublicUser(user), state: user.state } });
      },
    )
    .post('/users/:id/sessions/end', validate('param', userParamSchema), async (c) => {
      const ended = await endAllSessions(ports, c.get('request'), c.req.valid('param').id);
      return c.json({ ended });
    })
    .delete('/users/:id/passkeys/:passkeyId', validate('param', passkeyParamSchema), async (c) => {
      const request = c.get('request');
      const { id, passkeyId } = c.req.valid('param');
      await findUserOr404(ports, id);
      await removePasskey(ports, request, id, passkeyId);
      return c.body(null, 204);
    });
}
