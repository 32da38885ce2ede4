/** Limits of the HTTP API, shared by the server (which enforces them) and the clients (which explain them). */

/** The largest ciphertext a secret may carry inline, in bytes (1 MiB). */
export const MAX_INLINE_CIPHERTEXT_BYTES = 1024 * 1024;

/** The largest request body the API reads, in bytes: base64url of the largest ciphertext plus JSON framing. */
export const MAX_REQUEST_BODY_BYTES = Math.ceil((MAX_INLINE_CIPHERTEXT_BYTES * 4) / 3) + 16 * 1024;

/** The shortest life of a secret, in seconds. */
export const MIN_EXPIRES_IN_SECONDS = 60;

/** The longest life of a secret, in seconds (30 days). */
export const MAX_EXPIRES_IN_SECONDS = 30 * 24 * 60 * 60;

/** The most views a secret may allow. */
export const MAX_VIEWS = 100;

/** The lifetimes the web client offers, in seconds, with their labels; the first default is one day. */
export const EXPIRY_CHOICES = [
  { seconds: 5 * 60, label: '5 minutes' },
  { seconds: 60 * 60, label: '1 hour' },
  { seconds: 24 * 60 * 60, label: '1 day' },
  { seconds: 7 * 24 * 60 * 60, label: '7 days' },
  { seconds: 30 * 24 * 60 * 60, label: '30 days' },
] as const;

/** The lifetime the web client selects by default (1 day). */
export const DEFAULT_EXPIRES_IN_SECONDS = 24 * 60 * 60;

/** The most people a secret may be shared with. */
export const MAX_RECIPIENTS = 50;

/** The longest life of an invite, in seconds (7 days). */
export const MAX_INVITE_SECONDS = 7 * 24 * 60 * 60;

/** The longest life of a personal API token, in seconds (1 year). */
export const MAX_API_TOKEN_SECONDS = 365 * 24 * 60 * 60;

/**
 * The default `MAX_SECRET_BYTES` of an instance: the largest secret, counted before encryption (a text's UTF-8
 * bytes, or the files' bytes together), 1 GiB. Clients check a secret against it; the server, which sees only
 * envelopes, allows each the envelope's bounded overhead (`maxEnvelopeBytes`).
 */
export const DEFAULT_MAX_SECRET_BYTES = 1024 * 1024 * 1024;

/**
 * The largest envelope the server accepts when secrets may be `maxSecretBytes` long: Padmé padding adds under
 * 12.5% (under 6.25% from 256 bytes on), secretstream 17 bytes per 64 KiB, and the header and metadata stay
 * under 64 KiB (at most 16 KiB of metadata and 256 recipients of 80 bytes), so a secret of `maxSecretBytes` always
 * fits and one far larger never does.
 */
export function maxEnvelopeBytes(maxSecretBytes: number): number {
  return Math.ceil(maxSecretBytes * 1.125) + 64 * 1024;
}

/**
 * The size of every upload part except the last, in bytes (8 MiB). R2's multipart upload wants parts of at
 * least 5 MiB and of one size; a client holds at most one part in memory.
 */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;

/** How long an upload may sit without a new part before the purge aborts it and deletes its parts (1 hour). */
export const UPLOAD_IDLE_SECONDS = 60 * 60;

/**
 * How long a download grant lasts (10 minutes). A reveal of a file secret consumes its view and returns a grant;
 * within it, the same page may download (and resume) the envelope again, so a cancelled or failed download does
 * not cost the reader the secret.
 */
export const DOWNLOAD_GRANT_SECONDS = 10 * 60;

/** The longest note of a request for a secret, in characters. */
export const MAX_REQUEST_NOTE_LENGTH = 500;

/** The longest life of a request link, in seconds (7 days). */
export const MAX_REQUEST_SECONDS = 7 * 24 * 60 * 60;
