// The shapes of test/vectors/envelope-v2.json and test/vectors/prf-keys-v2.json, shared by the generator and the
// tests. No Node APIs, so a browser check can use them as well.
import type { EnvelopeErrorCode, Payload } from '../../src/index.ts';
import type { VectorPayload } from './envelope-vectors.ts';
import { payloadOf } from './envelope-vectors.ts';

/** A payload of a sealed vector: the same as a version 1 vector's. */
export type SealedVectorPayload = VectorPayload;

/** One recipient of a valid vector: the PRF output their key pair is derived from, and its public key. */
export interface VectorRecipient {
  /** 32 bytes, hex: what the passkey's PRF returned. */
  prfOutput: string;
  /** deriveRecipientKeyPair(prfOutput).publicKey, hex. */
  publicKey: string;
}

/** A sealed envelope every recipient must open to `payload`, and that `random` and `argon2` re-create. */
export interface SealedValidVector {
  name: string;
  /** In the order given to the encryptor (the header holds their wrapped keys sorted). */
  recipients: VectorRecipient[];
  passphrase?: string;
  argon2?: { opslimit: number; memlimit: number };
  /**
   * The random bytes the encryptor drew, in order: the envelope key (32), the salt (16, with a passphrase), one
   * ephemeral private key (32) per recipient in the order above, the stream header (24).
   */
  random: string;
  payload: SealedVectorPayload;
  envelope: string;
}

/** A sealed envelope that must fail with `error` for the reader whose PRF output is given. */
export interface SealedInvalidVector {
  name: string;
  /**
   * What kind of damage: not-a-recipient, recipients-block, count, truncated, appended, modified-tag, header,
   * passphrase, reordered, tag (a forbidden secretstream tag), metadata (metadata the reader must refuse).
   */
  tag: string;
  /** The reader's PRF output, hex. */
  prfOutput: string;
  passphrase?: string;
  envelope: string;
  error: EnvelopeErrorCode;
}

/** The whole envelope-v2.json. */
export interface SealedVectorFile {
  description: string;
  format: string;
  generator: string;
  valid: SealedValidVector[];
  invalid: SealedInvalidVector[];
}

/** One PRF key derivation. */
export interface PrfKeyVector {
  name: string;
  prfOutput: string;
  /** BLAKE2b-256(key = prfOutput, "hushlink/v1/recipient-key"), hex: the crypto_box_seed_keypair seed. */
  seed: string;
  publicKey: string;
  privateKey: string;
  /** keyFingerprint(publicKey). */
  fingerprint: string;
}

/** The whole prf-keys-v2.json. */
export interface PrfKeyVectorFile {
  description: string;
  format: string;
  generator: string;
  /** PRF_SALT, hex, and the string it is the BLAKE2b-256 of. */
  prfSalt: { input: string; hex: string };
  keys: PrfKeyVector[];
}

/** The payload a sealed vector stands for. */
export function sealedPayloadOf(payload: SealedVectorPayload): Payload {
  return payloadOf(payload);
}
