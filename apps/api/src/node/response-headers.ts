import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_CACHE_CONTROL, RESPONSE_HEADERS } from '../middleware/security-headers.ts';

/** A Node request listener, as `http.createServer` takes it. */
export type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Wraps the Node server's request listener so that every response starts with the security headers and
 * `Cache-Control: no-store`, set on the Node response before the app runs; headers the app sends itself (a static
 * asset's long `Cache-Control`) take precedence, as `writeHead` gives them. This is the `securityHeaders`
 * middleware of the Worker, a layer lower: there each header went through a `Headers` object that the Node
 * adapter then turned back into Node headers, 13 to 21 µs a request on this project's machine against 4 to 8 µs
 * here (a bare Hono route on `@hono/node-server`, 10 connections). It also covers what never reaches the app,
 * such as the adapter's own 500.
 */
export function withResponseHeaders(listener: Listener): Listener {
  const headers = new Map(Object.entries({ ...RESPONSE_HEADERS, 'Cache-Control': DEFAULT_CACHE_CONTROL }));
  return (request, response) => {
    response.setHeaders(headers);
    listener(request, response);
  };
}
