import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { randomToken } from '../crypto/random-token.ts';

/**
 * Writes one structured JSON line per request — method, route pattern (never the concrete path, which holds
 * ids), status, duration and a request id — and returns the id as `X-Request-Id`. Nothing else of the request
 * is logged: no key, claim, token, ciphertext or cookie can reach the logs through here. Lines go to `write`:
 * `console.log` on Workers (a line belongs to its invocation), a batched stdout writer on Node.
 */
/** What the request log records of one request. */
export interface RequestRecord {
  method: string;
  route: string;
  status: number;
  durationMs: number;
}

export function requestLog(
  write: (line: string) => void = (line) => console.log(line),
  observe?: (record: RequestRecord) => void,
): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomToken(12);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const record: RequestRecord = {
      method: c.req.method,
      route: routeOf(c),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    observe?.(record);
    write(
      JSON.stringify({
        level: c.res.status >= 500 ? 'error' : 'info',
        event: 'request',
        requestId,
        ...record,
      }),
    );
  };
}

/**
 * The pattern of the most specific route that matched: the catch-alls (`*`, `/*`: middleware, and the Node server's
 * static files) are skipped unless nothing else matched.
 */
function routeOf(c: Context): string {
  const paths = matchedRoutes(c).map((route) => route.path);
  return paths.filter((path) => path !== '*' && path !== '/*').at(-1) ?? paths.at(-1) ?? '*';
}
