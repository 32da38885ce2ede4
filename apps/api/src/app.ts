import { Hono, type MiddlewareHandler } from 'hono';
import { handleError, handleNotFound } from './middleware/error-handler.ts';
import { identify } from './middleware/identify.ts';
import { networkPolicy } from './middleware/network-policy.ts';
import { type RequestRecord, requestLog } from './middleware/request-log.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import type { AppPorts } from './ports.ts';
import type { AppEnv } from './request-info.ts';
import { adminRoutes } from './routes/admin.ts';
import { auditRoutes } from './routes/audit.ts';
import { auditWebhookRoutes } from './routes/audit-webhook.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { instanceRoutes } from './routes/instance.ts';
import { inviteRoutes } from './routes/invites.ts';
import { meRoutes } from './routes/me.ts';
import { metricsRoute, type ServerMetrics } from './routes/metrics.ts';
import { networkRoutes } from './routes/networks.ts';
import { requestRoutes } from './routes/requests.ts';
import { secretRoutes } from './routes/secrets.ts';
import { userRoutes } from './routes/users.ts';
import { wakeAuditWebhook } from './services/audit-webhook-delivery.ts';

/** What the Node entry sets differently from the Worker's defaults. */
export interface AppOptions {
  /** Serves the built web client (the Node server; on Workers the assets binding does). */
  staticAssets?: MiddlewareHandler;
  /** Where request log lines go (default `console.log`). */
  writeLog?: (line: string) => void;
  /** False when the server sets the security headers itself (`node/response-headers.ts`); default true. */
  securityHeaders?: boolean;
  /** The Node server's Prometheus metrics, served at `/metrics` to the holder of `token` (`metricsRoute`). */
  metrics?: { token: string; metrics: ServerMetrics };
  /** Called with each answered request where there is no `metrics` (the Worker's metric log lines). */
  observeRequest?: (record: RequestRecord) => void;
}

/**
 * Builds the Hono app on its ports, so the Worker entry and a Node entry can bind different stores. The Node
 * entry also passes the handler that serves the built web client, and where its request log lines go.
 *
 * @example const app = createApp(bindWorkerPorts(env, ctx))
 */
export function createApp(ports: AppPorts, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(options.writeLog, options.metrics?.metrics.observe ?? options.observeRequest));
  if (options.metrics) app.get('/metrics', metricsRoute(options.metrics.token, options.metrics.metrics));
  if (options.securityHeaders !== false) app.use('*', securityHeaders());
  app.use('/api/*', identify(ports));
  app.use('/api/*', async (c, next) => {
    await next();
    wakeAuditWebhook(ports, c.get('request').trail?.audited === true);
  });
  app.use('/api/*', networkPolicy(ports));
  app.route('/api/health', healthRoutes(ports));
  app.route('/api/instance', instanceRoutes(ports));
  app.route('/api/auth', authRoutes(ports));
  app.route('/api/me', meRoutes(ports));
  app.route('/api/invites', inviteRoutes(ports));
  app.route('/api/users', userRoutes(ports));
  app.route('/api/admin/audit-webhook', auditWebhookRoutes(ports));
  app.route('/api/admin', adminRoutes(ports));
  app.route('/api', networkRoutes(ports));
  app.route('/api/audit', auditRoutes(ports));
  app.route('/api/secrets', secretRoutes(ports));
  app.route('/api/requests', requestRoutes(ports));
  const { staticAssets } = options;
  if (staticAssets) {
    // The Node server serves the web client itself; on Workers the assets binding does, before the Worker runs.
    app.on(['GET', 'HEAD'], '*', (c, next) =>
      c.req.path.startsWith('/api/') ? next() : staticAssets(c, next),
    );
  }
  app.notFound(handleNotFound());
  app.onError(handleError());
  return app;
}
