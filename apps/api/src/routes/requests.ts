import { answerRequestSchema, createRequestSchema, requestIdSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireActor } from '../middleware/identify.ts';
import { limitBody, requireJson, validate } from '../middleware/json-body.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import {
  answerRequest,
  createRequest,
  getRequestInfo,
  listMyRequests,
  revokeRequest,
} from '../services/requests.ts';

const idParamSchema = z.strictObject({ id: requestIdSchema });

/**
 * `/api/requests`: requests for a secret. Signed in: create, list mine, withdraw. Anyone with the link: read what
 * is asked, and answer once with an envelope sealed in the browser to the requester's keys.
 */
export function requestRoutes(ports: AppPorts) {
  const limitAnswer = rateLimit(ports.limits.reveal, 'Too many answers from your address.');
  return new Hono<AppEnv>()
    .post('/', requireJson(), validate('json', createRequestSchema), async (c) => {
      const request = c.get('request');
      const actor = requireActor(request.actor);
      return c.json(await createRequest(ports, request, actor, c.req.valid('json')), 201);
    })
    .get('/', async (c) => {
      const actor = requireActor(c.get('request').actor);
      return c.json({ requests: await listMyRequests(ports, actor) });
    })
    .get('/:id', validate('param', idParamSchema), async (c) => {
      return c.json(await getRequestInfo(ports, c.req.valid('param').id));
    })
    .post(
      '/:id/answer',
      limitAnswer,
      limitBody,
      validate('param', idParamSchema),
      requireJson(),
      validate('json', answerRequestSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await answerRequest(ports, c.get('request'), id, c.req.valid('json').ciphertext), 201);
      },
    )
    .delete('/:id', validate('param', idParamSchema), async (c) => {
      const request = c.get('request');
      const actor = requireActor(request.actor);
      await revokeRequest(ports, request, actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
