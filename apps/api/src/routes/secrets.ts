import {
  base64UrlByteLength,
  createSecretRequestSchema,
  MAX_REQUEST_BODY_BYTES,
  revealRequestSchema,
  secretIdSchema,
} from '@hushlink/protocol';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ApiError } from '../errors.ts';
import { requireActor } from '../middleware/identify.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
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

const idParamSchema = z.strictObject({ id: secretIdSchema });

const limitBody = bodyLimit({
  maxSize: MAX_REQUEST_BODY_BYTES,
  onError: () => {
    throw new ApiError(
      'payload_too_large',
      413,
      'The request body is larger than this server accepts (1 MiB of ciphertext).',
    );
  },
});

/** `/api/secrets`: create, list mine, read metadata, reveal, revoke. Each handler validates, calls a service, responds. */
export function secretRoutes(ports: AppPorts) {
  const limitReveal = rateLimit(ports.limits.reveal, 'Too many reveal attempts from your address.');
  return new Hono<AppEnv>()
    .post('/', limitBody, requireJson(), validate('json', createSecretRequestSchema), async (c) => {
      const body = c.req.valid('json');
      const size = base64UrlByteLength(body.ciphertext) ?? 0;
      return c.json(await createSecret(ports, c.get('request'), { ...body, size }), 201);
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
      return c.json(await getSecretMetadata(ports, c.req.valid('param').id));
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
      const manageToken = manageTokenOf(c.req.header('Authorization'));
      await revokeSecret(ports, c.get('request'), c.req.valid('param').id, manageToken);
      return c.body(null, 204);
    });
}

/**
 * The manage token in `Authorization: Bearer TOKEN`, or null when there is none (the caller may then be the
 * signed-in creator). A personal API token (`ID.SECRET`) is not a manage token; `identify` resolved it.
 */
function manageTokenOf(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (/^Bearer \S+\.\S+$/.test(header)) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(header);
  if (!match?.[1]) {
    throw new ApiError('unauthorized', 401, 'Send the manage token as "Authorization: Bearer TOKEN".', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  return match[1];
}
