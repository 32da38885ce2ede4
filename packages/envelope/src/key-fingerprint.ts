import { formatFingerprint } from './lib/fingerprint.ts';
import { assertPublicKey } from './lib/recipients.ts';
import { standardSodium } from './lib/sodium.ts';

const FINGERPRINT_CONTEXT = new TextEncoder().encode('hushlink/v1/fingerprint');

/**
 * A short fingerprint of a recipient public key for people to compare out of band (so that a server handing out
 * a different key is noticed): BLAKE2b with an 8-byte output, keyed with "hushlink/v1/fingerprint", of the public
 * key, as 16 upper-case hex digits in four groups. 64 bits: finding another key with the same fingerprint takes
 * about 2^64 key generations, enough for a human check, not a replacement for comparing whole keys.
 *
 * @throws EnvelopeError `KEY_INVALID` if the key is not 32 bytes.
 * @example
 * await keyFingerprint(keyPair.publicKey) // '3F9A 21C4 B07E 55D2'
 */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
  assertPublicKey(publicKey);
  return formatFingerprint(await standardSodium(), publicKey, FINGERPRINT_CONTEXT);
}
