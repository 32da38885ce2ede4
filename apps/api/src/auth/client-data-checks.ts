import { WebAuthnCheckError } from './webauthn-check-error.ts';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Refuses a response whose client data was collected in a page embedded in another site: `crossOrigin`
 * anything but `false` (or absent), or any `topOrigin` at all. WebAuthn leaves this to the relying party
 * (Level 3, §7.1 and §7.2: C.crossOrigin and C.topOrigin against the origins expected to embed it); Hushlink is
 * never embedded (`frame-ancestors 'none'`), so none is expected. The client data is parsed here rather than
 * left to the verifier, which lets `crossOrigin: true` without a `topOrigin` through.
 *
 * @throws WebAuthnCheckError `client_data_invalid`, `cross_origin` or `top_origin`
 */
export function checkNotEmbedded(clientDataJSON: unknown): void {
  const clientData = parseClientData(clientDataJSON);
  if ('crossOrigin' in clientData && clientData.crossOrigin !== false) {
    throw new WebAuthnCheckError(
      'cross_origin',
      'The passkey was used in a page embedded in another site (crossOrigin is true); Hushlink is never embedded.',
    );
  }
  if ('topOrigin' in clientData) {
    throw new WebAuthnCheckError(
      'top_origin',
      'The passkey was used in a page embedded in another site (the client data names a topOrigin); ' +
        'Hushlink is never embedded.',
    );
  }
}

/** The client data as a JSON object, from its unpadded base64url. */
function parseClientData(clientDataJSON: unknown): Record<string, unknown> {
  const invalid = new WebAuthnCheckError(
    'client_data_invalid',
    "The passkey response's client data is not base64url-encoded JSON.",
  );
  if (typeof clientDataJSON !== 'string' || !BASE64URL.test(clientDataJSON)) {
    throw invalid;
  }
  let parsed: unknown;
  try {
    const binary = atob(clientDataJSON.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw invalid;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid;
  return parsed as Record<string, unknown>;
}
