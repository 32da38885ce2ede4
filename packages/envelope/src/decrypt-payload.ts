import { createDecryptor } from './create-decryptor.ts';
import { decryptionFailed, EnvelopeError } from './errors.ts';
import { joinPayload } from './lib/payload-codec.ts';
import type { DecryptOptions } from './options.ts';
import type { Payload } from './payload.ts';

/**
 * Decrypts a complete envelope. Structure is checked before any crypto; every failure after that is the same
 * `DECRYPTION_FAILED`, whether the key or passphrase is wrong or the bytes were altered, cut short or extended.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID`, `UNSUPPORTED_VERSION`, `KEY_INVALID`, `PASSPHRASE_REQUIRED`,
 * `DECRYPTION_FAILED` or `PAYLOAD_INVALID`.
 * @example
 * const { text } = await decryptPayload(envelope, decodeLinkKey(location.hash.slice(1)));
 */
export async function decryptPayload(
  envelope: Uint8Array,
  linkKey: Uint8Array,
  options: DecryptOptions = {},
): Promise<Payload> {
  if (!(envelope instanceof Uint8Array)) {
    throw new EnvelopeError('ENVELOPE_INVALID', 'This is not a valid Hushlink envelope: it is not bytes.');
  }
  const decryptor = await createDecryptor(linkKey, options);
  const pieces = [...(await decryptor.push(envelope)), ...(await decryptor.finish())];
  if (decryptor.metadata === undefined) throw decryptionFailed();
  try {
    return joinPayload(decryptor.metadata, pieces);
  } finally {
    for (const piece of pieces) piece.fill(0);
  }
}
