import { fromBase64Url, toBase64Url } from './base64url.ts';

const encoder = new TextEncoder();

/** SHA-256 of a base64url string's decoded bytes, as base64url. Used to compare claims with stored hashes. */
export async function sha256OfBase64Url(text: string): Promise<string> {
  return sha256(fromBase64Url(text));
}

/** SHA-256 of a UTF-8 string (a manage token), as base64url. */
export async function sha256OfText(text: string): Promise<string> {
  return sha256(encoder.encode(text));
}

async function sha256(bytes: BufferSource): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/** Compares two equal-length strings in time that does not depend on where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
