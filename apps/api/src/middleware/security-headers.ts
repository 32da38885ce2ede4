import { NO_INDEX_HEADERS, SECURITY_HEADERS } from '@hushlink/protocol';
import type { MiddlewareHandler } from 'hono';

/** The headers of DESIGN.md that every response carries, errors and static files included. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  ...NO_INDEX_HEADERS,
};

/** The caching of every response that does not choose its own: none. */
export const DEFAULT_CACHE_CONTROL = 'no-store';

/**
 * Sets `RESPONSE_HEADERS` on every response, and `Cache-Control: no-store` on every response that did not choose
 * its own caching. The Worker runs it; the Node server sets the same headers a layer below, on the Node response
 * before the app runs (`node/response-headers.ts`), which costs a third as much. The same constant generates the
 * static assets' `_headers` file.
 */
export function securityHeaders(): MiddlewareHandler {
  const headers = Object.entries(RESPONSE_HEADERS);
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) {
      // The page chooses its own CSP, which allows its import map by hash (`pageContentSecurityPolicy`).
      if (name === 'Content-Security-Policy' && c.res.headers.has(name)) continue;
      c.res.headers.set(name, value);
    }
    // Content-hashed static assets set their own long cache; everything else is never cached.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', DEFAULT_CACHE_CONTROL);
  };
}
