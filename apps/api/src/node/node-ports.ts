import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { parseConfig, type RawSettings } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { AppPorts, BlobStore, Notifier } from '../ports.ts';
import { memoryRateLimiter } from './memory-rate-limiter.ts';

/** The same limits as the `[[ratelimits]]` bindings of wrangler.toml. */
export const SIGN_IN_LIMIT = 30;
export const REVEAL_LIMIT = 120;

/** Posts alert texts to the webhook without waiting; a failure is logged, never thrown. */
function webhookNotifier(url: string | null): Notifier {
  return {
    notify(text: string) {
      if (!url) return;
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      }).catch(() => console.warn(JSON.stringify({ level: 'warn', event: 'webhook_failed' })));
    },
  };
}

/**
 * The app's ports on one Node process: SQLite, a blob store in a folder (`fileBlobStore`), in-memory rate limits,
 * the webhook, and the client IP from the socket — or from `X-Forwarded-For` when `trustProxy` says a reverse
 * proxy in front sets it.
 */
export function nodePorts(
  db: Database,
  settings: RawSettings,
  options: { trustProxy: boolean; blobs: BlobStore },
): AppPorts {
  const config = parseConfig(settings);
  return {
    db,
    blobs: options.blobs,
    clock: { now: Date.now },
    config,
    limits: { signIn: memoryRateLimiter(SIGN_IN_LIMIT, 60), reveal: memoryRateLimiter(REVEAL_LIMIT, 60) },
    notifier: webhookNotifier(config.alertWebhookUrl),
    clientIp(c: Context) {
      if (options.trustProxy) {
        const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
        if (forwarded) return forwarded;
      }
      return getConnInfo(c).remote.address ?? null;
    },
  };
}
