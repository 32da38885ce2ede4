import { FILE_NAME_MAX_LENGTH, FILE_TYPE_MAX_LENGTH, FILES_MAX, METADATA_MAX_BYTES } from '../constants.ts';
import { EnvelopeError } from '../errors.ts';
import type { EnvelopeMetadata, FileEntry } from '../payload.ts';
import { parseStrictJson } from './strict-json.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

const encoder = new TextEncoder();

/**
 * Encodes metadata as the start of the logical plaintext: a u32 big-endian length, then the JSON in UTF-8, in
 * the one serialisation of FORMAT.md ("Metadata"): keys in the order kind, files and name, type, size; no
 * whitespace; strings as `JSON.stringify` writes them (only `"`, `\` and U+0000..U+001F escaped, with the short
 * escapes where JSON has them and lower-case `\u00xx` otherwise; everything else as UTF-8); sizes as plain
 * decimal integers. A name or type with a lone surrogate is refused, so the JSON is always I-JSON.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` for metadata this version does not know, `LIMIT_EXCEEDED` if the JSON
 * is over 16 KiB.
 */
export function encodeMetadata(metadata: EnvelopeMetadata): Uint8Array {
  const json = encoder.encode(canonicalJson(checkMetadata(metadata)));
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
 * the offset where content begins. Every version refuses JSON that is not I-JSON (a duplicate key, a lone
 * surrogate, a number with a fraction or exponent); version 3 (`canonical`) also refuses any serialisation other
 * than the one {@link encodeMetadata} writes, byte for byte.
 *
 * @throws EnvelopeError `PAYLOAD_INVALID` if the length is over the cap or past the data, or the JSON does not
 * parse as metadata this version knows.
 */
export function readMetadata(
  data: Uint8Array,
  canonical: boolean,
): { metadata: EnvelopeMetadata; contentOffset: number } {
  if (data.length < 4) throw payloadInvalid();
  const length = new DataView(data.buffer, data.byteOffset, 4).getUint32(0);
  if (length > METADATA_MAX_BYTES || 4 + length > data.length) throw payloadInvalid();
  const bytes = data.subarray(4, 4 + length);
  const json = decodeUtf8(bytes);
  if (json === undefined) throw payloadInvalid();
  const metadata = checkMetadata(parseStrictJson(json));
  if (canonical && canonicalJson(metadata) !== json) throw payloadInvalid();
  return { metadata, contentOffset: 4 + length };
}

/** The metadata's one serialisation (see {@link encodeMetadata}); `metadata` comes from `checkMetadata`. */
function canonicalJson(metadata: EnvelopeMetadata): string {
  return JSON.stringify(metadata);
}

/** The number of content bytes the metadata promises: the files' sizes summed, or undefined for text. */
export function expectedContentLength(metadata: EnvelopeMetadata): number | undefined {
  if (metadata.kind !== 'files') return undefined;
  return metadata.files.reduce((sum, file) => sum + file.size, 0);
}

/**
 * v1 knows exactly `{"kind":"text"}` and `{"kind":"files","files":[{"name","type","size"}, …]}`; unknown kinds
 * and unknown fields are refused rather than ignored. Returns a fresh object holding only the known fields.
 */
function checkMetadata(value: unknown): EnvelopeMetadata {
  if (!isRecord(value)) throw payloadInvalid();
  if (value.kind === 'text' && hasOnlyKeys(value, ['kind'])) return { kind: 'text' };
  if (value.kind === 'files' && hasOnlyKeys(value, ['kind', 'files']) && Array.isArray(value.files)) {
    const list: unknown[] = value.files;
    if (list.length < 1 || list.length > FILES_MAX) throw payloadInvalid();
    const files = list.map(checkFileEntry);
    let total = 0;
    for (const file of files) total += file.size;
    if (!Number.isSafeInteger(total)) throw payloadInvalid();
    return { kind: 'files', files };
  }
  throw payloadInvalid();
}

function checkFileEntry(value: unknown): FileEntry {
  if (
    isRecord(value) &&
    hasOnlyKeys(value, ['name', 'type', 'size']) &&
    typeof value.name === 'string' &&
    wellFormed(value.name) &&
    value.name.length >= 1 &&
    value.name.length <= FILE_NAME_MAX_LENGTH &&
    typeof value.type === 'string' &&
    wellFormed(value.type) &&
    value.type.length <= FILE_TYPE_MAX_LENGTH &&
    typeof value.size === 'number' &&
    Number.isSafeInteger(value.size) &&
    value.size >= 0 &&
    !Object.is(value.size, -0)
  ) {
    return { name: value.name, type: value.type, size: value.size };
  }
  throw payloadInvalid();
}

/** I-JSON strings are Unicode: no lone surrogate, which UTF-8 cannot carry either. */
function wellFormed(text: string): boolean {
  return encodeUtf8(text) !== undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

function payloadInvalid(): EnvelopeError {
  return new EnvelopeError(
    'PAYLOAD_INVALID',
    'The secret’s metadata is missing or of a kind this version does not know.',
  );
}
