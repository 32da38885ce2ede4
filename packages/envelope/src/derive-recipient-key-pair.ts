import { PRF_OUTPUT_BYTES } from './constants.ts';
import { EnvelopeError } from './errors.ts';
import type { RecipientKeyPair } from './lib/recipients.ts';
import { standardSodium } from './lib/sodium.ts';

export type { RecipientKeyPair } from './lib/recipients.ts';

const SEED_CONTEXT = new TextEncoder().encode('hushlink/v1/recipient-key');

/**
 * Derives a person's X25519 key pair from their passkey's WebAuthn PRF output (`results.first`, evaluated with
 * {@link PRF_SALT}): seed = BLAKE2b-256(key = prfOutput, message = "hushlink/v1/recipient-key"), then
 * `crypto_box_seed_keypair(seed)`. The same passkey always gives the same pair, on any device, so nothing needs
 * to be stored: derive it when a sealed secret is opened, and send only the public key to the server.
 *
 * @throws EnvelopeError `KEY_INVALID` if the PRF output is not 32 bytes.
 * @example
 * const prf = credential.getClientExtensionResults().prf?.results?.first;
 * const keyPair = await deriveRecipientKeyPair(new Uint8Array(prf));
 */
export async function deriveRecipientKeyPair(prfOutput: Uint8Array): Promise<RecipientKeyPair> {
  if (!(prfOutput instanceof Uint8Array) || prfOutput.length !== PRF_OUTPUT_BYTES) {
    throw new EnvelopeError('KEY_INVALID', `A PRF output is ${PRF_OUTPUT_BYTES} bytes.`);
  }
  const sodium = await standardSodium();
  // The PRF output is the BLAKE2b key and the context the message, as for the claim and the content key, so this
  // seed is independent of anything else a page might derive from the same PRF output with another context.
  const seed = sodium.crypto_generichash(32, SEED_CONTEXT, prfOutput);
  try {
    const { publicKey, privateKey } = sodium.crypto_box_seed_keypair(seed);
    return { publicKey, privateKey };
  } finally {
    seed.fill(0);
  }
}
