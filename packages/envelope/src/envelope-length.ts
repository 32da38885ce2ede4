import { CHUNK_BYTES } from './constants.ts';
import { CHUNK_OVERHEAD } from './lib/chunk.ts';
import { MAX_HEADER_BYTES, PREFIX_BYTES, STREAM_HEADER_BYTES } from './lib/header.ts';
import { encodeMetadata, expectedContentLength } from './lib/metadata.ts';
import { paddedLength } from './lib/padding.ts';
import type { EnvelopeMetadata } from './payload.ts';

/**
 * The exact length in bytes of the envelope that `createEncryptor` will write for this metadata, before any of
 * it is encrypted, so that an upload can declare its size up front (and be refused early when it is too big).
 * For text, pass the text's UTF-8 length as `contentLength`; for files it is the sum of their sizes.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID`/`LIMIT_EXCEEDED` for metadata `createEncryptor` would refuse.
 * @example
 * const size = envelopeLength({ kind: 'files', files }, { passphrase: false });
 */
export function envelopeLength(
  metadata: EnvelopeMetadata,
  options: { passphrase: boolean; contentLength?: number },
): number {
  const content = expectedContentLength(metadata) ?? options.contentLength ?? 0;
  const data = encodeMetadata(metadata).length + content;
  const padded = paddedLength(data);
  const header = options.passphrase ? MAX_HEADER_BYTES : PREFIX_BYTES + STREAM_HEADER_BYTES;
  return header + padded + CHUNK_OVERHEAD * Math.ceil(padded / CHUNK_BYTES);
}
