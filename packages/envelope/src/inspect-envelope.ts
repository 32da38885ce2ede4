import { parseHeader } from './lib/header.ts';

/**
 * Reads an envelope's header without decrypting anything, so a page can ask for a passphrase before trying.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` for a malformed header (including Argon2id costs outside the caps),
 * `UNSUPPORTED_VERSION` for a version other than 1.
 */
export function inspectEnvelope(envelope: Uint8Array): { version: number; passphrase: boolean } {
  const header = parseHeader(envelope);
  return { version: header.version, passphrase: header.kdf !== undefined };
}
