import type { LoginVerifyRequest } from '@hushlink/protocol';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';

/**
 * A WebAuthn response as the protocol's request bodies type it. @simplewebauthn's JSON types are interfaces,
 * which TypeScript does not treat as `Record<string, unknown>`; copying into plain objects changes nothing at
 * run time.
 */
export function wireResponse(
  credential: RegistrationResponseJSON | AuthenticationResponseJSON,
): LoginVerifyRequest['response'] {
  const response: Record<string, unknown> = { ...credential.response };
  return { ...credential, response };
}
