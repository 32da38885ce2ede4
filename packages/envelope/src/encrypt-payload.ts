import { sealPayload } from './lib/seal-payload.ts';
import type { EncryptOptions } from './options.ts';
import type { Payload } from './payload.ts';

/**
 * Encrypts a payload into a complete envelope (FORMAT.md, version 3) under a link key, and a passphrase if one is
 * given (Argon2id with the default costs; this loads libsodium's sumo build).
 *
 * @throws EnvelopeError `KEY_INVALID` for a link key that is not 32 bytes or an empty passphrase,
 * `PAYLOAD_INVALID` for a payload that is not `{ kind: 'text', text }` with well-formed text.
 * @example
 * const linkKey = await generateLinkKey();
 * const envelope = await encryptPayload({ kind: 'text', text: 'hunter2' }, linkKey);
 */
export function encryptPayload(
  payload: Payload,
  linkKey: Uint8Array,
  options: EncryptOptions = {},
): Promise<Uint8Array> {
  return sealPayload(payload, linkKey, options);
}
