import type { MiddlewareHandler } from 'hono';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { assertRoleMayConnect } from '../services/network-policy.ts';

/**
 * Refuses any request made with a session or an API token from outside the networks the caller's role may
 * connect from (`assertRoleMayConnect`: 403 `network_policy_denied`, audited). Runs right after `identify`, on
 * Workers and on Node alike, so an existing session used from elsewhere is refused as a new sign-in would be.
 */
export function networkPolicy(ports: AppPorts): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const request = c.get('request');
    if (request.actor) await assertRoleMayConnect(ports, request, request.actor.user, request.actor.via);
    await next();
  };
}
