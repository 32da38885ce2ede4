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
 * The secretstream key: keyed BLAKE2b-256 of the content context under the link key, with the Argon2id output
 * appended to the message when there is a passphrase, so that both the link key and the passphrase are needed.
 */
export function contentKey(sodium: Sodium, linkKey: Uint8Array, passwordKey?: Uint8Array): Uint8Array {
  const message = passwordKey === undefined ? CONTENT_CONTEXT : concatBytes([CONTENT_CONTEXT, passwordKey]);
  const key = sodium.crypto_generichash(32, message, linkKey);
  if (message !== CONTENT_CONTEXT) message.fill(0);
  return key;
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
