import type { AuditEventName } from '@hushlink/protocol';
import { type AuditRow, auditStore } from '../db/audit-store.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';

/**
 * Every kind of audit event: the names in `AUDIT_EVENT_NAMES` (packages/protocol), which the admin page's filter
 * lists too. Passing any other name to `recordAudit` or `auditRow` does not type-check.
 */
export type AuditEvent = AuditEventName;

/** What an event is about. */
export interface AuditTarget {
  type:
    | 'user'
    | 'passkey'
    | 'session'
    | 'invite'
    | 'secret'
    | 'token'
    | 'request'
    | 'signing_key'
    | 'network';
  id: string;
}

/** How many failed sign-ins from one IP or for one account within the window raise an alert. */
export const FAILED_SIGN_IN_ALERT_THRESHOLD = 5;
const FAILED_SIGN_IN_WINDOW_MS = 10 * 60 * 1000;

/**
 * Appends one event to the audit log: time, actor, IP, user agent, target and a small detail object.
 * Callers never put a key, claim, token or cookie into `detail`.
 */
export async function recordAudit(
  ports: AppPorts,
  request: RequestInfo,
  event: AuditEvent,
  target: AuditTarget | null = null,
  detail: AuditDetail | null = null,
): Promise<void> {
  await auditStore(ports.db).insert(auditRow(ports, request, event, target, detail));
}

/** A small detail object of an audit event. */
export type AuditDetail = Record<string, string | number | boolean | null>;

/**
 * The audit row for an event, for callers that write it in the same transaction as the change it records.
 */
export function auditRow(
  ports: AppPorts,
  request: RequestInfo,
  event: AuditEvent,
  target: AuditTarget | null = null,
  detail: AuditDetail | null = null,
): Omit<AuditRow, 'id'> {
  if (request.trail) request.trail.audited = true;
  ports.onAuditEvent?.(event);
  return {
    at: ports.clock.now(),
    event,
    actorId: request.actor?.user.id ?? null,
    ip: request.ip,
    userAgent: request.userAgent,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    detail: detail ? JSON.stringify(detail) : null,
  };
}

/**
 * Records a failed sign-in with its reason, and raises an `alert` (audit event and webhook) when it is the
 * fifth within ten minutes from the same IP or for the same account.
 */
export async function recordFailedSignIn(
  ports: AppPorts,
  request: RequestInfo,
  reason: string,
  userId: string | null,
): Promise<void> {
  const target: AuditTarget | null = userId ? { type: 'user', id: userId } : null;
  await recordAudit(ports, request, 'sign_in.failed', target, { reason });
  const since = ports.clock.now() - FAILED_SIGN_IN_WINDOW_MS;
  const store = auditStore(ports.db);
  const byIp = request.ip ? await store.countSince('sign_in.failed', 'ip', request.ip, since) : 0;
  const byUser = userId ? await store.countSince('sign_in.failed', 'targetId', userId, since) : 0;
  if (byIp === FAILED_SIGN_IN_ALERT_THRESHOLD || byUser === FAILED_SIGN_IN_ALERT_THRESHOLD) {
    const scope = byUser === FAILED_SIGN_IN_ALERT_THRESHOLD ? `account ${userId}` : `IP ${request.ip}`;
    await recordAudit(ports, request, 'alert', target, { reason: 'failed_sign_ins', scope });
    ports.notifier.notify(
      `Hushlink: ${FAILED_SIGN_IN_ALERT_THRESHOLD} failed sign-ins within 10 minutes for ${scope}.`,
    );
  }
}
