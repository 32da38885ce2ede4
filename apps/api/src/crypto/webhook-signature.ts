import { createHmac } from 'node:crypto';
import { randomToken } from './random-token.ts';

/** A new webhook signing secret: `whsec_` and 32 random bytes in base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomToken(32)}`;
}

/**
 * The `Hushlink-Signature` header of a webhook POST: `t=SECONDS,v1=HEX`, HEX being the HMAC-SHA256 of
 * `SECONDS.BODY` under the secret's UTF-8 bytes (the whole `whsec_…` string, as Stripe keys its signatures).
 * Signing the time with the body lets a receiver refuse a replayed request older than a few minutes.
 *
 * @example webhookSignature('whsec_…', 1764806400, '{"id":1}') // 't=1764806400,v1=5c0f…'
 */
export function webhookSignature(secret: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}
