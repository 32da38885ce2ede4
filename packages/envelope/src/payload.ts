/** One file of a files secret, as its metadata describes it (all of it is inside the ciphertext). */
export interface FileEntry {
  /** The file's name as the sender had it: 1 to 255 characters; readers must sanitise it before saving. */
  name: string;
  /** Its media type, possibly empty (at most 255 characters). */
  type: string;
  /** Its length in bytes. */
  size: number;
}

/** A file with its bytes, for `encryptPayload`/`decryptPayload`; large files should use the streaming API. */
export interface FilePayload {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * What a secret holds, as the caller sees it: a text, or one or more files (held whole in memory here; stream
 * large files with `createEncryptor`/`createDecryptor` instead).
 */
export type Payload = { kind: 'text'; text: string } | { kind: 'files'; files: FilePayload[] };

/**
 * The metadata carried as JSON at the start of the plaintext, before the content bytes. It describes the
 * content: for text, nothing more than its kind; for files, `{ name, type, size }` per file, and the content is
 * the files' bytes one after another.
 */
export type EnvelopeMetadata = { kind: 'text' } | { kind: 'files'; files: FileEntry[] };
