import {
  type CreateSecretRequest,
  type CreateSecretResponse,
  createSecretResponseSchema,
  type RevealResponse,
  revealResponseSchema,
  type SecretMetadata,
  secretMetadataSchema,
} from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

function secretPath(id: string): string {
  return `/api/secrets/${encodeURIComponent(id)}`;
}

/** `POST /api/secrets`: stores an envelope encrypted in this browser. */
export function createSecret(request: CreateSecretRequest): Promise<CreateSecretResponse> {
  return requestJson({ method: 'POST', path: '/api/secrets', body: request }, createSecretResponseSchema);
}

/** `GET /api/secrets/:id`: metadata only; consumes nothing. Throws `not_found` once the secret is gone. */
export function getSecretMetadata(id: string): Promise<SecretMetadata> {
  return requestJson({ method: 'GET', path: secretPath(id) }, secretMetadataSchema);
}

/**
 * `POST /api/secrets/:id/reveal`: consumes one view and returns the envelope.
 * Throws `claim_mismatch` (nothing consumed) when the claim is wrong, `not_found` when the secret is gone.
 */
export function revealSecret(id: string, claim: string): Promise<RevealResponse> {
  return requestJson(
    { method: 'POST', path: `${secretPath(id)}/reveal`, body: { claim } },
    revealResponseSchema,
  );
}

/**
 * `DELETE /api/secrets/:id` with the manage token: deletes the ciphertext at once. With `keepalive`, the request
 * is sent even if the page closes right after (see `ApiCall.keepalive`).
 */
export function revokeSecret(
  id: string,
  manageToken: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: secretPath(id), bearer: manageToken, ...options });
}
