import type { PublicUser } from '@hushlink/protocol';
import { type PublicKeyCredentialRequestOptionsJSON, startAuthentication } from '@simplewebauthn/browser';
import { signInOptions, verifySignIn } from '../api/auth.ts';
import { holdKeyPair, type RecipientKeyPair, type SigningKeyPair } from '../sealing/key-store.ts';
import { setSignedIn } from '../session.ts';
import { prfExtension, sealingKeyFrom } from './prf.ts';
import { wireResponse } from './wire-response.ts';

/** A sign-in, and the sealing key pair of the passkey used (null when its authenticator has no PRF). */
export interface PasskeySignIn {
  user: PublicUser;
  /** The credential id of the passkey used (the `id` of my passkeys in `GET /api/me`). */
  credentialId: string;
  keyPair: RecipientKeyPair | null;
  /** The signing key pair derived from the same PRF output (null without PRF). */
  signing: SigningKeyPair | null;
}

/**
 * Username-less sign-in that also asks the passkey for its PRF output: the server's challenge goes to the browser,
 * which lets the person pick any passkey they hold for this site (discoverable credentials); the signed answer
 * comes back for a session cookie, with the passkey's sealing public key (derived here; the server records it
 * for that passkey). The key pair stays in this page's memory.
 *
 * @throws ApiRequestError (`webauthn_failed`, `account_disabled`, `rate_limited`, …) or the browser's WebAuthn
 *   error (cancelled, timed out); `describePasskeyError` words both.
 */
export async function signInWithPasskeyKey(): Promise<PasskeySignIn> {
  const { challengeId, options } = await signInOptions();
  const prf = await prfExtension();
  const response = await startAuthentication({
    // The server built these with @simplewebauthn/server; the protocol passes them through unchecked.
    optionsJSON: {
      ...options,
      extensions: { ...(options.extensions as object | undefined), ...prf },
    } as unknown as PublicKeyCredentialRequestOptionsJSON,
  });
  const sealing = await sealingKeyFrom(response);
  const { user } = await verifySignIn({
    challengeId,
    response: wireResponse(response),
    ...(sealing ? { prfPublicKey: sealing.publicKey, prfSigningKey: sealing.signingPublicKey } : {}),
  }).catch((error: unknown) => {
    sealing?.keyPair.privateKey.fill(0);
    sealing?.signing.privateKey.fill(0);
    throw error;
  });
  if (sealing) holdKeyPair(response.id, user.id, sealing.keyPair, sealing.signing);
  setSignedIn(user);
  return {
    user,
    credentialId: response.id,
    keyPair: sealing?.keyPair ?? null,
    signing: sealing?.signing ?? null,
  };
}

/** `signInWithPasskeyKey` for pages that only need the account. Throws like it. */
export async function signInWithPasskey(): Promise<PublicUser> {
  return (await signInWithPasskeyKey()).user;
}
