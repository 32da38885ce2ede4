import {
  type AdminUser,
  type AuditExportQuery,
  adminUsersResponseSchema,
  auditResponseSchema,
  type EndAccessResponse,
  endAccessResponseSchema,
  type UpdateUserRequest,
} from '@hushlink/protocol';
import { z } from 'zod/mini';
import { requestEmpty, requestJson } from './request.ts';

export type { AdminUser, EndAccessResponse };

/** One API token of an account, as the admin page shows it (with where it was created from). */
export type AdminApiToken = AdminUser['tokens'][number];

/** One page of the audit log, newest first. */
export type AuditPage = z.infer<typeof auditResponseSchema>;

/** One audit event. */
export type AuditEvent = AuditPage['events'][number];

/** Filters of the audit log; empty ones are left out of the query. */
export interface AuditFilter {
  actor?: string;
  event?: string;
  /** ISO 8601. */
  since?: string;
  /** ISO 8601. */
  until?: string;
  /** The `nextBefore` of the previous page. */
  before?: number;
}

// The protocol has no schema for this small answer; only what the page reads is checked.
const updatedUserSchema = z.object({ user: z.object({ id: z.string(), state: z.string() }) });

function userPath(id: string): string {
  return `/api/admin/users/${encodeURIComponent(id)}`;
}

/** `GET /api/admin/users`: every account with its passkeys. Admins only (`forbidden` otherwise). */
export async function listUsers(): Promise<AdminUser[]> {
  return (await requestJson({ method: 'GET', path: '/api/admin/users' }, adminUsersResponseSchema)).users;
}

/** `PATCH /api/admin/users/:id`: changes a role, or disables (optionally revoking their links) or enables. */
export async function updateUser(id: string, changes: UpdateUserRequest): Promise<void> {
  await requestJson({ method: 'PATCH', path: userPath(id), body: changes }, updatedUserSchema);
}

/**
 * `POST /api/admin/users/:id/sessions/end`, the action for a compromised account: ends every session of the
 * account and revokes every API token of it; returns how many of each.
 */
export function endAllAccess(id: string): Promise<EndAccessResponse> {
  const call = { method: 'POST', path: `${userPath(id)}/sessions/end` } as const;
  return requestJson(call, endAccessResponseSchema);
}

/** `DELETE /api/admin/users/:id/tokens/:tokenId`: revokes one API token of an account. */
export function revokeUserToken(userId: string, tokenId: string): Promise<void> {
  return requestEmpty({
    method: 'DELETE',
    path: `${userPath(userId)}/tokens/${encodeURIComponent(tokenId)}`,
  });
}

/** `DELETE /api/admin/users/:id/passkeys/:passkeyId`: removes a passkey (never an account's last one). */
export function removeUserPasskey(userId: string, passkeyId: string): Promise<void> {
  return requestEmpty({
    method: 'DELETE',
    path: `${userPath(userId)}/passkeys/${encodeURIComponent(passkeyId)}`,
  });
}

/** `GET /api/audit`: one page of events matching `filter`, newest first. */
export function listAuditEvents(filter: AuditFilter, limit = 50): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  return requestJson({ method: 'GET', path: `/api/audit?${query}` }, auditResponseSchema);
}

/**
 * The address of `GET /api/audit/export` for a range (ISO 8601) and format. The browser downloads it itself, as a
 * file, so that the export streams to disk instead of passing through this page's memory.
 */
export function auditExportUrl(query: AuditExportQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, format: query.format ?? 'jsonl' });
  return `/api/audit/export?${params}`;
}
