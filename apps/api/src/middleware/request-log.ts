import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { randomToken } from '../crypto/random-token.ts';

/**
 * Writes one structured JSON line per request — method, route pattern (never the concrete path, which holds
 * ids), status, duration and a request id — and returns the id as `X-Request-Id`. Nothing else of the request
 * is logged: no key, claim, token, ciphertext or cookie can reach the logs through here.
 */
export function requestLog(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomToken(12);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? 'error' : 'info',
        event: 'request',
        requestId,
        method: c.req.method,
        route: routePath(c, -1),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      }),
    );
  };
}
