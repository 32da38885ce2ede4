import { networkIdSchema, networkPolicySchema, saveNetworkRequestSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireFreshStepUp } from '../auth/step-up.ts';
import { networkStore } from '../db/network-store.ts';
import { requireActor, requireRole } from '../middleware/identify.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import {
  createNetwork,
  deleteNetwork,
  findNetworkOr404,
  toNamedNetwork,
  updateNetwork,
} from '../services/named-networks.ts';
import { readNetworkPolicy, saveNetworkPolicy } from '../services/network-policy.ts';

const networkParamSchema = z.strictObject({ id: z.string().pipe(networkIdSchema) });

/**
 * Named networks and the per-role network policy, under `/api`:
 * - `GET /networks`: the names a signed-in sender may limit a link to (no ranges);
 * - `/admin/networks` (list, add, change, delete) and `/admin/network-policy` (read, replace): admins only.
 * What can shut people out (changing or deleting a network, replacing the policy) needs the admin's fresh step-up,
 * as a role change does; adding a network changes nobody's access.
 */
export function networkRoutes(ports: AppPorts) {
  const admin = (c: { get(key: 'request'): AppEnv['Variables']['request'] }) =>
    requireRole(c.get('request').actor, ['admin']);
  return new Hono<AppEnv>()
    .get('/networks', async (c) => {
      requireActor(c.get('request').actor);
      const rows = await networkStore(ports.db).list();
      return c.json({ networks: rows.map((row) => ({ id: row.id, name: row.name })) });
    })
    .get('/admin/networks', async (c) => {
      admin(c);
      return c.json({ networks: (await networkStore(ports.db).list()).map(toNamedNetwork) });
    })
    .post('/admin/networks', requireJson(), validate('json', saveNetworkRequestSchema), async (c) => {
      admin(c);
      return c.json({ network: await createNetwork(ports, c.get('request'), c.req.valid('json')) }, 201);
    })
    .put(
      '/admin/networks/:id',
      validate('param', networkParamSchema),
      requireJson(),
      validate('json', saveNetworkRequestSchema),
      async (c) => {
        const request = c.get('request');
        admin(c);
        await findNetworkOr404(ports, c.req.valid('param').id);
        await requireFreshStepUp(ports, request.actor);
        const network = await updateNetwork(ports, request, c.req.valid('param').id, c.req.valid('json'));
        return c.json({ network });
      },
    )
    .delete('/admin/networks/:id', validate('param', networkParamSchema), async (c) => {
      const request = c.get('request');
      admin(c);
      await requireFreshStepUp(ports, request.actor);
      await deleteNetwork(ports, request, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .get('/admin/network-policy', async (c) => {
      admin(c);
      return c.json({ policy: await readNetworkPolicy(ports) });
    })
    .put('/admin/network-policy', requireJson(), validate('json', networkPolicySchema), async (c) => {
      const request = c.get('request');
      admin(c);
      await requireFreshStepUp(ports, request.actor);
      return c.json({ policy: await saveNetworkPolicy(ports, request, c.req.valid('json')) });
    });
}
