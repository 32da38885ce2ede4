import { METADATA_MAX_BYTES } from '../constants.ts';
import { EnvelopeError } from '../errors.ts';
import type { EnvelopeMetadata } from '../payload.ts';
import { decodeUtf8 } from './utf8.ts';

const encoder = new TextEncoder();

/**
 * Encodes metadata as the start of the logical plaintext: a u32 big-endian length, then the JSON in UTF-8.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` for metadata this version does not know, `LIMIT_EXCEEDED` if the JSON
 * is over 16 KiB.
 */
export function encodeMetadata(metadata: EnvelopeMetadata): Uint8Array {
  const json = encoder.encode(JSON.stringify(checkMetadata(metadata)));
  if (json.length > METADATA_MAX_BYTES) {
    throw new EnvelopeError('LIMIT_EXCEEDED', `The metadata is over ${METADATA_MAX_BYTES} bytes.`);
  }
  const out = new Uint8Array(4 + json.length);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  return out;
}

/**
 * Reads the metadata from the start of the first chunk's data (it always fits in one chunk) and returns it with
 * the offset where content begins.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` if the length is over the cap or past the data, or the JSON does not
 * parse as metadata this version knows.
 */
export function readMetadata(data: Uint8Array): { metadata: EnvelopeMetadata; contentOffset: number } {
  if (data.length < 4) throw payloadInvalid();
  const length = new DataView(data.buffer, data.byteOffset, 4).getUint32(0);
  if (length > METADATA_MAX_BYTES || 4 + length > data.length) throw payloadInvalid();
  const json = decodeUtf8(data.subarray(4, 4 + length));
  if (json === undefined) throw payloadInvalid();
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw payloadInvalid();
  }
  return { metadata: checkMetadata(value), contentOffset: 4 + length };
}

/** v1 knows exactly `{"kind":"text"}`; unknown kinds and unknown fields are refused rather than ignored. */
function checkMetadata(value: unknown): EnvelopeMetadata {
  if (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    value.kind === 'text' &&
    Object.keys(value).length === 1
  ) {
    return { kind: 'text' };
  }
  throw payloadInvalid();
}

function payloadInvalid(): EnvelopeError {
  return new EnvelopeError(
    'PAYLOAD_INVALID',
    'The secret’s metadata is missing or of a kind this version does not know.',
  );
}
