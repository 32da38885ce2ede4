import { base64UrlByteLength, MAX_CREDENTIAL_ID_BYTES } from '@hushlink/protocol';
import { WebAuthnCheckError } from './webauthn-check-error.ts';

/**
 * Checks the credential id a response reports, before it is looked up or stored: `id` is canonical unpadded
 * base64url of 1 to 1,023 bytes (WebAuthn Level 3 §7.1: "verify that the credentialId is ≤ 1023 bytes"; a
 * longer one could be stored but never named again, as every route caps the ids it takes), and `rawId` is the
 * same.
 *
 * @returns the id
 * @throws WebAuthnCheckError `credential_id_invalid`, `credential_id_too_long` or `credential_id_mismatch`
 */
export function checkCredentialId(response: { id?: unknown; rawId?: unknown }): string {
  const { id, rawId } = response;
  const bytes = typeof id === 'string' ? base64UrlByteLength(id) : null;
  if (typeof id !== 'string' || bytes === null || bytes === 0) {
    throw new WebAuthnCheckError('credential_id_invalid', 'The credential id is not unpadded base64url.');
  }
  checkLength(bytes);
  if (rawId !== id) {
    throw new WebAuthnCheckError('credential_id_mismatch', "The passkey response's id and rawId differ.");
  }
  return id;
}

/**
 * At registration: the credential id inside the signed authenticator data (its attested credential data) must be
 * the id the response reports, and no longer than 1,023 bytes. The verifier returns (and we would store) the
 * former without comparing it with the latter.
 *
 * @throws WebAuthnCheckError `credential_id_too_long` or `credential_id_mismatch`
 */
export function checkAttestedCredentialId(responseId: string, attestedId: string): void {
  checkLength(base64UrlByteLength(attestedId) ?? Number.POSITIVE_INFINITY);
  if (attestedId !== responseId) {
    throw new WebAuthnCheckError(
      'credential_id_mismatch',
      'The credential id in the signed authenticator data is not the id the passkey response reports.',
    );
  }
}

function checkLength(bytes: number): void {
  if (bytes > MAX_CREDENTIAL_ID_BYTES) {
    throw new WebAuthnCheckError(
      'credential_id_too_long',
      `The credential id is longer than ${MAX_CREDENTIAL_ID_BYTES.toLocaleString('en')} bytes.`,
    );
  }
}
