import type { AuditWebhook } from '@hushlink/protocol';
import { newWebhookSecret } from '../crypto/webhook-signature.ts';
import { type AuditWebhookRow, auditWebhookStore } from '../db/audit-webhook-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { checkWebhookUrl } from './webhook-url.ts';

function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

/** The webhook as admins see it: its address and delivery state, never its secret. */
async function toAuditWebhook(ports: AppPorts, row: AuditWebhookRow): Promise<AuditWebhook> {
  return {
    url: row.url,
    createdAt: new Date(row.createdAt).toISOString(),
    lastDeliveredAt: iso(row.lastDeliveredAt),
    lastError: row.lastError,
    nextAttemptAt: row.attempts > 0 ? iso(row.nextAttemptAt) : null,
    pending: await auditWebhookStore(ports.db).pendingAfter(row.lastEventId),
  };
}

/** The audit webhook, or null when none is set. */
export async function getAuditWebhook(ports: AppPorts): Promise<AuditWebhook | null> {
  const row = await auditWebhookStore(ports.db).find();
  return row ? toAuditWebhook(ports, row) : null;
}

/**
 * Sets (or replaces) the audit webhook with a new signing secret, returned this once. Events recorded from now
 * on are sent to it, starting with this change itself (`audit.webhook_set`, which names only the receiver's
 * origin: a webhook's path often holds a token of its own).
 *
 * @throws ApiError 400 `invalid_request` naming `url` (`checkWebhookUrl`).
 */
export async function setAuditWebhook(
  ports: AppPorts,
  request: RequestInfo,
  adminId: string,
  url: string,
): Promise<{ webhook: AuditWebhook; secret: string }> {
  const checked = checkWebhookUrl(url, ports.webhookUrlRules);
  const secret = newWebhookSecret();
  const row = await auditWebhookStore(ports.db).set({
    url: checked,
    secret,
    createdAt: ports.clock.now(),
    createdBy: adminId,
  });
  await recordAudit(ports, request, 'audit.webhook_set', null, { origin: new URL(checked).origin });
  return { webhook: await toAuditWebhook(ports, row), secret };
}

/**
 * Removes the audit webhook; events are no longer sent.
 *
 * @throws ApiError 404 `not_found` when none is set.
 */
export async function removeAuditWebhook(ports: AppPorts, request: RequestInfo): Promise<void> {
  if (!(await auditWebhookStore(ports.db).remove())) {
    throw new ApiError('not_found', 404, 'No audit webhook is set.');
  }
  await recordAudit(ports, request, 'audit.webhook_removed');
}
