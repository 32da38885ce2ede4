import type { StateAddress } from 'libsodium-wrappers';
import { decryptionFailed, EnvelopeError } from '../errors.ts';
import type { EnvelopeMetadata } from '../payload.ts';
import { CHUNK_OVERHEAD, SEALED_CHUNK_BYTES } from './chunk.ts';
import type { DecryptorKeying, EnvelopeDecryptor } from './decryptor-types.ts';
import {
  headerBytesNeeded,
  headerTooShort,
  MAX_HEADER_BYTES,
  PREFIX_BYTES,
  parseHeader,
  readPrefix,
  SIGNATURE_BYTES,
  VERSION_3,
} from './header.ts';
import { expectedContentLength, readMetadata } from './metadata.ts';
import { isZero, paddedLength, paddingMarkerIndex } from './padding.ts';
import type { StreamHasher } from './signing.ts';
import { startStreamHasher, verifyEnvelope } from './signing.ts';
import type { Sodium } from './sodium.ts';
import type { TrailerDelay } from './trailer-delay.ts';
import { startTrailerDelay } from './trailer-delay.ts';

export type { DecryptorKeying, EnvelopeDecryptor } from './decryptor-types.ts';

function payloadMismatch(): EnvelopeError {
  return new EnvelopeError('PAYLOAD_INVALID', 'The files in this secret do not match their listed sizes.');
}

function signatureInvalid(): EnvelopeError {
  return new EnvelopeError(
    'SIGNATURE_INVALID',
    'The sender’s signature on this secret does not verify: it was altered after it was sealed.',
  );
}

type Phase = 'header' | 'data' | 'padding' | 'done';

const SEALED_WITH_LINK_KEY =
  'This secret is sealed to people: it opens with a recipient’s passkey key pair, not with a link key.';
const LINK_WITH_KEY_PAIR =
  'This secret is not sealed to people: it opens with the key in its link, not with a key pair.';

/**
 * The streaming decryptor of FORMAT.md, shared by every version; only how the content key is found differs.
 */
export function startDecryptor(sodium: Sodium, keying: DecryptorKeying): EnvelopeDecryptor {
  const TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  const TAG_PUSH = sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH;
  const TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;

  // Big enough for any v1 header; a v2 header (at most about 20 KiB, capped by its recipient count) grows it.
  let headerBytes = new Uint8Array(MAX_HEADER_BYTES);
  let headerFill = 0;
  let headerNeeded = PREFIX_BYTES;
  let stream: { state: StateAddress; ad: Uint8Array; v3: boolean } | undefined;
  // A signed envelope: the hash of its sealed chunks, the signature held back behind them, the sender.
  let signed: { hasher: StreamHasher; trailer: TrailerDelay; sender: Uint8Array } | undefined;
  let signer: Uint8Array | null | undefined;
  // Version 3 holds back its last piece of content until the end has been checked.
  let held: Uint8Array | undefined;
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
    held?.fill(0);
    held = undefined;
    signed?.trailer.wipe();
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
        if (headerFill === PREFIX_BYTES) checkKind(headerBytes.subarray(0, PREFIX_BYTES));
        if (headerNeeded > headerBytes.length) {
          const grown = new Uint8Array(headerNeeded);
          grown.set(headerBytes.subarray(0, headerFill));
          headerBytes = grown;
        }
      }
    }
    const parsed = parseHeader(headerBytes.subarray(0, headerNeeded));
    signer = parsed.sender?.slice() ?? null;
    const key = await keying.contentKey(parsed);
    stream = {
      state: sodium.crypto_secretstream_xchacha20poly1305_init_pull(parsed.streamHeader, key),
      ad: parsed.bytes,
      v3: parsed.version === VERSION_3,
    };
    key.fill(0);
    if (parsed.sender) {
      const trailer = startTrailerDelay(SIGNATURE_BYTES);
      signed = { hasher: startStreamHasher(sodium), trailer, sender: parsed.sender };
    }
    phase = 'data';
    return offset;
  }

  function checkKind(prefix: Uint8Array): void {
    const { sealed } = readPrefix(prefix);
    if (sealed === keying.sealed) return;
    throw new EnvelopeError('ENVELOPE_INVALID', sealed ? SEALED_WITH_LINK_KEY : LINK_WITH_KEY_PAIR);
  }

  /** Passes content on, except that version 3 keeps its latest piece back until the end has been checked. */
  function emit(data: Uint8Array, out: Uint8Array[]): void {
    if (data.length === 0) return;
    if (!stream?.v3) {
      out.push(data);
      return;
    }
    if (held) out.push(held);
    held = data;
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
    signed?.hasher.update(cipher);
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
      const read = readMetadata(data, stream.v3);
      metadata = read.metadata;
      data = data.subarray(read.contentOffset);
    }
    contentLength += data.length;
    emit(data, out);
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

  /** Passes input after the header to `consume`, holding a signed envelope's last 64 bytes back as its trailer. */
  function feed(bytes: Uint8Array, offset: number): Uint8Array[] {
    if (!signed) return consume(bytes, offset);
    if (offset >= bytes.length) return [];
    const out: Uint8Array[] = [];
    for (const part of signed.trailer.pass(bytes.subarray(offset))) out.push(...consume(part, 0));
    return out;
  }

  return {
    get metadata() {
      return metadata;
    },
    get signer() {
      return signer === null ? null : signer?.slice();
    },
    push(bytes) {
      if (phase === 'header') {
        return guarded(async () => {
          const offset = await readHeader(bytes);
          return feed(bytes, offset);
        });
      }
      return settled(() => feed(bytes, 0));
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
        if (signed) {
          // The stream authenticated under the committed key; only now is the sender's signature checked.
          const signature = signed.trailer.held();
          if (signature.length !== SIGNATURE_BYTES) throw decryptionFailed();
          const hash = signed.hasher.digest();
          if (!verifyEnvelope(sodium, stream?.ad ?? new Uint8Array(), hash, signature, signed.sender)) {
            throw signatureInvalid();
          }
        }
        if (held) out.push(held);
        held = undefined;
        ended = true;
        sealed.fill(0);
        return out;
      });
    },
  };
}
