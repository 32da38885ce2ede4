import { decryptPayload } from './decrypt-payload.ts';
import { EnvelopeError } from './errors.ts';
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
  const payload = await decryptPayload(envelope, linkKey, options);
  if (payload.kind !== 'text') {
    for (const file of payload.files) file.bytes.fill(0);
    throw new EnvelopeError('PAYLOAD_INVALID', 'This secret holds files, not text.');
  }
  return payload.text;
}
