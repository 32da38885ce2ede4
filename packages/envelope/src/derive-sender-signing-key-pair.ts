import { PRF_OUTPUT_BYTES } from './constants.ts';
import { EnvelopeError } from './errors.ts';
import type { SenderSigningKeyPair } from './lib/signing.ts';
import { standardSodium } from './lib/sodium.ts';

export type { SenderSigningKeyPair } from './lib/signing.ts';

const SIGNING_SEED_CONTEXT = new TextEncoder().encode('hushlink/v1/sender-signing-key');

/**
 * Derives a person's Ed25519 signing key pair from their passkey's WebAuthn PRF output (the same `results.first`
 * the sealing key pair comes from): seed = BLAKE2b-256(key = prfOutput, message = "hushlink/v1/sender-signing-key"),
 * then `crypto_sign_seed_keypair(seed)`. Its own context makes it independent of the X25519 sealing key. The same
 * passkey gives the same pair on any device; only the public key leaves it, published beside the sealing key.
 * A device without a passkey (the CLI) may pass 32 random bytes it keeps instead of a PRF output.
 *
 * @throws EnvelopeError `KEY_INVALID` if the PRF output is not 32 bytes.
 * @example
 * const signer = await deriveSenderSigningKeyPair(new Uint8Array(prf));
 * const envelope = await encryptSealedPayload(payload, recipientKeys, { signer });
 */
export async function deriveSenderSigningKeyPair(prfOutput: Uint8Array): Promise<SenderSigningKeyPair> {
  if (!(prfOutput instanceof Uint8Array) || prfOutput.length !== PRF_OUTPUT_BYTES) {
    throw new EnvelopeError('KEY_INVALID', `A PRF output is ${PRF_OUTPUT_BYTES} bytes.`);
  }
  const sodium = await standardSodium();
  const seed = sodium.crypto_generichash(32, SIGNING_SEED_CONTEXT, prfOutput);
  try {
    const { publicKey, privateKey } = sodium.crypto_sign_seed_keypair(seed);
    return { publicKey, privateKey };
  } finally {
    seed.fill(0);
  }
}
