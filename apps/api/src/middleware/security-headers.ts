import { NO_INDEX_HEADERS, SECURITY_HEADERS } from '@hushlink/protocol';
import type { MiddlewareHandler } from 'hono';

/**
 * Sets the security headers of DESIGN.md on every response, errors included, and `Cache-Control: no-store` on
 * every response that did not choose its own caching.
 * The same constant generates the static assets' `_headers` file.
 */
export function securityHeaders(): MiddlewareHandler {
  const headers = [...Object.entries(SECURITY_HEADERS), ...Object.entries(NO_INDEX_HEADERS)];
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
    // Content-hashed static assets set their own long cache; everything else is never cached.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
