import type { MiddlewareHandler } from 'hono';
import { resolveApiToken } from '../auth/api-tokens.ts';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, AppEnv } from '../request-info.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds who is calling — a session cookie or an `Authorization: Bearer ID.SECRET` API token — and where from,
 * and refuses a state-changing request that carries a session cookie but comes from another origin.
 * A bad or expired credential makes the caller anonymous; routes that need an account say so.
 */
export function identify(ports: AppPorts): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const hasCookie = (c.req.header('Cookie') ?? '').includes(`${SESSION_COOKIE}=`);
    if (hasCookie && STATE_CHANGING.has(c.req.method)) {
      const origin = c.req.header('Origin');
      if (!origin || !ports.config.origins.includes(origin)) {
        throw new ApiError('origin_mismatch', 403, 'This request did not come from a Hushlink page.');
      }
    }
    let actor: Actor | null = null;
    const bearer = /^Bearer (\S+\.\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    if (bearer) {
      const found = await resolveApiToken(ports, bearer);
      if (!found) throw new ApiError('unauthorized', 401, 'This API token is unknown, expired or revoked.');
      actor = { user: found.user, via: 'token', credentialId: found.tokenId };
    } else if (hasCookie) {
      const found = await resolveSession(ports, c);
      if (found) actor = { user: found.user, via: 'session', credentialId: found.sessionId };
    }
    c.set('request', {
      actor,
      ip: ports.clientIp(c),
      userAgent: c.req.header('User-Agent')?.slice(0, 300) ?? null,
      trail: { audited: false },
    });
    await next();
  };
}

/** The signed-in caller, or a 401 `sign_in_required`. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new ApiError('sign_in_required', 401, 'Sign in with your passkey first.');
  return actor;
}

/** The signed-in caller if they have one of `roles`, else 401 or 403. */
export function requireRole(actor: Actor | null, roles: readonly Actor['user']['role'][]): Actor {
  const signedIn = requireActor(actor);
  if (!roles.includes(signedIn.user.role)) {
    throw new ApiError('forbidden', 403, 'Your account is not allowed to do this.');
  }
  return signedIn;
}
