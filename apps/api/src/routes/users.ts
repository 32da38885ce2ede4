import { directoryQuerySchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { userStore } from '../db/user-store.ts';
import { requireRole } from '../middleware/identify.ts';
import { validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { toPublicUser } from '../services/users.ts';

/** `/api/users`: the directory for choosing `people`, with type-ahead. Guests see nothing of the team. */
export function userRoutes(ports: AppPorts) {
  return new Hono<AppEnv>().get('/', validate('query', directoryQuerySchema), async (c) => {
    requireRole(c.get('request').actor, ['admin', 'member']);
    const users = await userStore(ports.db).search(c.req.valid('query').q.toLowerCase(), 20);
    return c.json({ users: users.map(toPublicUser) });
  });
}
