/** Length of a link key: the 256-bit secret carried in the link's fragment. */
export const LINK_KEY_BYTES = 32;

/** Length of a claim, the proof of the link that a reveal presents to the server. */
export const CLAIM_BYTES = 32;

/** Plaintext bytes per secretstream message; every chunk but the last holds exactly this many. */
export const CHUNK_BYTES = 65536;

/**
 * Default Argon2id operations limit written into new passphrase envelopes. Tuned by `npm run bench` (item 4) to
 * about 0.4–0.5 s of CPU time with the default memory, inside its 0.3–1 s budget in Node and Chromium.
 */
export const ARGON2_OPSLIMIT_DEFAULT = 7;

/** Default Argon2id memory limit in bytes written into new passphrase envelopes (64 MiB). */
export const ARGON2_MEMLIMIT_DEFAULT = 64 * 1024 * 1024;

/** Smallest Argon2id operations limit a reader accepts from a header. */
export const ARGON2_OPSLIMIT_MIN = 1;

/** Largest Argon2id operations limit a reader accepts from a header, so that a header cannot stall a reader. */
export const ARGON2_OPSLIMIT_MAX = 10;

/** Smallest Argon2id memory limit in bytes a reader accepts from a header (8 MiB). */
export const ARGON2_MEMLIMIT_MIN = 8 * 1024 * 1024;

/** Largest Argon2id memory limit in bytes a reader accepts from a header (256 MiB). */
export const ARGON2_MEMLIMIT_MAX = 256 * 1024 * 1024;

/** Largest metadata JSON, in UTF-8 bytes; it always fits inside the first chunk. */
export const METADATA_MAX_BYTES = 16 * 1024;

/** Most files one secret may carry. */
export const FILES_MAX = 100;

/** Longest file name in metadata, in UTF-16 code units. */
export const FILE_NAME_MAX_LENGTH = 255;

/** Longest media type in metadata, in UTF-16 code units. */
export const FILE_TYPE_MAX_LENGTH = 255;

/** Length of an X25519 public or private key: a recipient key a secret can be sealed to. */
export const RECIPIENT_KEY_BYTES = 32;

/** Length of the WebAuthn PRF output a recipient key pair is derived from (`results.first`). */
export const PRF_OUTPUT_BYTES = 32;

/**
 * Most recipient keys one sealed envelope may hold (a person has one per PRF-capable passkey). A reader refuses a
 * header that lists more before any crypto, so trying every wrapped key costs at most this many X25519 operations.
 */
export const RECIPIENTS_MAX = 256;
