import type { SenderSigningKeyPair } from './lib/signing.ts';

/** Options for encrypting. */
export interface EncryptOptions {
  /**
   * A passphrase to send by another channel. When set, the content key depends on the link key (or, sealed, on the
   * recipient's key) and on Argon2id of the passphrase (NFC-normalised), so neither alone opens the secret. Must
   * not be empty.
   */
  passphrase?: string;
}

/** Options for a sealed envelope: a passphrase as for a link, and the sender's signing key pair. */
export interface SealedEncryptOptions extends EncryptOptions {
  /**
   * The sender's Ed25519 key pair (`deriveSenderSigningKeyPair`). When given, the header names its public key and
   * the envelope ends with its signature over the header and the whole stream, so recipients can check who sealed
   * it. Without it the envelope is unsigned, as a request answered by someone without an account is.
   */
  signer?: SenderSigningKeyPair;
}

/** Options for decrypting. */
export interface DecryptOptions {
  /**
   * The passphrase, needed only if the envelope was made with one; ignored otherwise. An empty string counts as
   * none (`PASSPHRASE_REQUIRED`).
   */
  passphrase?: string;
}

/** Options for decrypting a sealed envelope. */
export interface SealedDecryptOptions extends DecryptOptions {
  /**
   * The sender signing keys the envelope must be signed by (the key directory's keys of the person the server
   * says sealed it). When given, an envelope that is unsigned (any v2, or an unsigned v3) or names another key
   * fails with `SENDER_MISMATCH` before any crypto. When absent, any signer or none is accepted and reported.
   */
  senders?: readonly Uint8Array[];
}
