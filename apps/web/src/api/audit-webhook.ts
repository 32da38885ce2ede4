import {
  type AuditWebhook,
  auditWebhookResponseSchema,
  type SetAuditWebhookResponse,
  setAuditWebhookResponseSchema,
} from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

export type { AuditWebhook, SetAuditWebhookResponse };

const PATH = '/api/admin/audit-webhook';

/** `GET /api/admin/audit-webhook`: the audit webhook and its delivery state, or null. Admins only. */
export async function getAuditWebhook(): Promise<AuditWebhook | null> {
  return (await requestJson({ method: 'GET', path: PATH }, auditWebhookResponseSchema)).webhook;
}

/**
 * `PUT /api/admin/audit-webhook`: sends each audit event to `url` from now on; returns the signing secret, which
 * the server shows this once. Needs a fresh step-up (`step_up_required`).
 */
export function setAuditWebhook(url: string): Promise<SetAuditWebhookResponse> {
  return requestJson({ method: 'PUT', path: PATH, body: { url } }, setAuditWebhookResponseSchema);
}

/** `DELETE /api/admin/audit-webhook`: stops sending audit events. Needs a fresh step-up. */
export function removeAuditWebhook(): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: PATH });
}
