import { createSealedDecryptor } from './create-sealed-decryptor.ts';
import { assertEnvelopeBytes, collectPayload } from './lib/collect-payload.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import type { SealedDecryptOptions } from './options.ts';
import type { Payload } from './payload.ts';

/**
 * Decrypts a complete sealed envelope (version 3, or 2) with a recipient's key pair. Structure is checked before
 * any crypto, then the sender against `options.senders`; then the wrapped keys are tried (`NOT_A_RECIPIENT` if
 * none opens, before any content is decrypted) and the key commitment; a signed envelope's signature is checked
 * last. It returns only when all of that holds. To learn who signed it, use `decryptSealedPayloadWithSender`.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` (also for a link envelope, which needs `decryptPayload`),
 * `UNSUPPORTED_VERSION`, `KEY_INVALID`, `SENDER_MISMATCH`, `NOT_A_RECIPIENT`, `PASSPHRASE_REQUIRED`,
 * `COMMITMENT_MISMATCH`, `DECRYPTION_FAILED`, `PAYLOAD_INVALID` or `SIGNATURE_INVALID`.
 * @example
 * const payload = await decryptSealedPayload(envelope, await deriveRecipientKeyPair(prfOutput));
 */
export async function decryptSealedPayload(
  envelope: Uint8Array,
  keyPair: RecipientKeyPair,
  options: SealedDecryptOptions = {},
): Promise<Payload> {
  assertEnvelopeBytes(envelope);
  return collectPayload(envelope, await createSealedDecryptor(keyPair, options));
}
