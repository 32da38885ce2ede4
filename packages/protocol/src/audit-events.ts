/**
 * Every kind of event the API writes to the audit log, grouped by what it is about. The API's `recordAudit`
 * takes only these names (its event type is derived from this tuple, so a new event that is not added here does
 * not type-check), and the admin page's Event filter lists exactly these, so the filter cannot fall behind.
 *
 * @example
 * const name: AuditEventName = 'session.stepped_up';
 * AUDIT_EVENT_NAMES.includes(name); // true
 */
export const AUDIT_EVENT_NAMES = [
  // Signing in and accounts.
  'sign_in.succeeded',
  'sign_in.failed',
  'alert',
  'registered',
  'invite.created',
  'invite.used',
  // Passkeys, their sealing keys (PRF public keys) and signing keys (from the same PRF output).
  'passkey.added',
  'passkey.renamed',
  'passkey.removed',
  'passkey.counter_regressed',
  'passkey.key_added',
  'passkey.key_changed',
  'passkey.key_removed',
  'passkey.signing_key_added',
  'passkey.signing_key_changed',
  // Sessions and API tokens.
  'session.stepped_up',
  'session.ended',
  'sessions.ended_all',
  'token.created',
  'token.revoked',
  // Command-line signing keys (`hushlink login`).
  'signing_key.added',
  'signing_key.changed',
  'signing_key.removed',
  // Secrets and requests for one.
  'secret.created',
  'secret.opened',
  'secret.denied',
  'secret.revoked',
  'secret.expired',
  'request.created',
  'request.answered',
  'request.revoked',
  // What admins change about people.
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  // The audit trail itself: who took a copy of it, and where its events are sent.
  'audit.exported',
  'audit.webhook_set',
  'audit.webhook_removed',
  // Named networks and the per-role network policy; a sign-in or request refused by that policy.
  'network.created',
  'network.changed',
  'network.removed',
  'network_policy.changed',
  'network_policy.denied',
] as const;

/** A kind of audit event, e.g. `secret.opened`. */
export type AuditEventName = (typeof AUDIT_EVENT_NAMES)[number];
