import { Hono } from 'hono';
import { handleError, handleNotFound } from './middleware/error-handler.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import type { AppPorts } from './ports.ts';
import { healthRoutes } from './routes/health.ts';
import { secretRoutes } from './routes/secrets.ts';

/**
 * Builds the Hono app on its ports, so the Worker entry and a Node entry can bind different stores.
 *
 * @example const app = createApp({ secrets: createD1SecretStore(env.DB), clock: { now: Date.now }, config })
 */
export function createApp(ports: AppPorts): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.route('/api/health', healthRoutes(ports));
  app.route('/api/secrets', secretRoutes(ports));
  app.notFound(handleNotFound());
  app.onError(handleError());
  return app;
}
