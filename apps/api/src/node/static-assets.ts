import { readFileSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/**
 * Serves the built web client from `root` as Workers static assets would: files as they are, content-hashed
 * `/assets/*` cached for a year, and `index.html` for any other path (the single-page app's `/s/ID`, `/m/ID`).
 */
export function staticAssets(root: string): MiddlewareHandler {
  const indexHtml = readFileSync(`${root}/index.html`, 'utf8');
  const serveFile = serveStatic({
    root,
    onFound: (path, c) => {
      if (path.includes('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  return async (c, next) => {
    let missing = false;
    const response = await serveFile(c, async () => {
      missing = true;
    });
    if (!missing && response) return response;
    if (c.req.path.startsWith('/assets/')) return next();
    return c.html(indexHtml);
  };
}
