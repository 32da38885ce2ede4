import type { PublicUser } from '@hushlink/protocol';
import { type PublicKeyCredentialCreationOptionsJSON, startRegistration } from '@simplewebauthn/browser';
import { registrationOptions, verifyRegistration } from '../api/auth.ts';
import { forgetInstance, setSignedIn } from '../session.ts';
import { wireResponse } from './wire-response.ts';

/** A new account's names, and the invite that allows it (none for the first account or open registration). */
export interface NewAccount {
  name: string;
  displayName: string;
  inviteToken?: string;
}

async function createPasskey(options: Record<string, unknown>) {
  // The server built these with @simplewebauthn/server; the protocol passes them through unchecked.
  return startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
}

/**
 * Creates an account whose only credential is a new passkey on this device, and signs it in.
 *
 * @throws ApiRequestError (`name_taken`, `invite_invalid`, `registration_closed`, …) or the browser's WebAuthn
 *   error; `describePasskeyError` words both.
 */
export async function createAccountWithPasskey(account: NewAccount): Promise<PublicUser> {
  const { challengeId, options } = await registrationOptions(account);
  const response = await createPasskey(options);
  const { user } = await verifyRegistration({ challengeId, response: wireResponse(response) });
  forgetInstance();
  setSignedIn(user);
  return user;
}

/**
 * Adds another passkey (a second device, a security key) to the signed-in account.
 *
 * @throws like `createAccountWithPasskey`; a device that already holds one of the account's passkeys refuses.
 */
export async function addPasskey(passkeyName: string): Promise<void> {
  const { challengeId, options } = await registrationOptions({});
  const response = await createPasskey(options);
  await verifyRegistration({
    challengeId,
    response: wireResponse(response),
    ...(passkeyName ? { passkeyName } : {}),
  });
}
