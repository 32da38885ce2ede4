import { EnvelopeError } from '../errors.ts';
import type { EnvelopeMetadata, Payload } from '../payload.ts';
import { decodeUtf8Pieces, encodeUtf8 } from './utf8.ts';

/**
 * Splits a payload into the metadata and the content bytes that follow it in the plaintext.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` for an unknown kind or text that is not a well-formed string.
 */
export function splitPayload(payload: Payload): { metadata: EnvelopeMetadata; content: Uint8Array } {
  if (payload?.kind === 'text' && typeof payload.text === 'string') {
    const content = encodeUtf8(payload.text);
    if (content) return { metadata: { kind: 'text' }, content };
  }
  throw new EnvelopeError(
    'PAYLOAD_INVALID',
    'The payload must be { kind: "text", text } with well-formed text.',
  );
}

/**
 * Rebuilds a payload from decrypted metadata and the content, in the pieces the decryptor returned (decoded
 * without first copying them into one array).
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` if text content is not well-formed UTF-8.
 */
export function joinPayload(metadata: EnvelopeMetadata, content: readonly Uint8Array[]): Payload {
  const text = decodeUtf8Pieces(content);
  if (metadata.kind !== 'text' || text === undefined) {
    throw new EnvelopeError('PAYLOAD_INVALID', 'The secret’s text is not valid UTF-8.');
  }
  return { kind: 'text', text };
}
