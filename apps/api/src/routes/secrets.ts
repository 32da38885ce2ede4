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
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import { assertMayCreateSecret } from '../services/creation-policy.ts';
import { createSecret, getSecretMetadata, revealSecret, revokeSecret } from '../services/secrets.ts';

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

/** `/api/secrets`: create, read metadata, reveal and revoke. Each handler validates, calls a service, responds. */
export function secretRoutes(ports: AppPorts): Hono {
  return new Hono()
    .post('/', limitBody, requireJson(), validate('json', createSecretRequestSchema), async (c) => {
      assertMayCreateSecret(ports.config);
      const body = c.req.valid('json');
      const size = base64UrlByteLength(body.ciphertext) ?? 0;
      const created = await createSecret(ports, { ...body, size });
      return c.json(created, 201);
    })
    .get('/:id', validate('param', idParamSchema), async (c) => {
      return c.json(await getSecretMetadata(ports, c.req.valid('param').id));
    })
    .post(
      '/:id/reveal',
      limitBody,
      validate('param', idParamSchema),
      requireJson(),
      validate('json', revealRequestSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await revealSecret(ports, id, c.req.valid('json').claim));
      },
    )
    .delete('/:id', validate('param', idParamSchema), async (c) => {
      const token = bearerToken(c.req.header('Authorization'));
      await revokeSecret(ports, c.req.valid('param').id, token);
      return c.body(null, 204);
    });
}

function bearerToken(header: string | undefined): string {
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(header ?? '');
  if (!match?.[1]) {
    throw new ApiError('unauthorized', 401, 'Send the manage token as "Authorization: Bearer TOKEN".', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  return match[1];
}
