import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { loadSealing } from '../crypto/envelope.ts';
import type { RecipientKeyPair, SigningKeyPair } from '../sealing/key-store.ts';

/** The WebAuthn `extensions` input that asks the authenticator for its PRF output at Hushlink's fixed salt. */
export type PrfExtensionInput = { prf: { eval: { first: Uint8Array } } };

/**
 * `{ prf: { eval: { first: PRF_SALT } } }`, or nothing when the envelope library cannot load: the ceremony then
 * goes ahead without PRF (the account works; this passkey just cannot receive sealed secrets yet).
 */
export async function prfExtension(): Promise<PrfExtensionInput | Record<string, never>> {
  try {
    const envelope = await loadSealing();
    return { prf: { eval: { first: envelope.PRF_SALT } } };
  } catch {
    return {};
  }
}

/**
 * A passkey's sealing key pair and the signing key pair derived from the same PRF output, with their public keys
 * as the protocol sends them (base64url).
 */
export interface SealingKey {
  keyPair: RecipientKeyPair;
  publicKey: string;
  signing: SigningKeyPair;
  signingPublicKey: string;
}

/**
 * Derives the X25519 key pair, and the Ed25519 signing key pair (its own context), from the PRF output in
 * `credential` (the authenticator's answer to `prfExtension`),
 * then wipes the output. Null when the authenticator gave none (no PRF support): the caller says so.
 *
 * @throws EnvelopeError `KEY_INVALID` for an output of the wrong length.
 */
export async function sealingKeyFrom(
  credential: RegistrationResponseJSON | AuthenticationResponseJSON,
): Promise<SealingKey | null> {
  const first = (credential.clientExtensionResults as { prf?: { results?: { first?: unknown } } }).prf
    ?.results?.first;
  const output = asBytes(first);
  if (!output) return null;
  try {
    const envelope = await loadSealing();
    const keyPair = await envelope.deriveRecipientKeyPair(output);
    const signing = await envelope.deriveSenderSigningKeyPair(output);
    return {
      keyPair,
      publicKey: envelope.toBase64Url(keyPair.publicKey),
      signing,
      signingPublicKey: envelope.toBase64Url(signing.publicKey),
    };
  } finally {
    output.fill(0);
    wipe(first);
  }
}

/** A copy of the PRF output (an ArrayBuffer or a view), or null when there is none. */
function asBytes(value: unknown): Uint8Array | null {
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  }
  return null;
}

/** Zeroes the browser's own copy of the PRF output, which would otherwise linger in the credential object. */
function wipe(value: unknown): void {
  if (value instanceof ArrayBuffer) new Uint8Array(value).fill(0);
  else if (ArrayBuffer.isView(value))
    new Uint8Array(value.buffer, value.byteOffset, value.byteLength).fill(0);
}
