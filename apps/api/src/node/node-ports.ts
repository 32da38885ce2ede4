import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { parseConfig, type RawSettings } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { AppPorts, BlobStore } from '../ports.ts';
import { alertWebhookNotifier } from '../services/alert-webhook.ts';
import { memoryRateLimiter } from './memory-rate-limiter.ts';
import { resolveClientAddress, type TrustProxy } from './trust-proxy.ts';

/** The same limits as the `[[ratelimits]]` bindings of wrangler.toml. */
export const SIGN_IN_LIMIT = 30;
export const REVEAL_LIMIT = 120;

/** The address of the socket's peer: the client, or the nearest proxy. */
function socketPeer(c: Context): string | undefined {
  return getConnInfo(c).remote.address;
}

/**
 * The app's ports on one Node process: SQLite, a blob store in a folder (`fileBlobStore`), in-memory rate limits,
 * the webhook, and the client IP from the socket — or from `X-Forwarded-For` behind the proxies `trustProxy`
 * trusts (`resolveClientAddress`). `peer` replaces the socket only where there is none (`app.request()` in tests).
 */
export function nodePorts(
  db: Database,
  settings: RawSettings,
  options: { trustProxy: TrustProxy; blobs: BlobStore; peer?: (c: Context) => string | undefined },
): AppPorts {
  const peer = options.peer ?? socketPeer;
  const config = parseConfig(settings);
  return {
    db,
    blobs: options.blobs,
    clock: { now: Date.now },
    config,
    limits: { signIn: memoryRateLimiter(SIGN_IN_LIMIT, 60), reveal: memoryRateLimiter(REVEAL_LIMIT, 60) },
    notifier: alertWebhookNotifier(config.alertWebhook),
    background: (task) => void task(),
    // The Node server often runs beside its SIEM on one network: private addresses are allowed, http only to itself.
    webhookUrlRules: { allowPrivate: true },
    clientIp: (c: Context) =>
      resolveClientAddress(peer(c), c.req.header('X-Forwarded-For'), options.trustProxy),
  };
}
