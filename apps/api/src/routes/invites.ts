import { createInviteRequestSchema } from '@hushlink/protocol';
import { Hono } from 'hono';
import { requireActor } from '../middleware/identify.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { createInvite } from '../services/invites.ts';

/** `/api/invites`: single-use, expiring invite links. */
export function inviteRoutes(ports: AppPorts) {
  return new Hono<AppEnv>().post(
    '/',
    requireJson(),
    validate('json', createInviteRequestSchema),
    async (c) => {
      const request = c.get('request');
      return c.json(
        await createInvite(ports, request, requireActor(request.actor), c.req.valid('json')),
        201,
      );
    },
  );
}
