import {
  loginOptionsRequestSchema,
  loginVerifyRequestSchema,
  registerOptionsRequestSchema,
  registerVerifyRequestSchema,
  stepUpOptionsRequestSchema,
  stepUpVerifyRequestSchema,
} from '@hushlink/protocol';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { Hono } from 'hono';
import { finishSignIn, startSignIn } from '../auth/authentication.ts';
import { finishRegistration, startRegistration } from '../auth/registration.ts';
import { clearSessionCookie, startSession } from '../auth/sessions.ts';
import { finishStepUp, startStepUp } from '../auth/step-up.ts';
import { sessionStore } from '../db/session-store.ts';
import { requireJson, validate } from '../middleware/json-body.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import { toPublicUser } from '../services/users.ts';

/**
 * What sign-out tells the browser to drop: its HTTP cache (pages and API answers of this account) and cookies.
 * Not `"storage"`: localStorage holds only public data the person wants kept across sign-ins (the fingerprints of
 * recipients' keys that key-continuity warnings compare against, and preferences), and clearing it would silence
 * those warnings. The sealing private keys are never stored anywhere: the page keeps them in memory only and wipes
 * them on sign-out.
 */
const CLEAR_SITE_DATA = '"cache", "cookies"';

/**
 * `/api/auth`: passkey registration, sign-in and step-up ceremonies, and sign-out. A sign-in (or a new account)
 * ends the session the request presented before starting its own; see `startSession`.
 */
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
          prfSigningKey: body.prfSigningKey,
        });
        await startSession(ports, c, user, request);
        return c.json({ user: toPublicUser(user) });
      },
    )
    .post(
      '/step-up/options',
      limitSignIn,
      requireJson(),
      validate('json', stepUpOptionsRequestSchema),
      async (c) => {
        return c.json(await startStepUp(ports, c.get('request')));
      },
    )
    .post(
      '/step-up/verify',
      limitSignIn,
      requireJson(),
      validate('json', stepUpVerifyRequestSchema),
      async (c) => {
        const body = c.req.valid('json');
        const { steppedUpUntil } = await finishStepUp(ports, c.get('request'), {
          challengeId: body.challengeId,
          response: body.response as unknown as AuthenticationResponseJSON,
        });
        return c.json({ steppedUpUntil: new Date(steppedUpUntil).toISOString() });
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
      c.header('Clear-Site-Data', CLEAR_SITE_DATA);
      return c.body(null, 204);
    });
}
