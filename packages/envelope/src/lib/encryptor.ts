import { ARGON2_MEMLIMIT_DEFAULT, ARGON2_OPSLIMIT_DEFAULT, CHUNK_BYTES } from '../constants.ts';
import { EnvelopeError } from '../errors.ts';
import type { EncryptOptions } from '../options.ts';
import type { EnvelopeMetadata } from '../payload.ts';
import type { KdfParams } from './header.ts';
import { encodeHeader, SALT_BYTES, STREAM_HEADER_BYTES, VERSION, VERSION_3 } from './header.ts';
import {
  assertLinkKey,
  CONTENT_CONTEXT,
  contentKey,
  contentKeyCommitment,
  passwordKey,
  V3_CONTENT_CONTEXT,
} from './key-schedule.ts';
import { encodeMetadata, expectedContentLength } from './metadata.ts';
import { PADDING_MARKER, paddedLength } from './padding.ts';
import type { SenderSigningKeyPair } from './signing.ts';
import { signEnvelope, startStreamHasher } from './signing.ts';
import type { Sodium } from './sodium.ts';
import { standardSodium } from './sodium.ts';

/**
 * Writes envelope bytes as content arrives. Concatenating everything `push` and `finish` return, in order,
 * gives the envelope; the header comes out with the first call.
 */
export interface EnvelopeEncryptor {
  /**
   * Adds content bytes and returns the envelope bytes that are ready: the header on the first call, then one
   * sealed chunk per 64 KiB of plaintext. Holds back at most one chunk of plaintext.
   *
   * @throws TypeError after `finish`.
   */
  push(content: Uint8Array): Uint8Array[];
  /**
   * Pads and seals the rest. The padding chunks are sealed as you iterate, so memory stays at one chunk however
   * long the padding is; iterate to the end, or the envelope is truncated (and will not decrypt).
   *
   * @throws TypeError if called twice; EnvelopeError `PAYLOAD_INVALID` if the content pushed does not add up to the
   * files' sizes in the metadata.
   */
  finish(): Iterable<Uint8Array>;
}

/**
 * The one place randomness and Argon2id costs enter. Only the vector generator and tests pass it; the public
 * API cannot.
 */
export interface EncryptSeam {
  /**
   * Source of every random byte, in this order: link (v1, v3), the salt (with a passphrase), then the
   * secretstream header; sealed (v2, v3), the envelope key, the salt (with a passphrase), one ephemeral private
   * key per recipient in the order given, then the secretstream header. libsodium's CSPRNG by default.
   */
  random?: (length: number) => Uint8Array;
  /** Argon2id costs to write; the defaults by default. */
  argon2?: { opslimit: number; memlimit: number };
  /**
   * The version to write: 3 by default. Versions 1 (link) and 2 (sealed) are still written here, and only here,
   * so that their vectors can be checked byte for byte; no public function writes them.
   */
  version?: 1 | 2 | 3;
}

/**
 * The version a writer writes, from the seam.
 *
 * @throws TypeError for a version this kind of writer cannot write (only the tests pass one).
 */
export function seamVersion(seam: EncryptSeam, legacy: 1 | 2): 1 | 2 | 3 {
  const version = seam.version ?? VERSION_3;
  if (version !== VERSION_3 && version !== legacy)
    throw new TypeError(`cannot write version ${version} here`);
  return version;
}

/**
 * Starts an envelope: checks the inputs, draws the salt and stream header, derives the content key (running
 * Argon2id if there is a passphrase) and writes the metadata at the start of the plaintext.
 *
 * @throws EnvelopeError `KEY_INVALID` for a link key that is not 32 bytes or an empty passphrase,
 * `PAYLOAD_INVALID`/`LIMIT_EXCEEDED` for bad metadata.
 */
export async function startEncryptor(
  metadata: EnvelopeMetadata,
  linkKey: Uint8Array,
  options: EncryptOptions = {},
  seam: EncryptSeam = {},
): Promise<EnvelopeEncryptor> {
  assertLinkKey(linkKey);
  const version = seamVersion(seam, VERSION);
  const { passphrase } = options;
  checkPassphrase(passphrase);
  const metadataBytes = encodeMetadata(metadata);
  const sodium = await standardSodium();
  const random = seam.random ?? ((length: number) => sodium.randombytes_buf(length));

  let kdf: KdfParams | undefined;
  if (passphrase !== undefined) {
    const costs = seam.argon2 ?? { opslimit: ARGON2_OPSLIMIT_DEFAULT, memlimit: ARGON2_MEMLIMIT_DEFAULT };
    kdf = { salt: random(SALT_BYTES), ...costs };
  }
  const streamHeader = random(STREAM_HEADER_BYTES);
  const pwKey = kdf && passphrase !== undefined ? await passwordKey(passphrase, kdf) : undefined;
  const v1 = version === VERSION;
  const key = contentKey(sodium, linkKey, pwKey, v1 ? CONTENT_CONTEXT : V3_CONTENT_CONTEXT);
  pwKey?.fill(0);
  // v3 commits to the key the stream is encrypted with, so that no other key or passphrase opens it.
  const commitment = v1 ? undefined : contentKeyCommitment(sodium, key);
  const header = encodeHeader({ version, kdf, commitment, streamHeader });
  return streamEncryptor(sodium, metadata, metadataBytes, header, key);
}

/**
 * Checks a passphrase option to encrypt with.
 *
 * @throws EnvelopeError `KEY_INVALID` unless it is absent or a non-empty string.
 */
export function checkPassphrase(passphrase: string | undefined): void {
  if (passphrase !== undefined && (typeof passphrase !== 'string' || passphrase.length === 0)) {
    throw new EnvelopeError('KEY_INVALID', 'A passphrase must be a non-empty string.');
  }
}

/**
 * The chunking and padding half of an encryptor, shared by every version: given the finished header and the
 * content key, starts the stream (and wipes the key) and writes the metadata at the start of the plaintext. With
 * a signer (v3 sealed, whose header names it), it hashes every sealed chunk as it is written and ends the
 * envelope with the signature over the header and that hash.
 */
export function streamEncryptor(
  sodium: Sodium,
  metadata: EnvelopeMetadata,
  metadataBytes: Uint8Array,
  header: Uint8Array,
  key: Uint8Array,
  signer?: SenderSigningKeyPair,
): EnvelopeEncryptor {
  const streamHeader = header.subarray(header.length - STREAM_HEADER_BYTES);
  // libsodium's init_push is randombytes_buf(header) followed by exactly what init_pull does, so init_pull on a
  // header we drew gives the same push state while letting the seam fix the header. Pinned by
  // test/secretstream-seam.test.ts and by pushing the PyNaCl secretstream vectors.
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(streamHeader, key);
  key.fill(0);

  const TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  const TAG_PUSH = sodium.crypto_secretstream_xchacha20poly1305_TAG_PUSH;
  const TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  const chunk = new Uint8Array(CHUNK_BYTES);
  let fill = 0;
  let dataLength = 0;
  let contentLength = 0;
  const promisedLength = expectedContentLength(metadata);
  let ready: Uint8Array[] = [header];
  let finished = false;

  const hasher = signer ? startStreamHasher(sodium) : undefined;

  // Every chunk authenticates the whole header, so no header byte can change without failing decryption.
  const seal = (plaintext: Uint8Array, tag: number): Uint8Array => {
    const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, plaintext, header, tag);
    hasher?.update(sealed);
    return sealed;
  };

  const write = (bytes: Uint8Array): void => {
    for (let offset = 0; offset < bytes.length; ) {
      const n = Math.min(CHUNK_BYTES - fill, bytes.length - offset);
      chunk.set(bytes.subarray(offset, offset + n), fill);
      fill += n;
      offset += n;
      dataLength += n;
      // A full chunk is sealed as soon as it is full, before the writer knows whether more data follows; so it is
      // a MESSAGE, and the 0x80 marker goes into the next chunk even when the data ends exactly here.
      if (fill === CHUNK_BYTES) {
        ready.push(seal(chunk, TAG_MESSAGE));
        fill = 0;
      }
    }
  };

  const take = (): Uint8Array[] => {
    const out = ready;
    ready = [];
    return out;
  };

  function* sealEnd(out: Uint8Array[]): Generator<Uint8Array> {
    yield* out;
    // From the start of the chunk holding the end of the data to the end of the padded stream.
    let remaining = paddedLength(dataLength) - (dataLength - fill);
    chunk[fill] = PADDING_MARKER;
    chunk.fill(0, fill + 1);
    const length = Math.min(CHUNK_BYTES, remaining);
    remaining -= length;
    yield seal(chunk.subarray(0, length), remaining > 0 ? TAG_PUSH : TAG_FINAL);
    chunk.fill(0);
    while (remaining > 0) {
      const n = Math.min(CHUNK_BYTES, remaining);
      remaining -= n;
      yield seal(chunk.subarray(0, n), remaining > 0 ? TAG_MESSAGE : TAG_FINAL);
    }
    if (signer && hasher) {
      yield signEnvelope(sodium, header, hasher.digest(), signer.privateKey);
      signer.privateKey.fill(0);
    }
  }

  write(metadataBytes);
  return {
    push(content) {
      if (finished) throw new TypeError('EnvelopeEncryptor: push() after finish().');
      if (!(content instanceof Uint8Array))
        throw new TypeError('EnvelopeEncryptor: content must be a Uint8Array.');
      contentLength += content.length;
      write(content);
      return take();
    },
    finish() {
      if (finished) throw new TypeError('EnvelopeEncryptor: finish() called twice.');
      finished = true;
      if (promisedLength !== undefined && promisedLength !== contentLength) {
        throw new EnvelopeError(
          'PAYLOAD_INVALID',
          `The files' sizes add up to ${promisedLength} bytes, but ${contentLength} were pushed.`,
        );
      }
      return sealEnd(take());
    },
  };
}
