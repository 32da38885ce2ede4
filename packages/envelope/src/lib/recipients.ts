import { RECIPIENT_KEY_BYTES, RECIPIENTS_MAX } from '../constants.ts';
import { EnvelopeError } from '../errors.ts';
import { concatBytes } from './concat-bytes.ts';
import { WRAPPED_KEY_BYTES } from './header.ts';
import type { Sodium } from './sodium.ts';

/** An X25519 key pair as `deriveRecipientKeyPair` returns it. */
export interface RecipientKeyPair {
  /** 32 bytes: what senders seal to, and what the server stores for the passkey. */
  publicKey: Uint8Array;
  /** 32 bytes: never leaves the device; derive it again from the passkey's PRF output when needed. */
  privateKey: Uint8Array;
}

/**
 * Checks a list of recipient public keys before any crypto: an array of 1 to {@link RECIPIENTS_MAX} keys, each
 * 32 bytes, none listed twice. Returns copies, so a caller changing its arrays later changes nothing here.
 *
 * @throws EnvelopeError `KEY_INVALID` for an empty list, a key that is not 32 bytes or a key listed twice;
 * `LIMIT_EXCEEDED` for more than {@link RECIPIENTS_MAX} keys.
 */
export function checkRecipientKeys(recipients: readonly Uint8Array[]): Uint8Array[] {
  if (!Array.isArray(recipients) || recipients.length === 0) {
    throw new EnvelopeError('KEY_INVALID', 'A sealed secret needs at least one recipient key.');
  }
  if (recipients.length > RECIPIENTS_MAX) {
    throw new EnvelopeError(
      'LIMIT_EXCEEDED',
      `A sealed secret holds at most ${RECIPIENTS_MAX} recipient keys.`,
    );
  }
  const seen = new Set<string>();
  return recipients.map((key) => {
    assertPublicKey(key);
    const id = key.join(',');
    // Refused rather than merged, so that envelopeLength(…, { recipients: keys.length }) is always exact.
    if (seen.has(id)) throw new EnvelopeError('KEY_INVALID', 'The same recipient key is listed twice.');
    seen.add(id);
    return key.slice();
  });
}

/**
 * Checks that a recipient public key is 32 bytes.
 *
 * @throws EnvelopeError `KEY_INVALID` otherwise.
 */
export function assertPublicKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== RECIPIENT_KEY_BYTES) {
    throw new EnvelopeError('KEY_INVALID', `A recipient public key is ${RECIPIENT_KEY_BYTES} bytes.`);
  }
}

/**
 * Checks a key pair's shape and that its public key is the private key's (a mismatch would otherwise open
 * nothing and read as "not a recipient"). Returns copies.
 *
 * @throws EnvelopeError `KEY_INVALID` otherwise.
 */
export function checkKeyPair(sodium: Sodium, keyPair: RecipientKeyPair): RecipientKeyPair {
  const { publicKey, privateKey } = keyPair ?? {};
  if (
    !(publicKey instanceof Uint8Array) ||
    !(privateKey instanceof Uint8Array) ||
    publicKey.length !== RECIPIENT_KEY_BYTES ||
    privateKey.length !== RECIPIENT_KEY_BYTES
  ) {
    throw new EnvelopeError('KEY_INVALID', 'A recipient key pair is two 32-byte keys.');
  }
  const derived = sodium.crypto_scalarmult_base(privateKey);
  if (!sodium.memcmp(derived, publicKey)) {
    throw new EnvelopeError('KEY_INVALID', 'The public key of this key pair is not its private key’s.');
  }
  return { publicKey: publicKey.slice(), privateKey: privateKey.slice() };
}

/**
 * `crypto_box_seal(envelopeKey, publicKey)`, built from the same steps as libsodium's so that the ephemeral
 * private key comes from `random` (the encryptor's seam): epk = X25519(esk, base), nonce = BLAKE2b-192(epk ‖ pk),
 * output epk ‖ crypto_box_easy(envelopeKey, nonce, pk, esk). libsodium's `crypto_box_keypair` is exactly 32
 * random bytes and their base-point multiple, so with the CSPRNG this is `crypto_box_seal`, and
 * `crypto_box_seal_open` opens it (test/sealed-wrap.test.ts pins both directions).
 *
 * @throws EnvelopeError `KEY_INVALID` if the public key is a low-order point, which nobody could open.
 */
export function wrapKey(
  sodium: Sodium,
  envelopeKey: Uint8Array,
  publicKey: Uint8Array,
  random: (length: number) => Uint8Array,
): Uint8Array {
  const ephemeralSecret = random(RECIPIENT_KEY_BYTES);
  const ephemeralPublic = sodium.crypto_scalarmult_base(ephemeralSecret);
  const nonce = sodium.crypto_generichash(
    sodium.crypto_box_NONCEBYTES,
    concatBytes([ephemeralPublic, publicKey]),
    null,
  );
  try {
    const boxed = sodium.crypto_box_easy(envelopeKey, nonce, publicKey, ephemeralSecret);
    const wrapped = concatBytes([ephemeralPublic, boxed]);
    boxed.fill(0);
    return wrapped;
  } catch {
    // libsodium refuses a public key whose shared secret would be all zeros (a low-order point).
    throw new EnvelopeError('KEY_INVALID', 'A recipient public key is not a usable X25519 key.');
  } finally {
    ephemeralSecret.fill(0);
  }
}

/**
 * Tries every wrapped key with `crypto_box_seal_open` and returns the first envelope key that opens, or undefined
 * if none does. Entries carry no key hint, so all of them may be tried: at most {@link RECIPIENTS_MAX}, each one
 * X25519 operation.
 */
export function unwrapKey(
  sodium: Sodium,
  wrapped: readonly Uint8Array[],
  keyPair: RecipientKeyPair,
): Uint8Array | undefined {
  for (const entry of wrapped) {
    if (entry.length !== WRAPPED_KEY_BYTES) continue;
    try {
      return sodium.crypto_box_seal_open(entry, keyPair.publicKey, keyPair.privateKey);
    } catch {
      // Not sealed to this key pair (or altered): try the next one.
    }
  }
  return undefined;
}
