import { WEBHOOK_SIGNATURE_HEADER } from '@hushlink/protocol';
import { webhookSignature } from '../crypto/webhook-signature.ts';
import type { Notifier } from '../ports.ts';

/** The payload shapes the alert webhook can send (`ALERT_WEBHOOK_FORMAT`). */
export const ALERT_WEBHOOK_FORMATS = ['slack', 'teams', 'json'] as const;

/** A payload shape of the alert webhook. */
export type AlertWebhookFormat = (typeof ALERT_WEBHOOK_FORMATS)[number];

/** Where alerts go and how: the URL, the payload shape, and the secret that signs each POST (or null). */
export interface AlertWebhookConfig {
  url: string;
  format: AlertWebhookFormat;
  secret: string | null;
}

/** Whether `value` names a format; used to read `ALERT_WEBHOOK_FORMAT`. */
export function isAlertWebhookFormat(value: string): value is AlertWebhookFormat {
  return (ALERT_WEBHOOK_FORMATS as readonly string[]).includes(value);
}

/**
 * The JSON body of one alert in `format`:
 * - `slack`: `{"text": …}`, Slack's incoming webhooks (and Mattermost's, Rocket.Chat's, Discord's `/slack` ones);
 * - `teams`: a message with one Adaptive Card (1.4) holding the text, as Microsoft Teams' Workflows webhooks take;
 * - `json`: `{"source": "hushlink", "type": "alert", "text": …, "at": ISO 8601}`, for anything else.
 */
export function alertPayload(format: AlertWebhookFormat, text: string, at: number): unknown {
  switch (format) {
    case 'slack':
      return { text };
    case 'teams':
      return {
        type: 'message',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                { type: 'TextBlock', text: 'Hushlink', weight: 'Bolder', size: 'Medium' },
                { type: 'TextBlock', text, wrap: true },
              ],
            },
          },
        ],
      };
    case 'json':
      return { source: 'hushlink', type: 'alert', text, at: new Date(at).toISOString() };
  }
}

/**
 * The request that sends one alert: the payload of the configured format, signed like the audit webhook's
 * (`Hushlink-Signature: t=…,v1=…`) when a secret is set.
 */
export function alertRequest(config: AlertWebhookConfig, text: string, now: number): RequestInit {
  const body = JSON.stringify(alertPayload(config.format, text, now));
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (config.secret)
    headers[WEBHOOK_SIGNATURE_HEADER] = webhookSignature(config.secret, Math.floor(now / 1000), body);
  return { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(10_000) };
}

/**
 * Posts alert texts to the alert webhook without holding anything up: `run` takes the send (the Worker's
 * `waitUntil`, or nothing on Node); a failure is logged, never thrown. Without a webhook it does nothing.
 */
export function alertWebhookNotifier(
  config: AlertWebhookConfig | null,
  run: (send: Promise<void>) => void = () => undefined,
  now: () => number = Date.now,
): Notifier {
  return {
    notify(text: string) {
      if (!config) return;
      run(
        fetch(config.url, alertRequest(config, text, now()))
          .then((response) => response.body?.cancel())
          .catch(() => console.warn(JSON.stringify({ level: 'warn', event: 'webhook_failed' }))),
      );
    },
  };
}
