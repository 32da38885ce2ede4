import type { RecipientKeyPair } from '../../src/index.ts';
import { deriveRecipientKeyPair } from '../../src/index.ts';

/** A fixed PRF output, as a passkey would return it, for test key pair `n`. */
export function prfOutput(n: number): Uint8Array {
  const out = Uint8Array.from({ length: 32 }, (_, i) => (n * 31 + i * 7) & 0xff);
  // Distinct for every n below 65536, not just below 256.
  out[0] = (out[0] ?? 0) ^ ((n >> 8) & 0xff);
  return out;
}

/** Test key pair `n`, derived from {@link prfOutput}. */
export function keyPair(n: number): Promise<RecipientKeyPair> {
  return deriveRecipientKeyPair(prfOutput(n));
}

/** Test key pairs 0 to count - 1. */
export function keyPairs(count: number): Promise<RecipientKeyPair[]> {
  return Promise.all(Array.from({ length: count }, (_, n) => keyPair(n)));
}
