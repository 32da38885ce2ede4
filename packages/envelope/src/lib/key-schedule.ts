import { LINK_KEY_BYTES } from '../constants.ts';
import { EnvelopeError } from '../errors.ts';
import { concatBytes } from './concat-bytes.ts';
import type { KdfParams } from './header.ts';
import type { Sodium } from './sodium.ts';
import { sumoSodium } from './sodium.ts';

const encoder = new TextEncoder();

/** BLAKE2b message that derives the content key; distinct from the claim's so the two keys are independent. */
export const CONTENT_CONTEXT = encoder.encode('hushlink/v1/content');

/** BLAKE2b message that derives the claim. */
export const CLAIM_CONTEXT = encoder.encode('hushlink/v1/claim');

/** BLAKE2b message that derives a sealed (v2) envelope's content key from its envelope key. */
export const SEALED_CONTENT_CONTEXT = encoder.encode('hushlink/v2/content');

/** BLAKE2b message that derives a sealed (v2) envelope's key commitment from its envelope key. */
export const COMMITMENT_CONTEXT = encoder.encode('hushlink/v2/commitment');

/** BLAKE2b message that derives a v3 link envelope's content key from its link key. */
export const V3_CONTENT_CONTEXT = encoder.encode('hushlink/v3/content');

/** BLAKE2b message that derives a v3 sealed envelope's content key from its envelope key. */
export const V3_SEALED_CONTENT_CONTEXT = encoder.encode('hushlink/v3/sealed-content');

/** BLAKE2b message that derives a v3 envelope's commitment from its content key. */
export const V3_COMMITMENT_CONTEXT = encoder.encode('hushlink/v3/commitment');

/**
 * Checks that a link key is 32 bytes before it reaches libsodium, whose own error would say less.
 *
 * @throws EnvelopeError `KEY_INVALID` otherwise.
 */
export function assertLinkKey(linkKey: Uint8Array): void {
  if (!(linkKey instanceof Uint8Array) || linkKey.length !== LINK_KEY_BYTES) {
    throw new EnvelopeError('KEY_INVALID', `A link key is ${LINK_KEY_BYTES} bytes.`);
  }
}

/**
 * The secretstream key: keyed BLAKE2b-256 of the content context under the link key (v1) or the envelope key
 * (v2, the random key wrapped to each recipient, with {@link SEALED_CONTENT_CONTEXT}), with the Argon2id output appended to the message when there is a
 * passphrase, so that both that key and the passphrase are needed.
 */
export function contentKey(
  sodium: Sodium,
  linkKey: Uint8Array,
  passwordKey?: Uint8Array,
  context: Uint8Array = CONTENT_CONTEXT,
): Uint8Array {
  const message = passwordKey === undefined ? context : concatBytes([context, passwordKey]);
  const key = sodium.crypto_generichash(32, message, linkKey);
  if (message !== context) message.fill(0);
  return key;
}

/**
 * A sealed envelope's key commitment: keyed BLAKE2b-256 of the commitment context under the envelope key. Every
 * recipient checks it after unwrapping, so all of them hold the same key and read the same plaintext (the
 * secretstream AEAD alone does not commit to its key).
 */
export function keyCommitment(sodium: Sodium, envelopeKey: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, COMMITMENT_CONTEXT, envelopeKey);
}

/**
 * A v3 envelope's key commitment: keyed BLAKE2b-256 of {@link V3_COMMITMENT_CONTEXT} under the content key, the
 * key the stream is actually encrypted with (after the passphrase, if any, is mixed in). BLAKE2b is collision
 * resistant, so no two content keys share a commitment, and a reader that checks it before decrypting opens a
 * ciphertext under one key only (Len, Grubbs and Ristenpart 2021; Albertini et al. 2022).
 */
export function contentKeyCommitment(sodium: Sodium, key: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, V3_COMMITMENT_CONTEXT, key);
}

/** The claim: keyed BLAKE2b-256 of the claim context under the link key. */
export function claimFromLinkKey(sodium: Sodium, linkKey: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, CLAIM_CONTEXT, linkKey);
}

/**
 * Stretches a passphrase with Argon2id v1.3 (`crypto_pwhash`, from the sumo build, loaded here on first use).
 * The passphrase is NFC-normalised before UTF-8 encoding, so the same words typed on different systems match.
 */
export async function passwordKey(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  const sumo = await sumoSodium();
  const password = encoder.encode(passphrase.normalize('NFC'));
  try {
    return sumo.crypto_pwhash(
      32,
      password,
      kdf.salt,
      kdf.opslimit,
      kdf.memlimit,
      sumo.crypto_pwhash_ALG_ARGON2ID13,
    );
  } finally {
    password.fill(0);
  }
}
