import { createDecryptor } from './create-decryptor.ts';
import { assertEnvelopeBytes, collectPayload } from './lib/collect-payload.ts';
import type { DecryptOptions } from './options.ts';
import type { Payload } from './payload.ts';

/**
 * Decrypts a complete link envelope (version 3, or 1). Structure is checked before any crypto; every failure after
 * that is the same `DECRYPTION_FAILED`, whether the key or passphrase is wrong or the bytes were altered, cut
 * short or extended.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` (also for a sealed envelope, which needs `decryptSealedPayload`),
 * `UNSUPPORTED_VERSION`, `KEY_INVALID`, `PASSPHRASE_REQUIRED`, `DECRYPTION_FAILED` or `PAYLOAD_INVALID`.
 * @example
 * const { text } = await decryptPayload(envelope, decodeLinkKey(location.hash.slice(1)));
 */
export async function decryptPayload(
  envelope: Uint8Array,
  linkKey: Uint8Array,
  options: DecryptOptions = {},
): Promise<Payload> {
  assertEnvelopeBytes(envelope);
  return collectPayload(envelope, await createDecryptor(linkKey, options));
}
