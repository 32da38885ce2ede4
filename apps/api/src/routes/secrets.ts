import { createSecretRequestSchema, revealRequestSchema, secretIdSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { optionalManageToken } from '../middleware/bearer-token.ts';
import { requireActor } from '../middleware/identify.ts';
import { limitBody, requireJson, validate } from '../middleware/json-body.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import {
  createSecret,
  getSecretMetadata,
  listMySecrets,
  revealSecret,
  revokeAllSecrets,
  revokeSecret,
} from '../services/secrets.ts';
import { secretBlobRoutes } from './secret-blobs.ts';

const idParamSchema = z.strictObject({ id: secretIdSchema });

/**
 * `/api/secrets`: create, list mine, read metadata, reveal, revoke, and (`secret-blobs.ts`) upload and download
 * file envelopes. Each handler validates, calls a service, responds.
 */
export function secretRoutes(ports: AppPorts) {
  const limitReveal = rateLimit(ports.limits.reveal, 'Too many reveal attempts from your address.');
  return new Hono<AppEnv>()
    .post('/', limitBody, requireJson(), validate('json', createSecretRequestSchema), async (c) => {
      return c.json(await createSecret(ports, c.get('request'), c.req.valid('json')), 201);
    })
    .get('/', async (c) => {
      const actor = requireActor(c.get('request').actor);
      return c.json({ secrets: await listMySecrets(ports, actor) });
    })
    .post('/revoke-all', async (c) => {
      const request = c.get('request');
      return c.json({ revoked: await revokeAllSecrets(ports, request, requireActor(request.actor)) });
    })
    .get('/:id', validate('param', idParamSchema), async (c) => {
      return c.json(await getSecretMetadata(ports, c.get('request'), c.req.valid('param').id));
    })
    .post(
      '/:id/reveal',
      limitReveal,
      limitBody,
      validate('param', idParamSchema),
      requireJson(),
      validate('json', revealRequestSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await revealSecret(ports, c.get('request'), id, c.req.valid('json').claim));
      },
    )
    .delete('/:id', validate('param', idParamSchema), async (c) => {
      const manageToken = optionalManageToken(c.req.header('Authorization'));
      await revokeSecret(ports, c.get('request'), c.req.valid('param').id, manageToken);
      return c.body(null, 204);
    })
    .route('/', secretBlobRoutes(ports, limitBody));
}
