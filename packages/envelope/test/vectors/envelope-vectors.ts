// The shape of test/vectors/envelope-v1.json, shared by the generator and the test. No Node APIs.
import type { EnvelopeErrorCode, Payload } from '../../src/index.ts';
import { fromHex } from '../helpers/hex.ts';

/**
 * A payload: text given literally or as a repeated unit (so that large cases stay readable), or files with their
 * bytes in hex.
 */
export type VectorPayload =
  | { kind: 'text'; text: string }
  | { kind: 'text'; textRepeat: { unit: string; count: number } }
  | { kind: 'files'; files: { name: string; type: string; bytes: string }[] };

/** An envelope that must decrypt to `payload`, and that `random` and `argon2` must re-create byte for byte. */
export interface ValidVector {
  name: string;
  /** The link key as it appears in a link: 43 characters of unpadded base64url. */
  linkKey: string;
  /** deriveClaim(linkKey), hex. */
  claim: string;
  /** hashClaim(claim), hex. */
  claimHash: string;
  passphrase?: string;
  /** Argon2id costs in the header, present with a passphrase. */
  argon2?: { opslimit: number; memlimit: number };
  /** The random bytes the encryptor drew, in order: the salt (with a passphrase), then the stream header. */
  random: string;
  payload: VectorPayload;
  envelope: string;
}

/** An envelope that must fail with `error`. */
export interface InvalidVector {
  name: string;
  /** What kind of damage: modified-tag, truncated, appended, wrong-key, header, reordered, passphrase. */
  tag: string;
  linkKey: string;
  passphrase?: string;
  envelope: string;
  error: EnvelopeErrorCode;
}

/** The whole file. */
export interface EnvelopeVectorFile {
  description: string;
  format: string;
  generator: string;
  valid: ValidVector[];
  invalid: InvalidVector[];
}

/** The payload a vector stands for. */
export function payloadOf(payload: VectorPayload): Payload {
  if (payload.kind === 'files') {
    return {
      kind: 'files',
      files: payload.files.map(({ name, type, bytes }) => ({ name, type, bytes: fromHex(bytes) })),
    };
  }
  return 'text' in payload
    ? payload
    : { kind: 'text', text: payload.textRepeat.unit.repeat(payload.textRepeat.count) };
}
