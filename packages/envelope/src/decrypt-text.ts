import { decryptPayload } from './decrypt-payload.ts';
import { textOf } from './lib/collect-payload.ts';
import type { DecryptOptions } from './options.ts';

/**
 * Decrypts a complete envelope that must hold a text, for callers that handle nothing else.
 *
 * @throws EnvelopeError as `decryptPayload`, and `PAYLOAD_INVALID` if the envelope holds files.
 */
export async function decryptText(
  envelope: Uint8Array,
  linkKey: Uint8Array,
  options: DecryptOptions = {},
): Promise<string> {
  return textOf(await decryptPayload(envelope, linkKey, options));
}
