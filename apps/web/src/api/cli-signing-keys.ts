import { type CliSigningKey, cliSigningKeysResponseSchema } from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

/** `GET /api/me/signing-keys`: the signing keys `hushlink login` registered to my account, live ones only. */
export async function listCliSigningKeys(): Promise<CliSigningKey[]> {
  return (await requestJson({ method: 'GET', path: '/api/me/signing-keys' }, cliSigningKeysResponseSchema))
    .keys;
}

/** `DELETE /api/me/signing-keys/:id`: removes one (which also revokes its token); needs a step-up. */
export function removeCliSigningKey(id: string): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: `/api/me/signing-keys/${encodeURIComponent(id)}` });
}
