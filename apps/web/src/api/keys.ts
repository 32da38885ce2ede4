import { type UserKeysResponse, userKeysResponseSchema } from '@hushlink/protocol';
import { requestJson } from './request.ts';

/**
 * `GET /api/users/:id/keys`: a person's sealing public keys, one per passkey whose authenticator has PRF. An empty
 * list: they can receive only the server-gated form of a `people` secret.
 */
export function getUserKeys(userId: string): Promise<UserKeysResponse> {
  return requestJson(
    { method: 'GET', path: `/api/users/${encodeURIComponent(userId)}/keys` },
    userKeysResponseSchema,
  );
}
