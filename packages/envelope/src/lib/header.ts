import {
  ARGON2_MEMLIMIT_MAX,
  ARGON2_MEMLIMIT_MIN,
  ARGON2_OPSLIMIT_MAX,
  ARGON2_OPSLIMIT_MIN,
  RECIPIENTS_MAX,
} from '../constants.ts';
import { EnvelopeError } from '../errors.ts';

/** 'HLNK' in ASCII: the first four bytes of every envelope. */
export const MAGIC = new Uint8Array([0x48, 0x4c, 0x4e, 0x4b]);

/** Version 1: the content key comes from a link key carried in the link. */
export const VERSION = 1;

/** Version 2: sealed; the content key comes from a random key wrapped to each recipient in the header. */
export const VERSION_SEALED = 2;

/** Flags bit 0: the content key also depends on a passphrase; Argon2id parameters follow. */
export const FLAG_PASSPHRASE = 0x01;

/** Magic, version and flags: enough to know the header's full length (v1) or where its recipient count is (v2). */
export const PREFIX_BYTES = 6;

/** Argon2id salt length (`crypto_pwhash_SALTBYTES`). */
export const SALT_BYTES = 16;

/** `crypto_secretstream_xchacha20poly1305_HEADERBYTES`. */
export const STREAM_HEADER_BYTES = 24;

/** Salt, opslimit and memlimit. */
export const KDF_BYTES = SALT_BYTES + 4 + 4;

/** The v2 recipient count: u16 big-endian. */
export const COUNT_BYTES = 2;

/** One wrapped key: `crypto_box_seal` of 32 bytes (ephemeral public key 32 + key 32 + MAC 16). */
export const WRAPPED_KEY_BYTES = 80;

/** The v2 key commitment: BLAKE2b-256 of the commitment context under the wrapped key. */
export const COMMITMENT_BYTES = 32;

/** The longest v1 header: prefix, salt and costs, stream header. */
export const MAX_HEADER_BYTES = PREFIX_BYTES + KDF_BYTES + STREAM_HEADER_BYTES;

/** Argon2id inputs recorded in a passphrase envelope's header. */
export interface KdfParams {
  salt: Uint8Array;
  opslimit: number;
  memlimit: number;
}

/** The v2 recipients block: the wrapped keys, in order, and the commitment to the key they wrap. */
export interface RecipientsBlock {
  wrapped: Uint8Array[];
  commitment: Uint8Array;
}

/** A parsed header. `bytes` is the whole header, which every chunk authenticates as associated data. */
export interface EnvelopeHeader {
  version: 1 | 2;
  kdf: KdfParams | undefined;
  /** Present exactly in version 2. */
  recipients: RecipientsBlock | undefined;
  streamHeader: Uint8Array;
  bytes: Uint8Array;
}

/**
 * The exact length of a header, from its parts. Version 1 when there are no recipients.
 */
export function headerSize(passphrase: boolean, recipients: number): number {
  const kdf = passphrase ? KDF_BYTES : 0;
  if (recipients === 0) return PREFIX_BYTES + kdf + STREAM_HEADER_BYTES;
  return (
    PREFIX_BYTES + kdf + COUNT_BYTES + recipients * WRAPPED_KEY_BYTES + COMMITMENT_BYTES + STREAM_HEADER_BYTES
  );
}

/**
 * Writes a header: version 1 without a recipients block, version 2 with one.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` if the Argon2id costs are outside what readers accept, or a part has
 * the wrong length; `LIMIT_EXCEEDED` for more than {@link RECIPIENTS_MAX} recipients.
 */
export function encodeHeader(
  kdf: KdfParams | undefined,
  streamHeader: Uint8Array,
  recipients?: RecipientsBlock,
): Uint8Array {
  const count = recipients?.wrapped.length ?? 0;
  if (recipients && (count < 1 || count > RECIPIENTS_MAX)) {
    throw new EnvelopeError('LIMIT_EXCEEDED', `A sealed envelope holds 1 to ${RECIPIENTS_MAX} recipients.`);
  }
  const bytes = new Uint8Array(headerSize(kdf !== undefined, count));
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC);
  bytes[4] = recipients ? VERSION_SEALED : VERSION;
  let offset = PREFIX_BYTES;
  if (kdf) {
    checkKdfCosts(kdf.opslimit, kdf.memlimit);
    if (kdf.salt.length !== SALT_BYTES) throw invalid(`the salt must be ${SALT_BYTES} bytes`);
    bytes[5] = FLAG_PASSPHRASE;
    bytes.set(kdf.salt, offset);
    view.setUint32(offset + SALT_BYTES, kdf.opslimit);
    view.setUint32(offset + SALT_BYTES + 4, kdf.memlimit);
    offset += KDF_BYTES;
  }
  if (recipients) {
    view.setUint16(offset, count);
    offset += COUNT_BYTES;
    for (const entry of recipients.wrapped) {
      if (entry.length !== WRAPPED_KEY_BYTES)
        throw invalid(`a wrapped key must be ${WRAPPED_KEY_BYTES} bytes`);
      bytes.set(entry, offset);
      offset += WRAPPED_KEY_BYTES;
    }
    if (recipients.commitment.length !== COMMITMENT_BYTES)
      throw invalid('the key commitment must be 32 bytes');
    bytes.set(recipients.commitment, offset);
    offset += COMMITMENT_BYTES;
  }
  if (streamHeader.length !== STREAM_HEADER_BYTES) throw invalid('the stream header must be 24 bytes');
  bytes.set(streamHeader, offset);
  return bytes;
}

/**
 * Given the first bytes of an envelope (at least {@link PREFIX_BYTES}), checks what they hold and returns how
 * many bytes are needed to go further: the whole header's length once it is known, or, for version 2 before its
 * recipient count has arrived, the length up to and including the count. A streaming reader calls it again each
 * time it has the bytes it asked for, until the answer stops growing. The length is capped by
 * {@link RECIPIENTS_MAX}, so nothing read from input can make a reader buffer more than about 20 KiB.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` for a wrong magic, unknown flags or a recipient count outside
 * 1..{@link RECIPIENTS_MAX}; `UNSUPPORTED_VERSION` for a version other than 1 or 2.
 */
export function headerBytesNeeded(start: Uint8Array): number {
  if (start.length < PREFIX_BYTES) throw headerTooShort();
  for (let i = 0; i < MAGIC.length; i++) {
    if (start[i] !== MAGIC[i]) throw invalid('it does not start with HLNK');
  }
  const version = start[4];
  if (version !== VERSION && version !== VERSION_SEALED) {
    throw new EnvelopeError(
      'UNSUPPORTED_VERSION',
      `Envelope version ${version} is not supported; this reads 1 and 2.`,
    );
  }
  const flags = start[5] ?? 0;
  if ((flags & ~FLAG_PASSPHRASE) !== 0) throw invalid('it sets unknown flags');
  const passphrase = (flags & FLAG_PASSPHRASE) !== 0;
  if (version === VERSION) return headerSize(passphrase, 0);
  const countOffset = PREFIX_BYTES + (passphrase ? KDF_BYTES : 0);
  if (start.length < countOffset + COUNT_BYTES) return countOffset + COUNT_BYTES;
  const count = new DataView(start.buffer, start.byteOffset + countOffset, COUNT_BYTES).getUint16(0);
  if (count < 1 || count > RECIPIENTS_MAX) {
    throw invalid(`its recipient count must be 1 to ${RECIPIENTS_MAX}`);
  }
  return headerSize(passphrase, count);
}

/**
 * Parses the header at the start of `envelope`, field by field, before any crypto. Argon2id costs and the
 * recipient count are capped here so that a header cannot make a reader spend unbounded time or memory.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` or `UNSUPPORTED_VERSION` as {@link headerBytesNeeded} does, and
 * `ENVELOPE_INVALID` for a short envelope or costs outside the caps.
 */
export function parseHeader(envelope: Uint8Array): EnvelopeHeader {
  let length = headerBytesNeeded(envelope);
  if (envelope.length >= length) length = headerBytesNeeded(envelope.subarray(0, length));
  if (envelope.length < length) throw headerTooShort();
  const bytes = envelope.slice(0, length);
  const view = new DataView(bytes.buffer);
  const version = bytes[4] === VERSION_SEALED ? VERSION_SEALED : VERSION;
  let offset = PREFIX_BYTES;
  let kdf: KdfParams | undefined;
  if ((bytes[5] ?? 0) & FLAG_PASSPHRASE) {
    const opslimit = view.getUint32(offset + SALT_BYTES);
    const memlimit = view.getUint32(offset + SALT_BYTES + 4);
    checkKdfCosts(opslimit, memlimit);
    kdf = { salt: bytes.slice(offset, offset + SALT_BYTES), opslimit, memlimit };
    offset += KDF_BYTES;
  }
  let recipients: RecipientsBlock | undefined;
  if (version === VERSION_SEALED) {
    const count = view.getUint16(offset);
    offset += COUNT_BYTES;
    const wrapped: Uint8Array[] = [];
    for (let i = 0; i < count; i++, offset += WRAPPED_KEY_BYTES) {
      wrapped.push(bytes.subarray(offset, offset + WRAPPED_KEY_BYTES));
    }
    recipients = { wrapped, commitment: bytes.subarray(offset, offset + COMMITMENT_BYTES) };
  }
  return { version, kdf, recipients, streamHeader: bytes.slice(length - STREAM_HEADER_BYTES), bytes };
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
