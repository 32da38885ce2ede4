import {
  cliSigningKeyParamSchema,
  createApiTokenRequestSchema,
  credentialIdSchema,
  registerCliSigningKeyRequestSchema,
  renamePasskeyRequestSchema,
  sessionParamSchema,
} from '@hushlink/protocol';
import { Hono } from 'hono';
import { z } from 'zod';
import { createApiToken } from '../auth/api-tokens.ts';
import { clearSessionCookie } from '../auth/sessions.ts';
import { refuseApiToken, requireFreshStepUp } from '../auth/step-up.ts';
import { apiTokenStore } from '../db/api-token-store.ts';
import { ApiError } from '../errors.ts';
import { requireActor } from '../middleware/identify.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import {
  listCliSigningKeys,
  registerCliSigningKey,
  removeCliSigningKey,
} from '../services/cli-signing-keys.ts';
import { removePasskey, renamePasskey } from '../services/passkeys.ts';
import { endMyOtherSessions, endMySession, listMySessions } from '../services/sessions.ts';
import { describeMe } from '../services/users.ts';

// The same cap as registration's, so every stored passkey can be named here (and removed).
const passkeyParamSchema = z.strictObject({ id: credentialIdSchema });
const tokenParamSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });

/**
 * `/api/me`: who am I, my passkeys (rename, remove — never the last), my API tokens, my sessions. Removing a
 * passkey and creating a token need a fresh step-up of the session; an API token may do neither, nor rename a
 * passkey. Listing and ending sessions is allowed with a token too: ending only takes access away. Command-line
 * signing keys are registered by the API token `hushlink login` uses (only a token, one key each; see
 * `registerCliSigningKey`), listed to either, and removed like a passkey (a session with a fresh step-up).
 */
export function meRoutes(ports: AppPorts) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await describeMe(ports, requireActor(c.get('request').actor).user)))
    .patch(
      '/passkeys/:id',
      validate('param', passkeyParamSchema),
      requireJson(),
      validate('json', renamePasskeyRequestSchema),
      async (c) => {
        const request = c.get('request');
        const actor = requireActor(request.actor);
        refuseApiToken(actor);
        await renamePasskey(ports, request, actor.user.id, c.req.valid('param').id, c.req.valid('json').name);
        return c.json(await describeMe(ports, actor.user));
      },
    )
    .delete('/passkeys/:id', validate('param', passkeyParamSchema), async (c) => {
      const request = c.get('request');
      const actor = await requireFreshStepUp(ports, request.actor);
      await removePasskey(ports, request, actor.user.id, c.req.valid('param').id);
      return c.json(await describeMe(ports, actor.user));
    })
    .get('/tokens', async (c) => {
      const actor = requireActor(c.get('request').actor);
      const tokens = await apiTokenStore(ports.db).listOf(actor.user.id);
      return c.json({
        tokens: tokens.map((token) => ({
          id: token.id,
          name: token.name,
          createdAt: new Date(token.createdAt).toISOString(),
          expiresAt: new Date(token.expiresAt).toISOString(),
          lastUsedAt: token.lastUsedAt === null ? null : new Date(token.lastUsedAt).toISOString(),
          revoked: token.revokedAt !== null,
        })),
      });
    })
    .post('/tokens', requireJson(), validate('json', createApiTokenRequestSchema), async (c) => {
      const { name, expiresIn } = c.req.valid('json');
      const created = await createApiToken(ports, c.get('request'), name, expiresIn);
      return c.json({ ...created, expiresAt: new Date(created.expiresAt).toISOString() }, 201);
    })
    .delete('/tokens/:id', validate('param', tokenParamSchema), async (c) => {
      const request = c.get('request');
      const actor = requireActor(request.actor);
      const { id } = c.req.valid('param');
      if (!(await apiTokenStore(ports.db).revoke(id, actor.user.id, ports.clock.now()))) {
        throw new ApiError('not_found', 404, 'You have no such active token.');
      }
      await recordAudit(ports, request, 'token.revoked', { type: 'token', id });
      return c.body(null, 204);
    })
    .get('/signing-keys', async (c) => {
      const actor = requireActor(c.get('request').actor);
      return c.json({ keys: await listCliSigningKeys(ports, actor.user.id) });
    })
    .post('/signing-keys', requireJson(), validate('json', registerCliSigningKeyRequestSchema), async (c) => {
      const request = c.get('request');
      const actor = requireActor(request.actor);
      const { key, replaced } = await registerCliSigningKey(
        ports,
        request,
        actor,
        c.req.valid('json').publicKey,
      );
      return c.json({ key }, replaced ? 200 : 201);
    })
    .delete('/signing-keys/:id', validate('param', cliSigningKeyParamSchema), async (c) => {
      await removeCliSigningKey(ports, c.get('request'), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .get('/sessions', async (c) => {
      const actor = requireActor(c.get('request').actor);
      return c.json({ sessions: await listMySessions(ports, actor) });
    })
    .delete('/sessions/:id', validate('param', sessionParamSchema), async (c) => {
      const request = c.get('request');
      const actor = requireActor(request.actor);
      const { current } = await endMySession(ports, request, actor, c.req.valid('param').id);
      if (current) clearSessionCookie(c);
      return c.body(null, 204);
    })
    .delete('/sessions', async (c) => {
      const request = c.get('request');
      const actor = requireActor(request.actor);
      return c.json({ ended: await endMyOtherSessions(ports, request, actor) });
    });
}
