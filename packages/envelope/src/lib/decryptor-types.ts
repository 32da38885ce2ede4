import type { EnvelopeMetadata } from '../payload.ts';
import type { EnvelopeHeader } from './header.ts';

/**
 * Reads an envelope from pieces of any size and returns content bytes as each chunk opens. It holds at most one
 * sealed chunk of input and one chunk of plaintext (two for version 3, which holds back its last piece), and
 * allocates nothing from a length read from the input. After any error it stays failed and every later call
 * throws the same error.
 */
export interface EnvelopeDecryptor {
  /** The metadata, once the first chunk has been opened. */
  readonly metadata: EnvelopeMetadata | undefined;
  /**
   * The sender's Ed25519 public key named by a signed (v3 sealed) header once the header has arrived, `null` for
   * an envelope that is not signed, `undefined` before the header. The signature is checked by `finish`: trust
   * the sender only once `finish` has resolved.
   */
  readonly signer: Uint8Array | null | undefined;
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
   * length, with nothing after it but, when signed, the signature, which it verifies. Version 3 returns its last
   * piece of content only here, once everything has been checked.
   *
   * @throws EnvelopeError `ENVELOPE_INVALID` if the input ended inside the header, `PAYLOAD_INVALID` if the files'
   * sizes do not add up to the content, `SIGNATURE_INVALID` if the signature does not verify, else
   * `DECRYPTION_FAILED`.
   */
  finish(): Promise<Uint8Array[]>;
}

/** How a decryptor opens its envelopes: with a link key (v1, v3) or a recipient's key pair (v2, v3 sealed). */
export interface DecryptorKeying {
  /** Whether this keying opens sealed envelopes; the others are refused from the prefix, before any crypto. */
  sealed: boolean;
  /**
   * Turns a complete, structurally valid header into the content key (checking the sender and a passphrase,
   * unwrapping a recipient's key, checking the commitment), and wipes the keys it was given. Called once.
   */
  contentKey(header: EnvelopeHeader): Promise<Uint8Array>;
  /** Wipes the keys it holds; called on failure. */
  wipe(): void;
}
