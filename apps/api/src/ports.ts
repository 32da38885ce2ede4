import type { AuditEventName } from '@hushlink/protocol';
import type { Context } from 'hono';
import type { Database } from './db/database.ts';
import type { AlertWebhookConfig } from './services/alert-webhook.ts';
import type { WebhookUrlRules } from './services/webhook-url.ts';

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
  /** The webhook that receives alerts and open notifications (Slack, Teams or generic JSON), or null. */
  alertWebhook: AlertWebhookConfig | null;
  /** The version reported by `GET /api/health`. */
  version: string;
  /** The largest envelope (inline or uploaded) this instance stores, in bytes (`MAX_SECRET_BYTES`). */
  maxSecretBytes: number;
  /**
   * Break-glass (`BREAK_GLASS_NETWORK_POLICY=1`): the per-role network policy is not enforced, so an operator can
   * let a locked-out admin back in to fix it. The server logs a warning at start while it is on.
   */
  networkPolicyOff: boolean;
}

/** One part of a multipart upload, as the blob store acknowledged it. */
export interface UploadedPart {
  partNumber: number;
  etag: string;
}

/**
 * Where uploaded envelopes (files) live: R2 on Workers, a folder on the Node server. Keys are `secrets/ID`.
 * Implementations stream bodies through and never hold a whole part or blob in memory. Only ciphertext is
 * ever stored here.
 */
export interface BlobStore {
  /** Starts a multipart upload to `key`; returns its upload id. */
  createMultipartUpload(key: string): Promise<string>;
  /**
   * Stores part `partNumber` (1-based) of an upload from `body`, which must deliver exactly `length` bytes.
   * Sending a part number again replaces that part.
   *
   * @throws `BodyStreamError` when the body fails or has another length (nothing is kept); `StorageFullError`
   * when the store has no room for it; another error when the upload does not exist (aborted, completed).
   */
  uploadPart(
    key: string,
    uploadId: string,
    partNumber: number,
    body: ReadableStream<Uint8Array>,
    length: number,
  ): Promise<{ etag: string }>;
  /**
   * Joins `parts` (in `partNumber` order) into the blob at `key`; the upload is gone afterwards.
   * `StorageFullError` when the store has no room for the blob (the parts are kept).
   */
  completeMultipartUpload(key: string, uploadId: string, parts: UploadedPart[]): Promise<void>;
  /** Drops an upload and its parts; an upload that is already gone is not an error. */
  abortMultipartUpload(key: string, uploadId: string): Promise<void>;
  /**
   * The blob at `key` from byte `offset` (default 0) to its end, or null when there is none. `size` is the whole
   * blob's size, whatever the offset.
   */
  get(
    key: string,
    options?: { offset?: number },
  ): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
  /** Deletes the blob at `key`; a missing blob is not an error. */
  delete(key: string): Promise<void>;
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
 * Everything the Hono app needs from the world. The Worker entry binds D1, R2 and the rate-limit bindings; the
 * Node entry binds SQLite on disk, a folder for blobs and in-memory limits. Routes and services touch only these, never a binding.
 */
export interface AppPorts {
  db: Database;
  /** Uploaded envelopes (files). */
  blobs: BlobStore;
  clock: Clock;
  config: AppConfig;
  limits: { signIn: RateLimiter; reveal: RateLimiter };
  notifier: Notifier;
  /**
   * Runs work after the response without holding it up or failing it: `waitUntil` on Workers, a detached promise
   * on Node. The task must catch its own errors.
   */
  background(task: () => Promise<void>): void;
  /**
   * Called once for each audit event recorded: the Worker writes it as a metric log line (`worker-metrics.ts`);
   * the Node server leaves it out, since its `/metrics` reads the audit log at each scrape.
   */
  onAuditEvent?: (event: AuditEventName) => void;
  /** Where webhooks may point in this runtime (`checkWebhookUrl`). */
  webhookUrlRules: WebhookUrlRules;
  /** The caller's IP address: Cloudflare's `CF-Connecting-IP` on Workers, the socket (or a trusted proxy) on Node. */
  clientIp(c: Context): string | null;
}
