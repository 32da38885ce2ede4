import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';

/**
 * The answer for a path outside `/api` that is neither a file of the web client nor one of its page routes
 * (`PAGE_ROUTES`): a missing `/assets/…` script, a mistyped address. A JSON 404 `not_found`, never cached (no
 * `Cache-Control` of its own, so the default `no-store`), and never the page: answered with the page, a missing
 * script would be HTML that a cache keeps for a year under `/assets/*`. The Worker runs it for whatever the
 * static assets did not have; the Node server when its folder has no such file.
 */
export function noSuchFile(): MiddlewareHandler {
  return async (c) => c.json(new ApiError('not_found', 404, 'There is no such page or file.').toJSON(), 404);
}
