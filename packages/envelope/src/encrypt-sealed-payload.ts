import { sealPayloadTo } from './lib/seal-payload.ts';
import type { SealedEncryptOptions } from './options.ts';
import type { Payload } from './payload.ts';

/**
 * Encrypts a payload into a complete sealed (version 3) envelope that only the given recipients' key pairs open
 * (FORMAT.md, "Version 3"). With a passphrase, each recipient needs it as well; with `options.signer`, the
 * envelope is signed by the sender.
 *
 * @throws EnvelopeError as `createSealedEncryptor`, and `PAYLOAD_INVALID` for a payload we do not know.
 * @example
 * const envelope = await encryptSealedPayload({ kind: 'text', text: 'hunter2' }, [recipientPublicKey]);
 */
export function encryptSealedPayload(
  payload: Payload,
  recipients: readonly Uint8Array[],
  options: SealedEncryptOptions = {},
): Promise<Uint8Array> {
  return sealPayloadTo(payload, recipients, options);
}
