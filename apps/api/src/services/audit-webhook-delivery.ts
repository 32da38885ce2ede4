import { WEBHOOK_SIGNATURE_HEADER } from '@hushlink/protocol';
import { webhookSignature } from '../crypto/webhook-signature.ts';
import { auditStore } from '../db/audit-store.ts';
import { type AuditWebhookRow, auditWebhookStore } from '../db/audit-webhook-store.ts';
import type { AppPorts } from '../ports.ts';
import { toAuditRecord } from './audit-record.ts';

/** How long one POST may take before it counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/**
 * How long a drain takes new events for: well inside the 30 seconds a Worker's `waitUntil` may run after the
 * response, with one POST's timeout on top.
 */
const DRAIN_BUDGET_MS = 15_000;
/** How long a drain holds the lease: past its budget and a last POST, so that a drain that died frees it. */
const LEASE_MS = 60_000;
/** Events read per query. */
const BATCH = 25;

/**
 * The wait before the next attempt after `attempts` failures in a row: 10 s, 20 s, 40 s, … doubling up to an hour,
 * then hourly for as long as the receiver fails. Nothing is dropped: the events wait in the audit log, in order.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** POSTs one event; null when the receiver answered 2xx, else why not. */
async function post(
  webhook: AuditWebhookRow,
  eventId: number,
  body: string,
  now: number,
): Promise<string | null> {
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Hushlink-Webhook/1',
        [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(webhook.secret, Math.floor(now / 1000), body),
        'Hushlink-Event-Id': String(eventId),
      },
      body,
      // A redirect is a failure, never followed: it could lead anywhere, past the address rules.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? null : `status ${response.status}`;
  } catch (error) {
    return error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network error';
  }
}

/**
 * One turn of a drain with the lease held: sends events after the cursor until none is left, one fails, or its
 * budget has passed. Returns the cursor and whether it stopped on a failure.
 */
async function sendPending(
  ports: AppPorts,
  webhook: AuditWebhookRow,
  deadline: number,
): Promise<{ cursor: number; failed: boolean }> {
  const hooks = auditWebhookStore(ports.db);
  let cursor = webhook.lastEventId;
  while (ports.clock.now() < deadline) {
    const rows = await auditStore(ports.db).after(cursor, BATCH);
    for (const row of rows) {
      const failure = await post(webhook, row.id, JSON.stringify(toAuditRecord(row)), ports.clock.now());
      if (failure) {
        const attempts = webhook.attempts + 1;
        await hooks.failed(webhook.secret, attempts, ports.clock.now() + retryDelayMs(attempts), failure);
        return { cursor, failed: true };
      }
      webhook.attempts = 0;
      cursor = row.id;
      await hooks.delivered(webhook.secret, row.id, ports.clock.now());
    }
    if (rows.length < BATCH) break;
  }
  return { cursor, failed: false };
}

/**
 * Sends the audit events recorded since the last one delivered to the audit webhook, oldest first, each signed
 * (`webhookSignature`), one at a time so the receiver sees them in order. A failure stops the drain and sets the
 * next attempt (`retryDelayMs`); until then drains do nothing. Only the drain holding the lease sends (see
 * `auditWebhookStore.lease`), so concurrent drains never send an event twice; a drain that found the lease taken
 * leaves its event to the holder, which looks for new events again after releasing it. Runs after responses
 * (`wakeAuditWebhook`), on the Worker's cron and the Node server's timer; never throws.
 */
export async function deliverAuditEvents(ports: AppPorts): Promise<void> {
  const hooks = auditWebhookStore(ports.db);
  const started = ports.clock.now();
  try {
    for (;;) {
      const now = ports.clock.now();
      const webhook = await hooks.lease(now, now + LEASE_MS);
      if (!webhook) return;
      let turn: { cursor: number; failed: boolean };
      try {
        turn = await sendPending(ports, webhook, started + DRAIN_BUDGET_MS);
      } finally {
        await hooks.release(webhook.secret);
      }
      // An event recorded while the lease was held, by a request whose own drain found it taken, is sent now.
      const later = await auditStore(ports.db).after(turn.cursor, 1);
      if (turn.failed || later.length === 0 || ports.clock.now() >= started + DRAIN_BUDGET_MS) return;
    }
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', event: 'audit_webhook_failed', error: String(error) }));
  }
}

/** Starts a drain after the response when this request recorded an audit event. */
export function wakeAuditWebhook(ports: AppPorts, audited: boolean): void {
  if (audited) ports.background(() => deliverAuditEvents(ports));
}
