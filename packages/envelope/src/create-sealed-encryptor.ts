import type { EnvelopeEncryptor } from './lib/encryptor.ts';
import { startSealedEncryptor } from './lib/sealed-encryptor.ts';
import type { SealedEncryptOptions } from './options.ts';
import type { EnvelopeMetadata } from './payload.ts';

/**
 * Creates a streaming encryptor for a sealed (version 3) envelope: a fresh random key from libsodium's CSPRNG is
 * wrapped with `crypto_box_seal` to each recipient's X25519 public key (from `deriveRecipientKeyPair` on their
 * device), so only they can open it and the link carries no key. With `options.signer` (from
 * `deriveSenderSigningKeyPair`) the envelope names the sender's key and ends with their signature, so recipients
 * can check who sealed it. Use it as `createEncryptor`'s; the signature comes out with the last piece `finish`
 * yields, so iterate it to the end.
 *
 * @throws EnvelopeError `KEY_INVALID` for no recipients, a key that is not 32 bytes, is listed twice or is not a
 * usable X25519 key, a signing key pair whose halves do not belong together, or an empty passphrase;
 * `LIMIT_EXCEEDED` for more than `RECIPIENTS_MAX` keys or metadata over 16 KiB; `PAYLOAD_INVALID` for metadata
 * this version does not know.
 * @example
 * const signer = await deriveSenderSigningKeyPair(prfOutput);
 * const encryptor = await createSealedEncryptor({ kind: 'files', files }, [alicePublicKey, bobPublicKey], { signer });
 * const pieces = [...encryptor.push(bytes), ...encryptor.finish()];
 */
export function createSealedEncryptor(
  metadata: EnvelopeMetadata,
  recipients: readonly Uint8Array[],
  options: SealedEncryptOptions = {},
): Promise<EnvelopeEncryptor> {
  return startSealedEncryptor(metadata, recipients, options);
}
