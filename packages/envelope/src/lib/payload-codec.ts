import { EnvelopeError } from '../errors.ts';
import type { EnvelopeMetadata, Payload } from '../payload.ts';
import { concatBytes } from './concat-bytes.ts';
import { decodeUtf8Pieces, encodeUtf8 } from './utf8.ts';

/**
 * Splits a payload into the metadata and the content bytes that follow it in the plaintext.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` for an unknown kind, text that is not a well-formed string, or files
 * that are not `{ name, type, bytes }`.
 */
export function splitPayload(payload: Payload): { metadata: EnvelopeMetadata; content: Uint8Array } {
  if (payload?.kind === 'text' && typeof payload.text === 'string') {
    const content = encodeUtf8(payload.text);
    if (content) return { metadata: { kind: 'text' }, content };
  }
  if (
    payload?.kind === 'files' &&
    Array.isArray(payload.files) &&
    payload.files.every((file) => file?.bytes instanceof Uint8Array)
  ) {
    const files = payload.files.map(({ name, type, bytes }) => ({ name, type, size: bytes.length }));
    return {
      metadata: { kind: 'files', files },
      content: concatBytes(payload.files.map((file) => file.bytes)),
    };
  }
  throw new EnvelopeError(
    'PAYLOAD_INVALID',
    'The payload must be { kind: "text", text } with well-formed text, or { kind: "files", files: [{ name, type, bytes }] }.',
  );
}

/**
 * Rebuilds a payload from decrypted metadata and the content, in the pieces the decryptor returned (text is
 * decoded without first copying the pieces into one array; files are cut out of them by their sizes).
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` if text content is not well-formed UTF-8.
 */
export function joinPayload(metadata: EnvelopeMetadata, content: readonly Uint8Array[]): Payload {
  if (metadata.kind === 'files') {
    const all = concatBytes(content);
    let offset = 0;
    const files = metadata.files.map(({ name, type, size }) => {
      const bytes = all.slice(offset, offset + size);
      offset += size;
      return { name, type, bytes };
    });
    all.fill(0);
    return { kind: 'files', files };
  }
  const text = decodeUtf8Pieces(content);
  if (text === undefined) {
    throw new EnvelopeError('PAYLOAD_INVALID', 'The secret’s text is not valid UTF-8.');
  }
  return { kind: 'text', text };
}
