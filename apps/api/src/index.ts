import { createApp } from './app.ts';
import { r2BlobStore } from './blobs/r2-blob-store.ts';
import { parseConfig, type RawSettings } from './config.ts';
import { openD1Database } from './db/database.ts';
import { noSuchFile } from './middleware/no-such-file.ts';
import { normalizeIpAddress } from './net/ip-address.ts';
import type { AppPorts, RateLimiter } from './ports.ts';
import { alertWebhookNotifier } from './services/alert-webhook.ts';
import { deliverAuditEvents } from './services/audit-webhook-delivery.ts';
import { purgeExpired } from './services/purge.ts';
import { auditMetricLine, requestMetricLines, writeMetricLines } from './worker-metrics.ts';

/** The Worker's bindings (see wrangler.toml). */
export interface Env extends RawSettings {
  DB: D1Database;
  /** Uploaded envelopes (files). */
  BLOBS: R2Bucket;
  ASSETS: Fetcher;
  SIGN_IN_LIMITER: RateLimit;
  REVEAL_LIMITER: RateLimit;
}

/** A `RateLimiter` on a Workers rate-limiting binding (its period is 60 seconds in wrangler.toml). */
function bindingLimiter(binding: RateLimit): RateLimiter {
  return {
    retryAfterSeconds: 60,
    async allow(key: string) {
      return (await binding.limit({ key })).success;
    },
  };
}

function bindPorts(env: Env, ctx: ExecutionContext): AppPorts {
  const config = parseConfig(env);
  const db = openD1Database(env.DB);
  return {
    db,
    blobs: r2BlobStore(env.BLOBS),
    clock: { now: Date.now },
    config,
    limits: { signIn: bindingLimiter(env.SIGN_IN_LIMITER), reveal: bindingLimiter(env.REVEAL_LIMITER) },
    notifier: alertWebhookNotifier(config.alertWebhook, (send) => ctx.waitUntil(send)),
    background: (task) => ctx.waitUntil(task()),
    onAuditEvent: (event) => writeMetricLines([auditMetricLine(event)]),
    // A Worker sends only to public addresses (SECURITY.md: literal addresses; DNS rebinding is not covered).
    webhookUrlRules: { allowPrivate: false },
    // Cloudflare sets CF-Connecting-IP on every request and overwrites any the client sent.
    clientIp: (c) => normalizeIpAddress(c.req.header('CF-Connecting-IP') ?? ''),
  };
}

/**
 * The Worker: `/api/*` goes to the Hono app; the cron purges what expired. Static files and the client's page
 * routes are answered by the static assets without running the Worker (wrangler.toml, `_redirects`), so any
 * other path that reaches it is a miss: 404, never cached, and the page only for a person's mistyped address,
 * never for a missing asset (`noSuchFile`).
 */
export default {
  fetch(request, env, ctx) {
    // A person who opened a mistyped address gets the client's page with the 404, which says "Page not found".
    const page = async () => {
      const response = await env.ASSETS.fetch(new URL('/index.html', request.url));
      return response.ok ? response.text() : null;
    };
    return createApp(bindPorts(env, ctx), {
      staticAssets: noSuchFile(page),
      observeRequest: (record) => writeMetricLines(requestMetricLines(record)),
    }).fetch(request, env, ctx);
  },
  async scheduled(_controller, env, ctx) {
    const ports = bindPorts(env, ctx);
    ctx.waitUntil(
      purgeExpired(ports).then((purged) => {
        console.log(JSON.stringify({ level: 'info', event: 'purge', deleted: purged.secrets }));
      }),
    );
    // Retries of the audit webhook that no request woke, and the purge's own `secret.expired` events.
    ctx.waitUntil(deliverAuditEvents(ports));
  },
} satisfies ExportedHandler<Env>;
