import { isPageRoute } from '@hushlink/protocol';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { noSuchFile } from '../middleware/no-such-file.ts';
import { pageContentSecurityPolicy } from '../middleware/page-policy.ts';
import type { WebFiles } from './web-files.ts';

/**
 * Serves the built web client (`files`, held in memory: from the build folder in a checkout, from the bundle in a
 * release) as Workers static assets do (wrangler.toml, and the `_redirects` and `_headers` files of the build):
 * files as they are, content-hashed `/assets/*` cached for a year, `index.html` for the client's page routes
 * (`/s/ID`, `/m/ID`, `/links`, ...; `PAGE_ROUTES`), and a 404 that is never cached for anything else, above all a
 * missing `/assets/…` file, which must not be answered with the page (a person who opened a mistyped address gets
 * the page with the 404, so that it says "Page not found"; see `noSuchFile`).
 */
export function staticAssets(files: WebFiles): MiddlewareHandler {
  const indexBytes = files.get('index.html');
  if (!indexBytes) throw new Error('the web client has no index.html');
  const indexHtml = new TextDecoder().decode(indexBytes);
  // The CSP that allows the page's import map by its hash, as the build's `_headers` gives it on Workers.
  const pagePolicy = pageContentSecurityPolicy(indexHtml);
  const missing = noSuchFile(async () => indexHtml);
  return async (c, next) => {
    const path = c.req.path;
    // `_headers` and `_redirects` are the static assets' configuration, which Workers never serve either.
    if (path.startsWith('/_')) return missing(c, next);
    const name = fileName(path);
    const body = name === undefined ? undefined : files.get(name);
    if (name !== undefined && body) {
      c.header('Content-Type', getMimeType(name) ?? 'application/octet-stream');
      if (name.startsWith('assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      // Every static file gets the page's CSP, as the `/*` rule of `_headers` gives it on Workers.
      c.header('Content-Security-Policy', pagePolicy);
      return c.body(body as Uint8Array<ArrayBuffer>);
    }
    if (isPageRoute(path)) return c.html(indexHtml, 200, { 'Content-Security-Policy': pagePolicy });
    return missing(c, next);
  };
}

/** The file a request path names (`/` and `/DIR/` name their `index.html`), or undefined for a malformed one. */
function fileName(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const name = decoded.replace(/^\/+/, '');
  return name === '' || name.endsWith('/') ? `${name}index.html` : name;
}
