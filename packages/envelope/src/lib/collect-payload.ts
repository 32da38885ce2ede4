import { decryptionFailed, EnvelopeError } from '../errors.ts';
import type { Payload } from '../payload.ts';
import type { EnvelopeDecryptor } from './decryptor.ts';
import { joinPayload } from './payload-codec.ts';

/**
 * Feeds a whole envelope to a decryptor and rebuilds the payload, only once its FINAL chunk has authenticated.
 *
 * @throws EnvelopeError as the decryptor does, and `ENVELOPE_INVALID` if `envelope` is not bytes.
 */
export async function collectPayload(envelope: Uint8Array, decryptor: EnvelopeDecryptor): Promise<Payload> {
  const pieces = [...(await decryptor.push(envelope)), ...(await decryptor.finish())];
  if (decryptor.metadata === undefined) throw decryptionFailed();
  try {
    return joinPayload(decryptor.metadata, pieces);
  } finally {
    for (const piece of pieces) piece.fill(0);
  }
}

/**
 * Checks that an envelope argument is bytes.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` otherwise.
 */
export function assertEnvelopeBytes(envelope: Uint8Array): void {
  if (!(envelope instanceof Uint8Array)) {
    throw new EnvelopeError('ENVELOPE_INVALID', 'This is not a valid Hushlink envelope: it is not bytes.');
  }
}

/**
 * Narrows a payload to text, wiping the bytes of files.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` if it holds files.
 */
export function textOf(payload: Payload): string {
  if (payload.kind !== 'text') {
    for (const file of payload.files) file.bytes.fill(0);
    throw new EnvelopeError('PAYLOAD_INVALID', 'This secret holds files, not text.');
  }
  return payload.text;
}
