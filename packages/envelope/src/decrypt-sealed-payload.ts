import { createSealedDecryptor } from './create-sealed-decryptor.ts';
import { assertEnvelopeBytes, collectPayload } from './lib/collect-payload.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import type { DecryptOptions } from './options.ts';
import type { Payload } from './payload.ts';

/**
 * Decrypts a complete sealed (version 2) envelope with a recipient's key pair. Structure is checked before any
 * crypto; then the wrapped keys are tried (`NOT_A_RECIPIENT` if none opens, before any content is decrypted);
 * every failure after that is the same `DECRYPTION_FAILED`.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` (also for a link envelope, which needs `decryptPayload`),
 * `UNSUPPORTED_VERSION`, `KEY_INVALID`, `NOT_A_RECIPIENT`, `PASSPHRASE_REQUIRED`, `DECRYPTION_FAILED` or
 * `PAYLOAD_INVALID`.
 * @example
 * const payload = await decryptSealedPayload(envelope, await deriveRecipientKeyPair(prfOutput));
 */
export async function decryptSealedPayload(
  envelope: Uint8Array,
  keyPair: RecipientKeyPair,
  options: DecryptOptions = {},
): Promise<Payload> {
  assertEnvelopeBytes(envelope);
  return collectPayload(envelope, await createSealedDecryptor(keyPair, options));
}
