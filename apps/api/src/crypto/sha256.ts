import { createHash } from 'node:crypto';

/**
 * SHA-256 of a base64url string's decoded bytes, as base64url. Used to compare claims with stored hashes.
 * node:crypto (Workers' `nodejs_compat`, and Node itself) hashes synchronously: on Node, WebCrypto's digest goes
 * through the thread pool and costs fifty times more for a 32-byte input.
 */
export function sha256OfBase64Url(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'base64url')).digest('base64url');
}

/** SHA-256 of a UTF-8 string (a token's secret part), as base64url. */
export function sha256OfText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** Compares two equal-length strings in time that does not depend on where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
