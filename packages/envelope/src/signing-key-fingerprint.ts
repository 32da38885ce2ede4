import { EnvelopeError } from './errors.ts';
import { formatFingerprint } from './lib/fingerprint.ts';
import { SENDER_KEY_BYTES } from './lib/header.ts';
import { standardSodium } from './lib/sodium.ts';

const SIGNING_FINGERPRINT_CONTEXT = new TextEncoder().encode('hushlink/v1/signing-fingerprint');

/**
 * A short fingerprint of a sender's Ed25519 signing public key, shown beside "Sealed by Alice" and on the Account
 * page so that people can compare it out of band: BLAKE2b with an 8-byte output, keyed with
 * "hushlink/v1/signing-fingerprint" (its own context, so it never equals the fingerprint of a sealing key), as 16
 * upper-case hex digits in four groups. 64 bits, as `keyFingerprint`.
 *
 * @throws EnvelopeError `KEY_INVALID` if the key is not 32 bytes.
 * @example
 * await signingKeyFingerprint(signer.publicKey) // 'A1B2 C3D4 E5F6 0718'
 */
export async function signingKeyFingerprint(publicKey: Uint8Array): Promise<string> {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== SENDER_KEY_BYTES) {
    throw new EnvelopeError('KEY_INVALID', `A sender signing key is ${SENDER_KEY_BYTES} bytes.`);
  }
  return formatFingerprint(await standardSodium(), publicKey, SIGNING_FINGERPRINT_CONTEXT);
}
