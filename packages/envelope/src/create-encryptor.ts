import type { EnvelopeEncryptor } from './lib/encryptor.ts';
import { startEncryptor } from './lib/encryptor.ts';
import type { EncryptOptions } from './options.ts';
import type { EnvelopeMetadata } from './payload.ts';

export type { EnvelopeEncryptor } from './lib/encryptor.ts';

/**
 * Creates a streaming encryptor for a link envelope (version 3): push content bytes in pieces of any size, then iterate `finish()`; the pieces
 * returned, in order, are the envelope. Memory stays at about one chunk. For a whole text, use `encryptPayload`.
 *
 * @throws EnvelopeError `KEY_INVALID` for a link key that is not 32 bytes or an empty passphrase,
 * `PAYLOAD_INVALID` for metadata this version does not know.
 * @example
 * const encryptor = await createEncryptor({ kind: 'text' }, linkKey);
 * const pieces = [...encryptor.push(bytes), ...encryptor.finish()];
 */
export function createEncryptor(
  metadata: EnvelopeMetadata,
  linkKey: Uint8Array,
  options: EncryptOptions = {},
): Promise<EnvelopeEncryptor> {
  return startEncryptor(metadata, linkKey, options);
}
