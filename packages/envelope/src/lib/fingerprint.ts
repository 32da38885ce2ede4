import type { Sodium } from './sodium.ts';

/**
 * A 64-bit fingerprint of a public key for people to compare out of band: BLAKE2b with an 8-byte output, keyed
 * with a context string of its own per kind of key, as 16 upper-case hex digits in four groups of four.
 */
export function formatFingerprint(sodium: Sodium, publicKey: Uint8Array, context: Uint8Array): string {
  const digest = sodium.crypto_generichash(8, publicKey, context);
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
