import type { Payload, SealedEncryptOptions } from '../../src/index.ts';
import type { EncryptSeam } from '../../src/lib/encryptor.ts';
import { sealPayloadTo } from '../../src/lib/seal-payload.ts';
import { CHEAP_ARGON2 } from './fixtures.ts';

/** Encrypts a sealed envelope through the seam with cheap Argon2id costs when a passphrase is given. */
export function sealTo(
  payload: Payload,
  recipients: readonly Uint8Array[],
  options: SealedEncryptOptions = {},
  seam: EncryptSeam = {},
): Promise<Uint8Array> {
  return sealPayloadTo(payload, recipients, options, { argon2: CHEAP_ARGON2, ...seam });
}
