import { z } from 'zod/mini';

/**
 * The header that carries a webhook's signature: `t=UNIX_SECONDS,v1=HEX`, where `HEX` is the HMAC-SHA256 of
 * `UNIX_SECONDS.BODY` under the webhook's signing secret (as Stripe signs its webhooks).
 */
export const WEBHOOK_SIGNATURE_HEADER = 'Hushlink-Signature';

/**
 * A webhook address: an absolute `https:` URL (`http:` only for a receiver on this machine, which the server
 * checks with its other rules: no user name or password, and on Workers no private, loopback or link-local
 * address), at most 2,000 characters.
 */
export const webhookUrlSchema = z.string().check(
  z.trim(),
  z.maxLength(2000),
  z.refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), {
    message: 'write an https:// address',
  }),
);

/** `PUT /api/admin/audit-webhook`: where each audit event is sent from now on (a new signing secret each time). */
export const setAuditWebhookRequestSchema = z.strictObject({ url: webhookUrlSchema });

/** `PUT /api/admin/audit-webhook` body. */
export type SetAuditWebhookRequest = z.infer<typeof setAuditWebhookRequestSchema>;

/** The audit webhook as the admin page shows it: never its secret. */
export const auditWebhookSchema = z.object({
  url: z.string(),
  createdAt: z.iso.datetime(),
  /** When an event was last accepted by the receiver. */
  lastDeliveredAt: z.nullable(z.iso.datetime()),
  /** Why the last attempt failed (`status 500`, `timeout`, `network error`), null after a success. */
  lastError: z.nullable(z.string()),
  /** When the next attempt is due after a failure, null when nothing is waiting for a retry. */
  nextAttemptAt: z.nullable(z.iso.datetime()),
  /** Events recorded since the last one delivered. */
  pending: z.int().check(z.minimum(0)),
});

/** The audit webhook as the admin page shows it. */
export type AuditWebhook = z.infer<typeof auditWebhookSchema>;

/** `GET /api/admin/audit-webhook` answer. */
export const auditWebhookResponseSchema = z.object({ webhook: z.nullable(auditWebhookSchema) });

/** `PUT /api/admin/audit-webhook` answer: the signing secret, shown this once. */
export const setAuditWebhookResponseSchema = z.object({
  webhook: auditWebhookSchema,
  secret: z.string().check(z.regex(/^whsec_[A-Za-z0-9_-]{43}$/)),
});

/** `PUT /api/admin/audit-webhook` answer. */
export type SetAuditWebhookResponse = z.infer<typeof setAuditWebhookResponseSchema>;
