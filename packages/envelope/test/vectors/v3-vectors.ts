// The shape of test/vectors/envelope-v3.json, shared by the generator and the tests. No Node APIs.
import type { EnvelopeErrorCode } from '../../src/index.ts';
import type { SealedVectorPayload } from './sealed-vectors.ts';

/** How a v3 vector is opened: by its link key, or by a recipient's key pair (from a PRF output). */
export type V3Keying =
  | { kind: 'link'; linkKey: string }
  | {
      kind: 'sealed';
      /** Every recipient's PRF output, hex, in the order given to the encryptor. */
      recipients: string[];
      /** The sender's PRF output (their signing key pair derives from it), hex; absent when unsigned. */
      signer?: string;
    };

/** A v3 envelope that must open to `payload` and that `random` and `argon2` re-create byte for byte. */
export type V3ValidVector = V3Keying & {
  name: string;
  passphrase?: string;
  argon2?: { opslimit: number; memlimit: number };
  /** The random bytes drawn, in FORMAT.md's order, hex. */
  random: string;
  payload: SealedVectorPayload;
  /** The content key's commitment, hex (bytes H-56 .. H-24 of the header). */
  commitment: string;
  /** The envelope, hex; absent for a large case, which is re-created at test time and checked by its hash. */
  envelope?: string;
  /** Large cases: the envelope's length and its BLAKE2b-256 (unkeyed), hex. */
  large?: { length: number; blake2b256: string };
  /** Link only: deriveClaim(linkKey) and its SHA-256, hex. */
  claim?: string;
  claimHash?: string;
  /** Sealed signed only: the signer's public key, hex. */
  signerPublicKey?: string;
};

/** A v3 envelope that must fail with `error` for the given reader. */
export interface V3InvalidVector {
  name: string;
  tag: string;
  /** The reader: a link key (text as in a link, possibly malformed) or a PRF output, hex. */
  reader: { linkKey: string } | { prfOutput: string; senders?: string[] };
  passphrase?: string;
  envelope: string;
  error: EnvelopeErrorCode;
}

/** The whole envelope-v3.json. */
export interface V3VectorFile {
  description: string;
  format: string;
  generator: string;
  valid: V3ValidVector[];
  invalid: V3InvalidVector[];
}
