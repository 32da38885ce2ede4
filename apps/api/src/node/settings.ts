import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawSettings } from '../config.ts';
import { ALERT_WEBHOOK_FORMATS, isAlertWebhookFormat } from '../services/alert-webhook.ts';
import { parseTrustProxy, type TrustProxy, TrustProxyError } from './trust-proxy.ts';

/** A setting that keeps the server from starting; its message is the one line printed. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** The Node server's settings: where it listens, where it keeps data, and the app's own settings. */
export interface NodeSettings {
  host: string;
  port: number;
  dataDir: string;
  /** Which reverse proxies may name the client in `X-Forwarded-For` (`TRUST_PROXY`, see `parseTrustProxy`). */
  trustProxy: TrustProxy;
  /** The bearer token `/metrics` asks for (`METRICS_TOKEN`); null, no `/metrics`. */
  metricsToken: string | null;
  app: RawSettings;
}

/**
 * Reads settings from the environment (after `.env`, when present, which the caller loads), with the same
 * names as the `wrangler.toml` vars. `DATA_DIR` defaults to `./data` (created when missing); an explicit one must
 * exist and be writable.
 *
 * @throws SettingsError with one line a person can act on.
 */
export function readNodeSettings(env: NodeJS.ProcessEnv): NodeSettings {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SettingsError(`PORT must be a whole number from 1 to 65535, not "${env.PORT}".`);
  }
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  if (!env.DATA_DIR && !existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new SettingsError(
      `DATA_DIR ${dataDir} does not exist or is not a folder; create it or set DATA_DIR.`,
    );
  }
  try {
    accessSync(dataDir, constants.W_OK | constants.R_OK);
  } catch {
    throw new SettingsError(
      `DATA_DIR ${dataDir} is not writable by this user; fix its permissions or set DATA_DIR.`,
    );
  }
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(env.TRUST_PROXY);
  } catch (error) {
    if (error instanceof TrustProxyError) throw new SettingsError(error.message);
    throw error;
  }
  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && !/^\S{16,200}$/.test(metricsToken)) {
    throw new SettingsError(
      'METRICS_TOKEN must be 16 to 200 characters without spaces, e.g. from "openssl rand -hex 32".',
    );
  }
  if (env.ALERT_WEBHOOK_FORMAT && !isAlertWebhookFormat(env.ALERT_WEBHOOK_FORMAT)) {
    throw new SettingsError(`ALERT_WEBHOOK_FORMAT must be one of ${ALERT_WEBHOOK_FORMATS.join(', ')}.`);
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir,
    trustProxy,
    metricsToken,
    app: {
      ANONYMOUS_LINKS: env.ANONYMOUS_LINKS,
      OPEN_REGISTRATION: env.OPEN_REGISTRATION,
      RP_ID: env.RP_ID ?? 'localhost',
      RP_NAME: env.RP_NAME,
      ORIGIN: env.ORIGIN ?? `http://localhost:${port}`,
      AUDIT_RETENTION_DAYS: env.AUDIT_RETENTION_DAYS,
      ALERT_WEBHOOK_URL: env.ALERT_WEBHOOK_URL,
      ALERT_WEBHOOK_FORMAT: env.ALERT_WEBHOOK_FORMAT,
      ALERT_WEBHOOK_SECRET: env.ALERT_WEBHOOK_SECRET,
      MAX_SECRET_BYTES: env.MAX_SECRET_BYTES,
      BREAK_GLASS_NETWORK_POLICY: env.BREAK_GLASS_NETWORK_POLICY,
    },
  };
}
