import type { PublicUser } from '@hushlink/protocol';
import { type PublicKeyCredentialCreationOptionsJSON, startRegistration } from '@simplewebauthn/browser';
import { registrationOptions, verifyRegistration } from '../api/auth.ts';
import { holdKeyPair } from '../sealing/key-store.ts';
import { forgetInstance, setSignedIn } from '../session.ts';
import { prfExtension, type SealingKey, sealingKeyFrom } from './prf.ts';
import { ensureSteppedUp, withStepUp } from './step-up.ts';
import { wireResponse } from './wire-response.ts';

/** A new account's names, and the invite that allows it (none for the first account or open registration). */
export interface NewAccount {
  name: string;
  displayName: string;
  inviteToken?: string;
}

/** What registering a passkey gave: whether its authenticator answered PRF, so it can receive sealed secrets. */
export interface RegisteredPasskey {
  canReceiveSealed: boolean;
}

/** Creates a passkey, asking for the PRF output at Hushlink's salt, and derives its sealing key if it answered. */
async function createPasskey(options: Record<string, unknown>) {
  const prf = await prfExtension();
  // The server built these with @simplewebauthn/server; the protocol passes them through unchecked.
  const optionsJSON = {
    ...options,
    extensions: { ...(options.extensions as object | undefined), ...prf },
  } as unknown as PublicKeyCredentialCreationOptionsJSON;
  const response = await startRegistration({ optionsJSON });
  return { response, sealing: await sealingKeyFrom(response) };
}

/** The verify body's part about sealing: the derived public keys, never the PRF output or a private key. */
function prfPublicKeyField(sealing: SealingKey | null): { prfPublicKey?: string; prfSigningKey?: string } {
  return sealing ? { prfPublicKey: sealing.publicKey, prfSigningKey: sealing.signingPublicKey } : {};
}

/** For a failed verify: the derived private key is of no use, so it is wiped before the error goes on. */
function wipeAndRethrow(sealing: SealingKey | null): (error: unknown) => never {
  return (error) => {
    sealing?.keyPair.privateKey.fill(0);
    sealing?.signing.privateKey.fill(0);
    throw error;
  };
}

/**
 * Creates an account whose only credential is a new passkey on this device, and signs it in. Where the
 * authenticator supports PRF, the passkey's sealing public key is registered with it and the key pair is held in
 * this page's memory.
 *
 * @throws ApiRequestError (`name_taken`, `invite_invalid`, `registration_closed`, …) or the browser's WebAuthn
 *   error; `describePasskeyError` words both.
 */
export async function createAccountWithPasskey(account: NewAccount): Promise<PublicUser> {
  const { challengeId, options } = await registrationOptions(account);
  const { response, sealing } = await createPasskey(options);
  const { user } = await verifyRegistration({
    challengeId,
    response: wireResponse(response),
    ...prfPublicKeyField(sealing),
  }).catch(wipeAndRethrow(sealing));
  if (sealing) holdKeyPair(response.id, user.id, sealing.keyPair, sealing.signing);
  forgetInstance();
  setSignedIn(user);
  return user;
}

/**
 * What is left of a step-up for adding a passkey to be worth skipping another: the registration prompt times out
 * after a minute (@simplewebauthn's default), and its verify must still find the step-up fresh.
 */
const ADD_PASSKEY_MARGIN_MS = 2 * 60 * 1000;

/** The stages of adding a passkey, for the page to say what the next prompt is for. */
export type AddPasskeyStage = 'confirming' | 'creating';

/**
 * Adds another passkey (a second device, a security key) to the signed-in account, with its sealing key where
 * the authenticator supports PRF. First the person confirms it's them with a passkey they already have (a
 * step-up, skipped when this page made one recently enough), then the new passkey is created; `onStage` is
 * called before each prompt.
 *
 * @throws StepUpError when the confirming prompt is closed (nothing changed); otherwise like
 *   `createAccountWithPasskey`; a device that already holds one of the account's passkeys refuses.
 */
export async function addPasskey(
  passkeyName: string,
  onStage: (stage: AddPasskeyStage) => void = () => {},
): Promise<RegisteredPasskey> {
  const confirming = () => onStage('confirming');
  await ensureSteppedUp(confirming, ADD_PASSKEY_MARGIN_MS);
  const { challengeId, options } = await withStepUp(() => registrationOptions({}), confirming);
  onStage('creating');
  const { response, sealing } = await createPasskey(options);
  const { user } = await verifyRegistration({
    challengeId,
    response: wireResponse(response),
    ...(passkeyName ? { passkeyName } : {}),
    ...prfPublicKeyField(sealing),
  }).catch(wipeAndRethrow(sealing));
  if (sealing) holdKeyPair(response.id, user.id, sealing.keyPair, sealing.signing);
  return { canReceiveSealed: sealing !== null };
}
