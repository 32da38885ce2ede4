import type { Context } from 'hono';
import type { Database } from './db/database.ts';

/** Where the app reads the time; tests and the purge move it, production uses `Date.now`. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Instance settings, parsed once from the environment (`wrangler.toml` vars or the process environment). */
export interface AppConfig {
  /** Whether visitors who are not signed in may create `link` secrets. */
  anonymousLinks: boolean;
  /** Whether anyone may register without an invite (after the first account). */
  openRegistration: boolean;
  /** WebAuthn relying party id: the host name passkeys are bound to. */
  rpId: string;
  rpName: string;
  /** Origins the pages are served from; WebAuthn responses and state-changing requests must come from one. */
  origins: string[];
  auditRetentionDays: number;
  /** Slack-compatible webhook that receives alerts and open notifications, or null. */
  alertWebhookUrl: string | null;
  /** The version reported by `GET /api/health`. */
  version: string;
}

/** A fixed-window limit per key (an IP, an account). */
export interface RateLimiter {
  /** Counts one attempt for `key`; false when the limit is exceeded. */
  allow(key: string): Promise<boolean>;
  /** Seconds a refused caller should wait. */
  readonly retryAfterSeconds: number;
}

/** Sends short alert texts to the operator's webhook; never throws. */
export interface Notifier {
  notify(text: string): void;
}

/**
 * Everything the Hono app needs from the world. The Worker entry binds D1 and the rate-limit bindings; a Node
 * entry can bind SQLite on disk and in-memory limits. Routes and services touch only these, never a binding.
 */
export interface AppPorts {
  db: Database;
  clock: Clock;
  config: AppConfig;
  limits: { signIn: RateLimiter; reveal: RateLimiter };
  notifier: Notifier;
  /** The caller's IP address: Cloudflare's `CF-Connecting-IP` on Workers, the socket (or a trusted proxy) on Node. */
  clientIp(c: Context): string | null;
}
