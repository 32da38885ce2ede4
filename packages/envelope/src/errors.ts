/**
 * Every way an envelope operation can fail. Callers switch on the code, never on the message.
 *
 * - `ENVELOPE_INVALID`: the bytes are not a well-formed envelope (checked before any crypto).
 * - `UNSUPPORTED_VERSION`: a well-formed envelope of a version this code does not know.
 * - `DECRYPTION_FAILED`: wrong key or passphrase, or altered, truncated or extended data; one answer for all.
 * - `KEY_INVALID`: a link key, claim, passphrase, PRF output, recipient key or key pair argument has the wrong
 *   shape (or a public key is not a usable X25519 point, or is listed twice).
 * - `PASSPHRASE_REQUIRED`: the envelope needs a passphrase and none was given.
 * - `PAYLOAD_INVALID`: the decrypted metadata or text is malformed, or a payload to encrypt is not one we know.
 * - `LIMIT_EXCEEDED`: an input exceeds a fixed cap of the format (for example the metadata size).
 * - `NOT_A_RECIPIENT`: a sealed envelope holds no wrapped key that the given key pair opens (decided before any
 *   content is decrypted).
 * - `SENDER_MISMATCH`: expected senders were given, and the envelope is not signed, or names a sender key not
 *   among them (decided from the header, before any crypto).
 * - `COMMITMENT_MISMATCH`: a v3 sealed envelope without a passphrase whose key, unwrapped with the reader's own
 *   key pair, is not the one its header commits to: the recipients block is not this envelope's, or the sender
 *   gave recipients different keys. Only where no secret of the reader's can be the cause; with a passphrase, or
 *   under a link key, a mismatch may be a wrong passphrase or key and is `DECRYPTION_FAILED`.
 * - `SIGNATURE_INVALID`: a signed envelope decrypted and authenticated under its committed key, but the sender's
 *   signature over it does not verify (checked at the end, before the last piece of content is released).
 */
export type EnvelopeErrorCode =
  | 'ENVELOPE_INVALID'
  | 'UNSUPPORTED_VERSION'
  | 'DECRYPTION_FAILED'
  | 'KEY_INVALID'
  | 'PASSPHRASE_REQUIRED'
  | 'PAYLOAD_INVALID'
  | 'LIMIT_EXCEEDED'
  | 'NOT_A_RECIPIENT'
  | 'SENDER_MISMATCH'
  | 'COMMITMENT_MISMATCH'
  | 'SIGNATURE_INVALID';

/**
 * The only error this package throws for bad input or failed decryption; `code` says which failure it is.
 *
 * @example
 * try { await decryptPayload(envelope, key); } catch (e) { if (e instanceof EnvelopeError && e.code === 'PASSPHRASE_REQUIRED') askForPassphrase(); }
 */
export class EnvelopeError extends Error {
  override name = 'EnvelopeError';

  constructor(
    readonly code: EnvelopeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The fixed message of every `DECRYPTION_FAILED`, so that no failure says more than another. */
export const DECRYPTION_FAILED_MESSAGE =
  'The secret could not be decrypted: the key or passphrase is wrong, or the data was altered.';

/**
 * Builds the single decryption failure. Every check after crypto starts throws this, so a wrong key, a wrong
 * passphrase, a bad tag, a truncation and an extension are indistinguishable to the caller.
 */
export function decryptionFailed(): EnvelopeError {
  return new EnvelopeError('DECRYPTION_FAILED', DECRYPTION_FAILED_MESSAGE);
}
