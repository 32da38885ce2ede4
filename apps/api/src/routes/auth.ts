import {
  loginOptionsRequestSchema,
  loginVerifyRequestSchema,
  registerOptionsRequestSchema,
  registerVerifyRequestSchema,
} from '@hushlink/protocol';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { Hono } from 'hono';
import { finishSignIn, startSignIn } from '../auth/authentication.ts';
import { finishRegistration, startRegistration } from '../auth/registration.ts';
import { clearSessionCookie, startSession } from '../auth/sessions.ts';
import { sessionStore } from '../db/session-store.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import { toPublicUser } from '../services/users.ts';

/** `/api/auth`: passkey registration and sign-in ceremonies, and sign-out. */
export function authRoutes(ports: AppPorts) {
  const limitSignIn = rateLimit(ports.limits.signIn, 'Too many sign-in attempts from your address.');
  return new Hono<AppEnv>()
    .post(
      '/register/options',
      limitSignIn,
      requireJson(),
      validate('json', registerOptionsRequestSchema),
      async (c) => {
        return c.json(await startRegistration(ports, c.get('request'), c.req.valid('json')));
      },
    )
    .post(
      '/register/verify',
      limitSignIn,
      requireJson(),
      validate('json', registerVerifyRequestSchema),
      async (c) => {
        const request = c.get('request');
        const { user, created } = await finishRegistration(ports, request, c.req.valid('json'));
        if (created) await startSession(ports, c, user, request);
        return c.json({ user: toPublicUser(user) }, created ? 201 : 200);
      },
    )
    .post(
      '/login/options',
      limitSignIn,
      requireJson(),
      validate('json', loginOptionsRequestSchema),
      async (c) => {
        return c.json(await startSignIn(ports));
      },
    )
    .post(
      '/login/verify',
      limitSignIn,
      requireJson(),
      validate('json', loginVerifyRequestSchema),
      async (c) => {
        const request = c.get('request');
        const body = c.req.valid('json');
        const user = await finishSignIn(ports, request, {
          challengeId: body.challengeId,
          response: body.response as unknown as AuthenticationResponseJSON,
          prfPublicKey: body.prfPublicKey,
        });
        await startSession(ports, c, user, request);
        return c.json({ user: toPublicUser(user) });
      },
    )
    .post('/logout', async (c) => {
      const request = c.get('request');
      if (request.actor?.via === 'session') {
        await sessionStore(ports.db).delete(request.actor.credentialId);
        await recordAudit(ports, request, 'session.ended', {
          type: 'session',
          id: request.actor.credentialId,
        });
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
