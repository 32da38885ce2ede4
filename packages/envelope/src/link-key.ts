import { fromBase64Url, toBase64Url } from './base64url.ts';
import { LINK_KEY_BYTES } from './constants.ts';
import { EnvelopeError } from './errors.ts';
import { assertLinkKey } from './lib/key-schedule.ts';
import { standardSodium } from './lib/sodium.ts';

const ENCODED_LENGTH = 43;

/**
 * Draws a fresh 256-bit link key from libsodium's CSPRNG (loading libsodium if needed). One per secret.
 */
export async function generateLinkKey(): Promise<Uint8Array> {
  const sodium = await standardSodium();
  return sodium.randombytes_buf(LINK_KEY_BYTES);
}

/**
 * Encodes a link key for the link's fragment: 43 characters of unpadded base64url.
 *
 * @throws EnvelopeError `KEY_INVALID` if the key is not 32 bytes.
 */
export function encodeLinkKey(key: Uint8Array): string {
  assertLinkKey(key);
  return toBase64Url(key);
}

/**
 * Decodes a link key from a link's fragment.
 *
 * @throws EnvelopeError `KEY_INVALID` unless the text is exactly 43 canonical base64url characters (32 bytes).
 */
export function decodeLinkKey(text: string): Uint8Array {
  if (typeof text === 'string' && text.length === ENCODED_LENGTH) {
    try {
      return fromBase64Url(text);
    } catch {
      // Reported below as a key problem, which is what it is to the caller.
    }
  }
  throw new EnvelopeError('KEY_INVALID', `A link key is ${ENCODED_LENGTH} characters of base64url.`);
}
