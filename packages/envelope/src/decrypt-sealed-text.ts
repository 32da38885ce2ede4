import { decryptSealedPayload } from './decrypt-sealed-payload.ts';
import { textOf } from './lib/collect-payload.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import type { SealedDecryptOptions } from './options.ts';

/**
 * Decrypts a complete sealed envelope that must hold a text, for callers that handle nothing else.
 *
 * @throws EnvelopeError as `decryptSealedPayload`, and `PAYLOAD_INVALID` if the envelope holds files.
 */
export async function decryptSealedText(
  envelope: Uint8Array,
  keyPair: RecipientKeyPair,
  options: SealedDecryptOptions = {},
): Promise<string> {
  return textOf(await decryptSealedPayload(envelope, keyPair, options));
}
