import { CLAIM_BYTES } from './constants.ts';
import { EnvelopeError } from './errors.ts';
import { assertLinkKey, claimFromLinkKey } from './lib/key-schedule.ts';
import { standardSodium } from './lib/sodium.ts';

/**
 * Derives the claim a reveal presents to prove it holds the link: keyed BLAKE2b-256 of "hushlink/v1/claim"
 * under the link key. It reveals nothing about the content key, which uses its own context.
 *
 * @throws EnvelopeError `KEY_INVALID` if the link key is not 32 bytes.
 */
export async function deriveClaim(linkKey: Uint8Array): Promise<Uint8Array> {
  assertLinkKey(linkKey);
  const sodium = await standardSodium();
  return claimFromLinkKey(sodium, linkKey);
}

/**
 * SHA-256 of a claim: what the server stores (as `claimHash`) and compares a presented claim against.
 *
 * @throws EnvelopeError `KEY_INVALID` if the claim is not 32 bytes.
 */
export async function hashClaim(claim: Uint8Array): Promise<Uint8Array> {
  if (!(claim instanceof Uint8Array) || claim.length !== CLAIM_BYTES) {
    throw new EnvelopeError('KEY_INVALID', `A claim is ${CLAIM_BYTES} bytes.`);
  }
  // A copy: Web Crypto takes only ArrayBuffer-backed views, and a caller's array may sit on a SharedArrayBuffer.
  return new Uint8Array(await crypto.subtle.digest('SHA-256', claim.slice()));
}
