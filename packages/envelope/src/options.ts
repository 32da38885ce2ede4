/** Options for encrypting. */
export interface EncryptOptions {
  /**
   * A passphrase to send by another channel. When set, the content key depends on the link key (or, sealed, on the
   * recipient's key) and on Argon2id of the passphrase (NFC-normalised), so neither alone opens the secret. Must
   * not be empty.
   */
  passphrase?: string;
}

/** Options for decrypting. */
export interface DecryptOptions {
  /** The passphrase, needed only if the envelope was made with one; ignored otherwise. */
  passphrase?: string;
}
