import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import { pageContentSecurityPolicy } from './page-policy.ts';

/** The client's page (`index.html`), or null when it cannot be had. */
export type PageSource = (c: Context) => Promise<string | null>;

/**
 * Whether a request is a person's browser opening an address (rather than a script, stylesheet or `fetch`):
 * `Sec-Fetch-Mode: navigate`, or, from a browser too old to send it, an `Accept` that asks for HTML.
 */
function isNavigation(c: Context): boolean {
  const mode = c.req.header('Sec-Fetch-Mode');
  if (mode !== undefined) return mode === 'navigate';
  return (c.req.header('Accept') ?? '').includes('text/html');
}

/**
 * The answer for a path outside `/api` that is neither a file of the web client nor one of its page routes
 * (`PAGE_ROUTES`): a missing `/assets/…` script, a mistyped address. Always a 404 that is never cached (no
 * `Cache-Control` of its own, so the default `no-store`). A person who opened a mistyped address gets the page,
 * which says "Page not found", still with the 404; anything else, and anything under `/assets/` or `/_`, gets the
 * JSON `not_found` body, never the page: answered with the page, a missing script would be HTML that a cache keeps
 * for a year under `/assets/*`. The Worker runs it for whatever the static assets did not have; the Node server
 * when its folder has no such file.
 */
export function noSuchFile(page?: PageSource): MiddlewareHandler {
  return async (c) => {
    const path = c.req.path;
    if (page && isNavigation(c) && !path.startsWith('/assets/') && !path.startsWith('/_')) {
      const html = await page(c);
      if (html !== null)
        return c.html(html, 404, { 'Content-Security-Policy': pageContentSecurityPolicy(html) });
    }
    return c.json(new ApiError('not_found', 404, 'There is no such page or file.').toJSON(), 404);
  };
}
