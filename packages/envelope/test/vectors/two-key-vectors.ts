// The shape of test/vectors/two-keys-v3.json, shared by the generator and the tests. No Node APIs.
import type { EnvelopeErrorCode } from '../../src/index.ts';
import type { SealedVectorPayload } from './sealed-vectors.ts';

/** Who reads: a recipient (their PRF output, hex), or a link key (base64url) with a passphrase. */
export type TwoKeyReader = { prfOutput: string } | { linkKey: string; passphrase: string };

/**
 * A version 3 envelope whose one chunk libsodium's secretstream opens under two content keys, each derived through
 * the key schedule from its reader's key material: the first is the one the header commits to.
 */
export interface TwoKeyVector {
  name: string;
  envelope: string;
  /** The committed reader: the envelope opens to `payload`. */
  first: { reader: TwoKeyReader; contentKey: string; payload: SealedVectorPayload };
  /**
   * The other reader: secretstream's pull accepts the chunk under its content key and yields `stream` (the whole
   * plaintext stream, hex), but a version 3 reader refuses it with `error`, from the header alone.
   */
  second: { reader: TwoKeyReader; contentKey: string; stream: string; error: EnvelopeErrorCode };
}

/** The whole two-keys-v3.json. */
export interface TwoKeyVectorFile {
  description: string;
  format: string;
  generator: string;
  vectors: TwoKeyVector[];
}
