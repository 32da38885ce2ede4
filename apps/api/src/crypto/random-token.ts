import { toBase64Url } from './base64url.ts';

/**
 * `bytes` random bytes from the platform's CSPRNG as unpadded base64url.
 *
 * @example randomToken(16) // a 22-character secret id
 */
export function randomToken(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return toBase64Url(buffer);
}
