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

/** Version 1: the content key comes from a link key carried in the link. Read, and written only by vector tests. */
export const VERSION = 1;

/** Version 2: sealed to recipients, committed to the envelope key. Read, and written only by vector tests. */
export const VERSION_SEALED = 2;

/** Version 3: link or sealed (a flag), committed to the content key, optionally signed by the sender. */
export const VERSION_3 = 3;

/** Every version this code reads. */
export type EnvelopeVersion = 1 | 2 | 3;

/** Flags bit 0: the content key also depends on a passphrase; Argon2id parameters follow. */
export const FLAG_PASSPHRASE = 0x01;

/** Flags bit 1 (v3 only): sealed to recipients; the recipients block follows. */
export const FLAG_SEALED = 0x02;

/** Flags bit 2 (v3 only, with bit 1): signed; the sender's Ed25519 key follows, the signature ends the envelope. */
export const FLAG_SIGNED = 0x04;

/** Magic, version and flags: enough to know the header's full length, or where its recipient count is. */
export const PREFIX_BYTES = 6;

/** Argon2id salt length (`crypto_pwhash_SALTBYTES`). */
export const SALT_BYTES = 16;

/** `crypto_secretstream_xchacha20poly1305_HEADERBYTES`. */
export const STREAM_HEADER_BYTES = 24;

/** Salt, opslimit and memlimit. */
export const KDF_BYTES = SALT_BYTES + 4 + 4;

/** The recipient count: u16 big-endian. */
export const COUNT_BYTES = 2;

/** One wrapped key: `crypto_box_seal` of 32 bytes (ephemeral public key 32 + key 32 + MAC 16). */
export const WRAPPED_KEY_BYTES = 80;

/** The key commitment: v2, to the envelope key; v3, to the content key. */
export const COMMITMENT_BYTES = 32;

/** The sender's Ed25519 public key in a signed v3 header. */
export const SENDER_KEY_BYTES = 32;

/** The Ed25519 signature that ends a signed v3 envelope, after its FINAL chunk. */
export const SIGNATURE_BYTES = 64;

/** The longest header without recipients (v3 with a passphrase): the buffer a streaming reader starts with. */
export const MAX_HEADER_BYTES = PREFIX_BYTES + KDF_BYTES + COMMITMENT_BYTES + STREAM_HEADER_BYTES;

/** Argon2id inputs recorded in a passphrase envelope's header. */
export interface KdfParams {
  salt: Uint8Array;
  opslimit: number;
  memlimit: number;
}

/** What a header holds, as the prefix (magic, version, flags) and the recipient count describe it. */
export interface HeaderShape {
  version: EnvelopeVersion;
  passphrase: boolean;
  /** Opens with a recipient's key pair (v2, or v3 with the sealed flag) rather than a link key. */
  sealed: boolean;
  /** v3 sealed only: a sender key in the header and a signature after the last chunk. */
  signed: boolean;
  /** The number of wrapped keys; 0 unless sealed. */
  recipients: number;
}

/** A parsed header. `bytes` is the whole header, which every chunk authenticates as associated data. */
export interface EnvelopeHeader extends HeaderShape {
  kdf: KdfParams | undefined;
  /** The wrapped keys of a sealed envelope, in header order. */
  wrapped: Uint8Array[];
  /** The sender's Ed25519 public key (v3 signed). */
  sender: Uint8Array | undefined;
  /** v2: the commitment to the envelope key; v3: to the content key; absent in v1. */
  commitment: Uint8Array | undefined;
  streamHeader: Uint8Array;
  bytes: Uint8Array;
}

/** The parts a writer puts in a header; the shape follows from which are present. */
export interface HeaderParts {
  version: EnvelopeVersion;
  kdf: KdfParams | undefined;
  /** Present exactly when sealed (v2, or v3 sealed). */
  wrapped?: Uint8Array[] | undefined;
  sender?: Uint8Array | undefined;
  commitment?: Uint8Array | undefined;
  streamHeader: Uint8Array;
}

/** The exact length of a header of this shape. */
export function headerSize(shape: HeaderShape): number {
  let size = PREFIX_BYTES + (shape.passphrase ? KDF_BYTES : 0);
  if (shape.sealed) size += COUNT_BYTES + shape.recipients * WRAPPED_KEY_BYTES;
  if (shape.signed) size += SENDER_KEY_BYTES;
  if (shape.version !== VERSION) size += COMMITMENT_BYTES;
  return size + STREAM_HEADER_BYTES;
}

/**
 * Writes a header from its parts, in the field order of FORMAT.md for its version.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` if the Argon2id costs are outside what readers accept or a part has
 * the wrong length or is missing for its version; `LIMIT_EXCEEDED` for 0 or more than {@link RECIPIENTS_MAX}
 * recipients.
 */
export function encodeHeader(parts: HeaderParts): Uint8Array {
  const { version, kdf, wrapped, sender, commitment, streamHeader } = parts;
  const sealed = wrapped !== undefined;
  const count = wrapped?.length ?? 0;
  if (sealed && (count < 1 || count > RECIPIENTS_MAX)) {
    throw new EnvelopeError('LIMIT_EXCEEDED', `A sealed envelope holds 1 to ${RECIPIENTS_MAX} recipients.`);
  }
  const v3 = version === VERSION_3;
  if (sealed !== (version === VERSION_SEALED) && !v3) throw invalid('only versions 2 and 3 are sealed');
  if (sender !== undefined && !(v3 && sealed)) throw invalid('only a sealed version 3 envelope is signed');
  if ((commitment === undefined) !== (version === VERSION))
    throw invalid('versions 2 and 3 have a commitment');
  const shape: HeaderShape = {
    version,
    passphrase: kdf !== undefined,
    sealed,
    signed: sender !== undefined,
    recipients: count,
  };
  const bytes = new Uint8Array(headerSize(shape));
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC);
  bytes[4] = version;
  bytes[5] = flagsOf(shape);
  let offset = PREFIX_BYTES;
  const put = (part: Uint8Array, length: number, what: string) => {
    if (part.length !== length) throw invalid(`${what} must be ${length} bytes`);
    bytes.set(part, offset);
    offset += length;
  };
  if (kdf) {
    checkKdfCosts(kdf.opslimit, kdf.memlimit);
    put(kdf.salt, SALT_BYTES, 'the salt');
    view.setUint32(offset, kdf.opslimit);
    view.setUint32(offset + 4, kdf.memlimit);
    offset += 8;
  }
  if (wrapped) {
    view.setUint16(offset, count);
    offset += COUNT_BYTES;
    for (const entry of wrapped) put(entry, WRAPPED_KEY_BYTES, 'a wrapped key');
  }
  if (sender) put(sender, SENDER_KEY_BYTES, 'the sender key');
  if (commitment) put(commitment, COMMITMENT_BYTES, 'the key commitment');
  put(streamHeader, STREAM_HEADER_BYTES, 'the stream header');
  return bytes;
}

function flagsOf(shape: HeaderShape): number {
  let flags = shape.passphrase ? FLAG_PASSPHRASE : 0;
  if (shape.version === VERSION_3 && shape.sealed) flags |= FLAG_SEALED;
  if (shape.signed) flags |= FLAG_SIGNED;
  return flags;
}

/**
 * Reads the prefix (magic, version, flags) and says what kind of envelope it starts, before anything else.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` for a short prefix, a wrong magic or flags its version does not
 * define; `UNSUPPORTED_VERSION` for a version other than 1, 2 or 3.
 */
export function readPrefix(start: Uint8Array): Omit<HeaderShape, 'recipients'> {
  if (start.length < PREFIX_BYTES) throw headerTooShort();
  for (let i = 0; i < MAGIC.length; i++) {
    if (start[i] !== MAGIC[i]) throw invalid('it does not start with HLNK');
  }
  const version = start[4];
  if (version !== VERSION && version !== VERSION_SEALED && version !== VERSION_3) {
    throw new EnvelopeError(
      'UNSUPPORTED_VERSION',
      `Envelope version ${version} is not supported; this reads 1, 2 and 3.`,
    );
  }
  const flags = start[5] ?? 0;
  const known = version === VERSION_3 ? FLAG_PASSPHRASE | FLAG_SEALED | FLAG_SIGNED : FLAG_PASSPHRASE;
  if ((flags & ~known) !== 0) throw invalid('it sets unknown flags');
  const sealed = version === VERSION_SEALED || (flags & FLAG_SEALED) !== 0;
  const signed = (flags & FLAG_SIGNED) !== 0;
  if (signed && !sealed) throw invalid('it is signed but not sealed');
  return { version, passphrase: (flags & FLAG_PASSPHRASE) !== 0, sealed, signed };
}

/**
 * Given the first bytes of an envelope (at least {@link PREFIX_BYTES}), checks what they hold and returns how
 * many bytes are needed to go further: the whole header's length once it is known, or, for a sealed envelope
 * before its recipient count has arrived, the length up to and including the count. A streaming reader calls it
 * again each time it has the bytes it asked for, until the answer stops growing. The count is capped by
 * {@link RECIPIENTS_MAX}, so nothing read from input can make a reader buffer more than about 20 KiB.
 *
 * @throws EnvelopeError as {@link readPrefix}, and `ENVELOPE_INVALID` for a recipient count outside
 * 1..{@link RECIPIENTS_MAX}.
 */
export function headerBytesNeeded(start: Uint8Array): number {
  const prefix = readPrefix(start);
  if (!prefix.sealed) return headerSize({ ...prefix, recipients: 0 });
  const countOffset = PREFIX_BYTES + (prefix.passphrase ? KDF_BYTES : 0);
  if (start.length < countOffset + COUNT_BYTES) return countOffset + COUNT_BYTES;
  const count = new DataView(start.buffer, start.byteOffset + countOffset, COUNT_BYTES).getUint16(0);
  if (count < 1 || count > RECIPIENTS_MAX) {
    throw invalid(`its recipient count must be 1 to ${RECIPIENTS_MAX}`);
  }
  return headerSize({ ...prefix, recipients: count });
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
  const prefix = readPrefix(bytes);
  let offset = PREFIX_BYTES;
  const take = (n: number) => {
    offset += n;
    return bytes.subarray(offset - n, offset);
  };
  let kdf: KdfParams | undefined;
  if (prefix.passphrase) {
    const opslimit = view.getUint32(offset + SALT_BYTES);
    const memlimit = view.getUint32(offset + SALT_BYTES + 4);
    checkKdfCosts(opslimit, memlimit);
    kdf = { salt: take(SALT_BYTES).slice(), opslimit, memlimit };
    offset += 8;
  }
  const wrapped: Uint8Array[] = [];
  if (prefix.sealed) {
    const count = view.getUint16(offset);
    offset += COUNT_BYTES;
    for (let i = 0; i < count; i++) wrapped.push(take(WRAPPED_KEY_BYTES));
  }
  const sender = prefix.signed ? take(SENDER_KEY_BYTES) : undefined;
  const commitment = prefix.version === VERSION ? undefined : take(COMMITMENT_BYTES);
  return {
    ...prefix,
    recipients: wrapped.length,
    kdf,
    wrapped,
    sender,
    commitment,
    streamHeader: take(STREAM_HEADER_BYTES).slice(),
    bytes,
  };
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
