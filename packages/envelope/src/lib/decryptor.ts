import type { StateAddress } from 'libsodium-wrappers';
import { decryptionFailed, EnvelopeError } from '../errors.ts';
import type { EnvelopeMetadata } from '../payload.ts';
import { CHUNK_OVERHEAD, SEALED_CHUNK_BYTES } from './chunk.ts';
import type { EnvelopeHeader } from './header.ts';
import {
  headerBytesNeeded,
  headerTooShort,
  MAX_HEADER_BYTES,
  PREFIX_BYTES,
  parseHeader,
  VERSION_SEALED,
} from './header.ts';
import { expectedContentLength, readMetadata } from './metadata.ts';
import { isZero, paddedLength, paddingMarkerIndex } from './padding.ts';
import type { Sodium } from './sodium.ts';

function payloadMismatch(): EnvelopeError {
  return new EnvelopeError('PAYLOAD_INVALID', 'The files in this secret do not match their listed sizes.');
}

/**
 * Reads an envelope from pieces of any size and returns content bytes as each chunk opens. It holds at most one
 * sealed chunk of input and one chunk of plaintext, and allocates nothing from a length read from the input.
 * After any error it stays failed and every later call throws the same error.
 */
export interface EnvelopeDecryptor {
  /** The metadata, once the first chunk has been opened. */
  readonly metadata: EnvelopeMetadata | undefined;
  /**
   * Feeds envelope bytes; returns the content bytes that could be opened (possibly none). Do not trust content
   * until `finish` has resolved: only then is it known that nothing was cut off.
   *
   * @throws EnvelopeError `ENVELOPE_INVALID`/`UNSUPPORTED_VERSION` for a malformed header or one of the version
   * this decryptor is not keyed for, `NOT_A_RECIPIENT` (sealed, from the header alone), `PASSPHRASE_REQUIRED`,
   * `DECRYPTION_FAILED`, `PAYLOAD_INVALID` for malformed metadata.
   */
  push(bytes: Uint8Array): Promise<Uint8Array[]>;
  /**
   * Ends the input: opens the last chunk and checks that the stream ended with its FINAL chunk at the padded
   * length, with nothing after it.
   *
   * @throws EnvelopeError `ENVELOPE_INVALID` if the input ended inside the header, `PAYLOAD_INVALID` if the files'
   * sizes do not add up to the content, else `DECRYPTION_FAILED`.
   */
  finish(): Promise<Uint8Array[]>;
}

type Phase = 'header' | 'data' | 'padding' | 'done';

/** How a decryptor opens its envelopes: with a link key (version 1) or a recipient's key pair (version 2). */
export interface DecryptorKeying {
  /** The envelope version this keying opens; the other is refused from its version byte, before any crypto. */
  version: 1 | 2;
  /**
   * Turns a complete, structurally valid header into the content key (checking a passphrase, unwrapping a
   * recipient's key), and wipes the keys it was given. Called once.
   */
  contentKey(header: EnvelopeHeader): Promise<Uint8Array>;
  /** Wipes the keys it holds; called on failure. */
  wipe(): void;
}

const SEALED_WITH_LINK_KEY =
  'This secret is sealed to people: it opens with a recipient’s passkey key pair, not with a link key.';
const LINK_WITH_KEY_PAIR =
  'This secret is not sealed to people: it opens with the key in its link, not with a key pair.';

/**
 * The streaming decryptor of FORMAT.md, shared by both versions; only how the content key is found differs.
 */
export function startDecryptor(sodium: Sodium, keying: DecryptorKeying): EnvelopeDecryptor {
  const TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  const TAG_PUSH = sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH;
  const TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;

  // Big enough for any v1 header; a v2 header (at most about 20 KiB, capped by its recipient count) grows it.
  let headerBytes = new Uint8Array(MAX_HEADER_BYTES);
  let headerFill = 0;
  let headerNeeded = PREFIX_BYTES;
  let stream: { state: StateAddress; ad: Uint8Array } | undefined;
  const sealed = new Uint8Array(SEALED_CHUNK_BYTES);
  let fill = 0;
  let phase: Phase = 'header';
  let metadata: EnvelopeMetadata | undefined;
  let logicalLength = 0;
  let expectedLength = 0;
  let contentLength = 0;
  let failure: unknown;
  let busy = false;
  let ended = false;

  /** Refuses a call while failed, busy or finished; refusing for busy or finished leaves the decryptor usable. */
  function check(): void {
    if (failure !== undefined) throw failure;
    if (busy) throw new TypeError('EnvelopeDecryptor: wait for the previous call to settle.');
    if (ended) throw new TypeError('EnvelopeDecryptor: used after finish().');
  }

  /** Records the first error, after which every call throws it, and wipes what is held. */
  function fail(error: unknown): void {
    failure = error;
    sealed.fill(0);
    keying.wipe();
  }

  /** Runs a step that awaits (the header: its passphrase may need Argon2id), refusing other calls meanwhile. */
  async function guarded(step: () => Promise<Uint8Array[]>): Promise<Uint8Array[]> {
    check();
    busy = true;
    try {
      return await step();
    } catch (error) {
      fail(error);
      throw error;
    } finally {
      busy = false;
    }
  }

  /**
   * Runs a step that needs no await (everything after the header) and returns it as a settled promise, so that
   * a piece costs no more turns of the event loop than the caller's own await.
   */
  function settled(step: () => Uint8Array[]): Promise<Uint8Array[]> {
    try {
      check();
    } catch (error) {
      return Promise.reject(error);
    }
    try {
      return Promise.resolve(step());
    } catch (error) {
      fail(error);
      return Promise.reject(error);
    }
  }

  /**
   * Collects header bytes; once complete, parses them and opens the stream. Returns how much it consumed. The
   * version byte is checked against the keying as soon as the prefix is in, before any crypto.
   */
  async function readHeader(bytes: Uint8Array): Promise<number> {
    let offset = 0;
    while (headerFill < headerNeeded) {
      if (offset === bytes.length) return offset;
      const n = Math.min(headerNeeded - headerFill, bytes.length - offset);
      headerBytes.set(bytes.subarray(offset, offset + n), headerFill);
      headerFill += n;
      offset += n;
      if (headerFill === headerNeeded) {
        headerNeeded = headerBytesNeeded(headerBytes.subarray(0, headerFill));
        if (headerFill === PREFIX_BYTES) checkVersion(headerBytes[4]);
        if (headerNeeded > headerBytes.length) {
          const grown = new Uint8Array(headerNeeded);
          grown.set(headerBytes.subarray(0, headerFill));
          headerBytes = grown;
        }
      }
    }
    const parsed = parseHeader(headerBytes.subarray(0, headerNeeded));
    const key = await keying.contentKey(parsed);
    stream = {
      state: sodium.crypto_secretstream_xchacha20poly1305_init_pull(parsed.streamHeader, key),
      ad: parsed.bytes,
    };
    key.fill(0);
    phase = 'data';
    return offset;
  }

  function checkVersion(version: number | undefined): void {
    if (version === keying.version) return;
    throw new EnvelopeError(
      'ENVELOPE_INVALID',
      version === VERSION_SEALED ? SEALED_WITH_LINK_KEY : LINK_WITH_KEY_PAIR,
    );
  }

  /** Opens one sealed chunk and applies the tag and padding rules of FORMAT.md. */
  function open(cipher: Uint8Array, out: Uint8Array[]): void {
    if (stream === undefined) throw decryptionFailed();
    let opened: { message: Uint8Array; tag: number } | false;
    try {
      opened = sodium.crypto_secretstream_xchacha20poly1305_pull(stream.state, cipher, stream.ad);
    } catch {
      opened = false;
    }
    if (!opened) throw decryptionFailed();
    const { message, tag } = opened;
    logicalLength += message.length;

    if (phase === 'padding') {
      // Pure padding: the marker has been found, so only a check that every byte is zero remains.
      if ((tag !== TAG_MESSAGE && tag !== TAG_FINAL) || logicalLength > expectedLength || !isZero(message)) {
        throw decryptionFailed();
      }
      if (tag === TAG_FINAL) end();
      return;
    }
    let data = message;
    if (tag === TAG_PUSH || tag === TAG_FINAL) {
      // This chunk holds the end of the data: strip its ISO/IEC 7816-4 padding.
      const marker = paddingMarkerIndex(message);
      if (marker < 0) throw decryptionFailed();
      data = message.subarray(0, marker);
      expectedLength = paddedLength(logicalLength - message.length + marker);
      if (logicalLength > expectedLength) throw decryptionFailed();
      phase = 'padding';
    } else if (tag !== TAG_MESSAGE) {
      throw decryptionFailed();
    }
    if (metadata === undefined) {
      // The metadata (at most 4 + 16 KiB) always lies inside the first chunk.
      const read = readMetadata(data);
      metadata = read.metadata;
      data = data.subarray(read.contentOffset);
    }
    contentLength += data.length;
    if (data.length > 0) out.push(data);
    if (tag === TAG_FINAL) end();
  }

  /**
   * Opens every whole sealed chunk in `bytes` from `offset` on. Whole chunks are opened where they lie; only a
   * chunk cut by the end of a piece is copied, into `sealed`, to be completed by the next piece (or to be the
   * last chunk, opened by `finish`). So at most one sealed chunk is held between calls.
   */
  function consume(bytes: Uint8Array, offset: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    const length = bytes.length;
    if (offset < length && fill > 0) {
      // Complete the chunk the previous piece cut.
      const n = Math.min(SEALED_CHUNK_BYTES - fill, length - offset);
      sealed.set(bytes.subarray(offset, offset + n), fill);
      fill += n;
      offset += n;
      if (fill < SEALED_CHUNK_BYTES) return out;
      fill = 0;
      open(sealed, out);
    }
    while (offset < length) {
      // Any byte after the FINAL chunk is an extension.
      if (phase === 'done') throw decryptionFailed();
      const next = offset + SEALED_CHUNK_BYTES;
      if (next > length) {
        // A partial chunk: hold it until the rest arrives or the input ends.
        sealed.set(bytes.subarray(offset), 0);
        fill = length - offset;
        break;
      }
      open(bytes.subarray(offset, next), out);
      offset = next;
    }
    return out;
  }

  function end(): void {
    if (logicalLength !== expectedLength) throw decryptionFailed();
    // Authentic, but the files' sizes must add up to the content, or no file could be cut out of it safely.
    const promised = metadata === undefined ? undefined : expectedContentLength(metadata);
    if (promised !== undefined && promised !== contentLength) throw payloadMismatch();
    phase = 'done';
  }

  return {
    get metadata() {
      return metadata;
    },
    push(bytes) {
      if (phase === 'header') {
        return guarded(async () => {
          const offset = await readHeader(bytes);
          return consume(bytes, offset);
        });
      }
      return settled(() => consume(bytes, 0));
    },
    finish() {
      return settled(() => {
        if (phase === 'header') throw headerTooShort();
        const out: Uint8Array[] = [];
        if (fill > 0) {
          if (fill < CHUNK_OVERHEAD) throw decryptionFailed();
          open(sealed.subarray(0, fill), out);
          fill = 0;
        }
        if (phase !== 'done') throw decryptionFailed();
        ended = true;
        sealed.fill(0);
        return out;
      });
    },
  };
}
