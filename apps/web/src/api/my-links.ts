import { type MySecret, mySecretsResponseSchema, revokeAllResponseSchema } from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

/** `GET /api/secrets`: the links I created while signed in, newest first, with who opened them. */
export async function listMyLinks(): Promise<MySecret[]> {
  return (await requestJson({ method: 'GET', path: '/api/secrets' }, mySecretsResponseSchema)).secrets;
}

/** `DELETE /api/secrets/:id` with my session (no manage token): revokes a link I created. */
export function revokeMyLink(id: string): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: `/api/secrets/${encodeURIComponent(id)}` });
}

/** `POST /api/secrets/revoke-all`: revokes every live link I created; returns how many. */
export async function revokeAllMyLinks(): Promise<number> {
  return (await requestJson({ method: 'POST', path: '/api/secrets/revoke-all' }, revokeAllResponseSchema))
    .revoked;
}
