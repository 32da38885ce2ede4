import type { LoginVerifyRequest } from '@hushlink/protocol';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';

/**
 * A WebAuthn response as the protocol's request bodies type it, without the PRF output. @simplewebauthn/browser
 * copies `getClientExtensionResults()` into the JSON, so `prf.results.first` (the secret a sealing key pair is
 * derived from) would be sent with it: it is removed here, on every path to the server, and only `prf.enabled`
 * stays. (The server also refuses a response carrying `results`.) @simplewebauthn's JSON types are interfaces,
 * which TypeScript does not treat as `Record<string, unknown>`; copying into plain objects changes nothing else.
 */
export function wireResponse(
  credential: RegistrationResponseJSON | AuthenticationResponseJSON,
): LoginVerifyRequest['response'] {
  const response: Record<string, unknown> = { ...credential.response };
  const extensions: Record<string, unknown> = { ...credential.clientExtensionResults };
  const prf = extensions.prf;
  if (prf !== null && typeof prf === 'object') {
    const { results: _results, ...rest } = prf as Record<string, unknown>;
    extensions.prf = rest;
  }
  return { ...credential, response, clientExtensionResults: extensions };
}
