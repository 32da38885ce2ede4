import {
  ARGON2_MEMLIMIT_MAX,
  ARGON2_MEMLIMIT_MIN,
  ARGON2_OPSLIMIT_MAX,
  ARGON2_OPSLIMIT_MIN,
} from '../constants.ts';
import { EnvelopeError } from '../errors.ts';

/** 'HLNK' in ASCII: the first four bytes of every envelope. */
export const MAGIC = new Uint8Array([0x48, 0x4c, 0x4e, 0x4b]);

/** The only version this code writes and reads. */
export const VERSION = 1;

/** Flags bit 0: the content key also depends on a passphrase; Argon2id parameters follow. */
export const FLAG_PASSPHRASE = 0x01;

/** Magic, version and flags: enough to know the header's full length. */
export const PREFIX_BYTES = 6;

/** Argon2id salt length (`crypto_pwhash_SALTBYTES`). */
export const SALT_BYTES = 16;

/** `crypto_secretstream_xchacha20poly1305_HEADERBYTES`. */
export const STREAM_HEADER_BYTES = 24;

const KDF_BYTES = SALT_BYTES + 4 + 4;

/** The longest header: prefix, salt and costs, stream header. */
export const MAX_HEADER_BYTES = PREFIX_BYTES + KDF_BYTES + STREAM_HEADER_BYTES;

/** Argon2id inputs recorded in a passphrase envelope's header. */
export interface KdfParams {
  salt: Uint8Array;
  opslimit: number;
  memlimit: number;
}

/** A parsed header. `bytes` is the whole header, which every chunk authenticates as associated data. */
export interface EnvelopeHeader {
  version: number;
  kdf: KdfParams | undefined;
  streamHeader: Uint8Array;
  bytes: Uint8Array;
}

/**
 * Writes a v1 header.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` if the Argon2id costs are outside what readers accept.
 */
export function encodeHeader(kdf: KdfParams | undefined, streamHeader: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(PREFIX_BYTES + (kdf ? KDF_BYTES : 0) + STREAM_HEADER_BYTES);
  bytes.set(MAGIC);
  bytes[4] = VERSION;
  let offset = PREFIX_BYTES;
  if (kdf) {
    checkKdfCosts(kdf.opslimit, kdf.memlimit);
    if (kdf.salt.length !== SALT_BYTES) throw invalid(`the salt must be ${SALT_BYTES} bytes`);
    bytes[5] = FLAG_PASSPHRASE;
    bytes.set(kdf.salt, offset);
    const view = new DataView(bytes.buffer);
    view.setUint32(offset + SALT_BYTES, kdf.opslimit);
    view.setUint32(offset + SALT_BYTES + 4, kdf.memlimit);
    offset += KDF_BYTES;
  }
  if (streamHeader.length !== STREAM_HEADER_BYTES) throw invalid('the stream header must be 24 bytes');
  bytes.set(streamHeader, offset);
  return bytes;
}

/**
 * Reads the first six bytes (magic, version, flags) and returns the length of the whole header.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` for a wrong magic or unknown flags, `UNSUPPORTED_VERSION` for any
 * version but 1.
 */
export function headerLength(prefix: Uint8Array): number {
  if (prefix.length < PREFIX_BYTES) throw headerTooShort();
  for (let i = 0; i < MAGIC.length; i++) {
    if (prefix[i] !== MAGIC[i]) throw invalid('it does not start with HLNK');
  }
  const version = prefix[4];
  if (version !== VERSION) {
    throw new EnvelopeError(
      'UNSUPPORTED_VERSION',
      `Envelope version ${version} is not supported; this reads 1.`,
    );
  }
  const flags = prefix[5] ?? 0;
  if ((flags & ~FLAG_PASSPHRASE) !== 0) throw invalid('it sets unknown flags');
  return PREFIX_BYTES + (flags & FLAG_PASSPHRASE ? KDF_BYTES : 0) + STREAM_HEADER_BYTES;
}

/**
 * Parses the header at the start of `envelope`, field by field, before any crypto. Argon2id costs are capped
 * here so that a header cannot make a reader spend unbounded time or memory.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` or `UNSUPPORTED_VERSION` as {@link headerLength} does, and
 * `ENVELOPE_INVALID` for a short envelope or costs outside the caps.
 */
export function parseHeader(envelope: Uint8Array): EnvelopeHeader {
  const length = headerLength(envelope);
  if (envelope.length < length) throw headerTooShort();
  const bytes = envelope.slice(0, length);
  let kdf: KdfParams | undefined;
  if (length > PREFIX_BYTES + STREAM_HEADER_BYTES) {
    const view = new DataView(bytes.buffer);
    const opslimit = view.getUint32(PREFIX_BYTES + SALT_BYTES);
    const memlimit = view.getUint32(PREFIX_BYTES + SALT_BYTES + 4);
    checkKdfCosts(opslimit, memlimit);
    kdf = { salt: bytes.slice(PREFIX_BYTES, PREFIX_BYTES + SALT_BYTES), opslimit, memlimit };
  }
  return { version: VERSION, kdf, streamHeader: bytes.slice(length - STREAM_HEADER_BYTES), bytes };
}

/** The error for input that ends before its header does. */
export function headerTooShort(): EnvelopeError {
  return invalid('it is shorter than its header');
}

function checkKdfCosts(opslimit: number, memlimit: number): void {
  if (!Number.isInteger(opslimit) || opslimit < ARGON2_OPSLIMIT_MIN || opslimit > ARGON2_OPSLIMIT_MAX) {
    throw invalid(`its Argon2id opslimit must be ${ARGON2_OPSLIMIT_MIN} to ${ARGON2_OPSLIMIT_MAX}`);
  }
  if (
    !Number.isInteger(memlimit) ||
    memlimit < ARGON2_MEMLIMIT_MIN ||
    memlimit > ARGON2_MEMLIMIT_MAX ||
    memlimit % 1024 !== 0
  ) {
    throw invalid('its Argon2id memlimit must be a whole number of KiB from 8 MiB to 256 MiB');
  }
}

function invalid(reason: string): EnvelopeError {
  return new EnvelopeError('ENVELOPE_INVALID', `This is not a valid Hushlink envelope: ${reason}.`);
}
