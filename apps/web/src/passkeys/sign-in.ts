import type { PublicUser } from '@hushlink/protocol';
import { type PublicKeyCredentialRequestOptionsJSON, startAuthentication } from '@simplewebauthn/browser';
import { signInOptions, verifySignIn } from '../api/auth.ts';
import { setSignedIn } from '../session.ts';
import { wireResponse } from './wire-response.ts';

/**
 * Username-less sign-in: the server's challenge goes to the browser, which lets the person pick any passkey they
 * hold for this site (discoverable credentials), and the signed answer comes back for a session cookie.
 *
 * @throws ApiRequestError (`webauthn_failed`, `account_disabled`, `rate_limited`, …) or the browser's WebAuthn
 *   error (cancelled, timed out); `describePasskeyError` words both.
 */
export async function signInWithPasskey(): Promise<PublicUser> {
  const { challengeId, options } = await signInOptions();
  const response = await startAuthentication({
    // The server built these with @simplewebauthn/server; the protocol passes them through unchecked.
    optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
  });
  const { user } = await verifySignIn({ challengeId, response: wireResponse(response) });
  setSignedIn(user);
  return user;
}
