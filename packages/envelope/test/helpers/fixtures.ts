import type { Payload } from '../../src/index.ts';
import type { EncryptSeam } from '../../src/lib/encryptor.ts';
import { sealPayload } from '../../src/lib/seal-payload.ts';

/** Argon2id costs at the readers' minimum, so that passphrase tests run in milliseconds. */
export const CHEAP_ARGON2 = { opslimit: 1, memlimit: 8 * 1024 * 1024 };

/** A fixed link key for tests that do not care which key it is. */
export const LINK_KEY = Uint8Array.from({ length: 32 }, (_, i) => 0x40 + i);

/** Another fixed link key, for wrong-key cases. */
export const OTHER_LINK_KEY = Uint8Array.from({ length: 32 }, (_, i) => 0x90 + i);

/** A text payload. */
export function text(value: string): Payload {
  return { kind: 'text', text: value };
}

/** Encrypts through the seam with cheap Argon2id costs when a passphrase is given. */
export function seal(payload: Payload, options: { passphrase?: string } = {}, seam: EncryptSeam = {}) {
  return sealPayload(payload, LINK_KEY, options, { argon2: CHEAP_ARGON2, ...seam });
}
