import { DEFAULT_MAX_SECRET_BYTES } from '@hushlink/protocol';
import type { AppConfig } from './ports.ts';
import { type AlertWebhookFormat, isAlertWebhookFormat } from './services/alert-webhook.ts';

/** The app's version, reported by `GET /api/health`. */
export const APP_VERSION = '0.1.0';

/** Raw settings as strings, from `wrangler.toml` vars or a process environment. */
export interface RawSettings {
  ANONYMOUS_LINKS?: string | undefined;
  OPEN_REGISTRATION?: string | undefined;
  RP_ID?: string | undefined;
  RP_NAME?: string | undefined;
  ORIGIN?: string | undefined;
  AUDIT_RETENTION_DAYS?: string | undefined;
  ALERT_WEBHOOK_URL?: string | undefined;
  /** `slack` (default), `teams` or `json`. */
  ALERT_WEBHOOK_FORMAT?: string | undefined;
  /** When set, each alert POST is signed with it (`Hushlink-Signature`). */
  ALERT_WEBHOOK_SECRET?: string | undefined;
  MAX_SECRET_BYTES?: string | undefined;
  BREAK_GLASS_NETWORK_POLICY?: string | undefined;
}

/**
 * Parses instance settings once. Booleans are true only for "true" or "1"; `ORIGIN` may list several origins
 * separated by commas (the first is canonical). `MAX_SECRET_BYTES` is a whole number of bytes (default 1 GiB); any
 * other value falls back to the default. `BREAK_GLASS_NETWORK_POLICY` true switches the per-role network policy off.
 * `ALERT_WEBHOOK_FORMAT` is `slack` (default), `teams` or `json`; `ALERT_WEBHOOK_SECRET` signs the alerts.
 */
export function parseConfig(settings: RawSettings): AppConfig {
  const origins = (settings.ORIGIN ?? 'http://localhost:8787')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  const retention = Number.parseInt(settings.AUDIT_RETENTION_DAYS ?? '', 10);
  const maxSecretBytes = Number(settings.MAX_SECRET_BYTES ?? '');
  return {
    anonymousLinks: isTrue(settings.ANONYMOUS_LINKS),
    openRegistration: isTrue(settings.OPEN_REGISTRATION),
    rpId: settings.RP_ID ?? 'localhost',
    rpName: settings.RP_NAME ?? 'Hushlink',
    origins,
    auditRetentionDays: Number.isFinite(retention) && retention > 0 ? retention : 90,
    alertWebhook: settings.ALERT_WEBHOOK_URL
      ? {
          url: settings.ALERT_WEBHOOK_URL,
          format: alertWebhookFormat(settings.ALERT_WEBHOOK_FORMAT),
          secret: settings.ALERT_WEBHOOK_SECRET || null,
        }
      : null,
    version: APP_VERSION,
    networkPolicyOff: isTrue(settings.BREAK_GLASS_NETWORK_POLICY),
    maxSecretBytes:
      Number.isSafeInteger(maxSecretBytes) && maxSecretBytes > 0 ? maxSecretBytes : DEFAULT_MAX_SECRET_BYTES,
  };
}

/** `ALERT_WEBHOOK_FORMAT`, or `slack` when unset or unknown (the Node server refuses an unknown one at start). */
function alertWebhookFormat(value: string | undefined): AlertWebhookFormat {
  return value && isAlertWebhookFormat(value) ? value : 'slack';
}

function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}
