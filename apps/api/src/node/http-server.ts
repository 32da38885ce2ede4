import { createServer, type ServerOptions } from 'node:http';
import { drainUnreadBody } from './drain-unread-body.ts';
import { type Listener, withResponseHeaders } from './response-headers.ts';

/**
 * `http.createServer` for `@hono/node-server`'s `serve`: every response starts with the security headers
 * (`withResponseHeaders`), and once it is sent, what is left of a request body the app did not read is drained
 * rather than cut off (`drainUnreadBody`).
 */
export const createHttpServer = ((options: ServerOptions, listener: Listener) => {
  const withHeaders = withResponseHeaders(listener);
  return createServer(options, (request, response) => {
    response.once('finish', () => drainUnreadBody(request));
    withHeaders(request, response);
  });
}) as typeof createServer;

/**
 * What the Node server passes to `serve` besides its app and address: `createHttpServer`, and the adapter's own
 * clean-up of unread bodies turned off, since that one closes the connection 500 ms after the answer.
 */
export const nodeServeOptions = { createServer: createHttpServer, autoCleanupIncoming: false } as const;
