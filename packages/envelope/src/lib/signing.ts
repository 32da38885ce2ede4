import type { StateAddress } from 'libsodium-wrappers';
import { EnvelopeError } from '../errors.ts';
import { concatBytes } from './concat-bytes.ts';
import { SENDER_KEY_BYTES, SIGNATURE_BYTES } from './header.ts';
import type { Sodium } from './sodium.ts';

/** An Ed25519 key pair a sender signs sealed envelopes with, as `deriveSenderSigningKeyPair` returns it. */
export interface SenderSigningKeyPair {
  /** 32 bytes: what the server publishes beside the sender's sealing keys, and what a signed header carries. */
  publicKey: Uint8Array;
  /** 64 bytes in libsodium's form (seed ‖ public key): never leaves the device. */
  privateKey: Uint8Array;
}

/** Length of the libsodium Ed25519 private key (`crypto_sign_SECRETKEYBYTES`). */
export const SIGNING_PRIVATE_KEY_BYTES = 64;

/** Length of the stream hash a signature covers: BLAKE2b-256 of every sealed chunk, in order. */
export const STREAM_HASH_BYTES = 32;

/** The signature's domain separation: ASCII, prepended to what is signed. */
export const SIGNATURE_CONTEXT = new TextEncoder().encode('hushlink/v3/signature');

/**
 * What a signed v3 envelope's signature covers: the context, the whole header (which names the sender, the
 * recipients and the commitment) and the hash of the stream, so no byte of the envelope can change.
 */
export function signedMessage(header: Uint8Array, streamHash: Uint8Array): Uint8Array {
  return concatBytes([SIGNATURE_CONTEXT, header, streamHash]);
}

/**
 * An incremental BLAKE2b-256 over the sealed chunks as they are written or read, so that a 1 GiB stream is hashed
 * in one pass with constant memory.
 */
export interface StreamHasher {
  update(sealedChunk: Uint8Array): void;
  digest(): Uint8Array;
}

/** Starts a {@link StreamHasher}. */
export function startStreamHasher(sodium: Sodium): StreamHasher {
  const state: StateAddress = sodium.crypto_generichash_init(null, STREAM_HASH_BYTES);
  return {
    update(sealedChunk) {
      sodium.crypto_generichash_update(state, sealedChunk);
    },
    digest() {
      return sodium.crypto_generichash_final(state, STREAM_HASH_BYTES);
    },
  };
}

/**
 * Checks a signing key pair before it is used: a 32-byte public key and a 64-byte libsodium private key whose
 * seed derives exactly that public key (a mismatch would sign envelopes nobody could verify). Returns copies.
 *
 * @throws EnvelopeError `KEY_INVALID` otherwise.
 */
export function checkSigningKeyPair(sodium: Sodium, keyPair: SenderSigningKeyPair): SenderSigningKeyPair {
  const { publicKey, privateKey } = keyPair ?? {};
  if (
    !(publicKey instanceof Uint8Array) ||
    !(privateKey instanceof Uint8Array) ||
    publicKey.length !== SENDER_KEY_BYTES ||
    privateKey.length !== SIGNING_PRIVATE_KEY_BYTES
  ) {
    throw new EnvelopeError(
      'KEY_INVALID',
      'A signing key pair is a 32-byte public and a 64-byte private key.',
    );
  }
  // libsodium's Ed25519 private key is seed ‖ public key; the seed alone determines the pair.
  const derived = sodium.crypto_sign_seed_keypair(privateKey.subarray(0, 32));
  derived.privateKey.fill(0);
  if (!sodium.memcmp(derived.publicKey, publicKey) || !sodium.memcmp(privateKey.subarray(32), publicKey)) {
    throw new EnvelopeError(
      'KEY_INVALID',
      'The public key of this signing key pair is not its private key’s.',
    );
  }
  return { publicKey: publicKey.slice(), privateKey: privateKey.slice() };
}

/**
 * Checks a list of expected sender public keys: each 32 bytes. Returns copies.
 *
 * @throws EnvelopeError `KEY_INVALID` otherwise.
 */
export function checkSenderKeys(senders: readonly Uint8Array[]): Uint8Array[] {
  if (!Array.isArray(senders)) throw new EnvelopeError('KEY_INVALID', 'Expected senders are a list of keys.');
  return senders.map((key) => {
    if (!(key instanceof Uint8Array) || key.length !== SENDER_KEY_BYTES) {
      throw new EnvelopeError('KEY_INVALID', `A sender signing key is ${SENDER_KEY_BYTES} bytes.`);
    }
    return key.slice();
  });
}

/** Signs a finished envelope: Ed25519 (deterministic) over {@link signedMessage}. */
export function signEnvelope(
  sodium: Sodium,
  header: Uint8Array,
  streamHash: Uint8Array,
  privateKey: Uint8Array,
): Uint8Array {
  return sodium.crypto_sign_detached(signedMessage(header, streamHash), privateKey);
}

/** Whether `signature` is the sender's over {@link signedMessage}, as libsodium's strict Ed25519 check says. */
export function verifyEnvelope(
  sodium: Sodium,
  header: Uint8Array,
  streamHash: Uint8Array,
  signature: Uint8Array,
  sender: Uint8Array,
): boolean {
  if (signature.length !== SIGNATURE_BYTES) return false;
  try {
    return sodium.crypto_sign_verify_detached(signature, signedMessage(header, streamHash), sender);
  } catch {
    return false;
  }
}
