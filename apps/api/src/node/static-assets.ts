import { readFileSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { isPageRoute } from '@hushlink/protocol';
import type { MiddlewareHandler } from 'hono';
import { noSuchFile } from '../middleware/no-such-file.ts';
import { pageContentSecurityPolicy } from '../middleware/page-policy.ts';

/**
 * Serves the built web client from `root` as Workers static assets do (wrangler.toml, and the `_redirects` and
 * `_headers` files of the build): files as they are, content-hashed `/assets/*` cached for a year, `index.html`
 * for the client's page routes (`/s/ID`, `/m/ID`, `/links`, ...; `PAGE_ROUTES`), and a 404 that is never cached
 * for anything else, above all a missing `/assets/…` file, which must not be answered with the page (a person who
 * opened a mistyped address gets the page with the 404, so that it says "Page not found"; see `noSuchFile`).
 */
export function staticAssets(root: string): MiddlewareHandler {
  const indexHtml = readFileSync(`${root}/index.html`, 'utf8');
  // The CSP that allows the page's import map by its hash, as the build's `_headers` gives it on Workers.
  const pagePolicy = pageContentSecurityPolicy(indexHtml);
  const serveFile = serveStatic({
    root,
    onFound: (path, c) => {
      if (path.includes('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      // Every static file gets the page's CSP, as the `/*` rule of `_headers` gives it on Workers.
      c.header('Content-Security-Policy', pagePolicy);
    },
  });
  const missing = noSuchFile(async () => indexHtml);
  return async (c, next) => {
    // `_headers` and `_redirects` are the static assets' configuration, which Workers never serve either.
    if (c.req.path.startsWith('/_')) return missing(c, next);
    let found = true;
    const response = await serveFile(c, async () => {
      found = false;
    });
    if (found && response) return response;
    if (isPageRoute(c.req.path)) return c.html(indexHtml, 200, { 'Content-Security-Policy': pagePolicy });
    return missing(c, next);
  };
}
