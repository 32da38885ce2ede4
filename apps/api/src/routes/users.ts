import { directoryQuerySchema, userIdSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { userStore } from '../db/user-store.ts';
import { requireActor, requireRole } from '../middleware/identify.ts';
import { validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { userKeys } from '../services/passkey-keys.ts';
import { toPublicUser } from '../services/users.ts';

const userParamSchema = z.strictObject({ id: userIdSchema });

/**
 * `/api/users`: the directory for choosing `people`, with type-ahead, and a person's sealing keys. Guests see
 * nothing of the team.
 */
export function userRoutes(ports: AppPorts) {
  return new Hono<AppEnv>()
    .get('/', validate('query', directoryQuerySchema), async (c) => {
      requireRole(c.get('request').actor, ['admin', 'member']);
      const users = await userStore(ports.db).search(c.req.valid('query').q.toLowerCase(), 20);
      return c.json({ users: users.map(toPublicUser) });
    })
    .get('/:id/keys', validate('param', userParamSchema), async (c) => {
      const actor = requireActor(c.get('request').actor);
      return c.json(await userKeys(ports, actor, c.req.valid('param').id));
    });
}
