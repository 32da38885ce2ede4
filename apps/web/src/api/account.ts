import {
  apiTokensResponseSchema,
  type CreateInviteRequest,
  type CreateInviteResponse,
  createApiTokenResponseSchema,
  createInviteResponseSchema,
  type MeResponse,
  meResponseSchema,
} from '@hushlink/protocol';
import type { z } from 'zod/mini';
import { requestEmpty, requestJson } from './request.ts';

/** A personal API token as listed (never its secret). */
export type ApiToken = z.infer<typeof apiTokensResponseSchema>['tokens'][number];

/** A token just created: its secret is in `token`, shown once. */
export type CreatedApiToken = z.infer<typeof createApiTokenResponseSchema>;

function passkeyPath(id: string): string {
  return `/api/me/passkeys/${encodeURIComponent(id)}`;
}

/** `PATCH /api/me/passkeys/:id`: renames one of my passkeys; answers with my account and passkeys. */
export function renamePasskey(id: string, name: string): Promise<MeResponse> {
  return requestJson({ method: 'PATCH', path: passkeyPath(id), body: { name } }, meResponseSchema);
}

/** `DELETE /api/me/passkeys/:id`: removes one of my passkeys. Throws `last_passkey` for the only one. */
export function removePasskey(id: string): Promise<MeResponse> {
  return requestJson({ method: 'DELETE', path: passkeyPath(id) }, meResponseSchema);
}

/** `GET /api/me/tokens`: my personal API tokens. */
export async function listApiTokens(): Promise<ApiToken[]> {
  return (await requestJson({ method: 'GET', path: '/api/me/tokens' }, apiTokensResponseSchema)).tokens;
}

/** `POST /api/me/tokens`: a named, expiring token for scripts; the answer holds its secret, shown once. */
export function createApiToken(name: string, expiresIn: number): Promise<CreatedApiToken> {
  return requestJson(
    { method: 'POST', path: '/api/me/tokens', body: { name, expiresIn } },
    createApiTokenResponseSchema,
  );
}

/** `DELETE /api/me/tokens/:id`: revokes one of my tokens. */
export function revokeApiToken(id: string): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: `/api/me/tokens/${encodeURIComponent(id)}` });
}

/** `POST /api/invites`: a single-use invite; its token goes into the link's fragment. */
export function createInvite(request: CreateInviteRequest): Promise<CreateInviteResponse> {
  return requestJson({ method: 'POST', path: '/api/invites', body: request }, createInviteResponseSchema);
}
