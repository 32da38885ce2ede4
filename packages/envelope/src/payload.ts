/**
 * What a secret holds, as the caller sees it. Only text exists in v1; files will add
 * `{ kind: 'files'; files: File[] }` with the file bytes as the content stream.
 */
export type Payload = { kind: 'text'; text: string };

/**
 * The metadata carried as JSON at the start of the plaintext, before the content bytes. It describes the
 * content (for text, nothing more than its kind); for files it will list `{ name, type, size }` per file, and the
 * content bytes will be the files one after another.
 */
export type EnvelopeMetadata = { kind: 'text' };
