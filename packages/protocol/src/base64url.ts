import { z } from 'zod/mini';

const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

/**
 * The number of bytes an unpadded base64url string decodes to, or `null` when it is not canonical
 * unpadded base64url (wrong alphabet, impossible length, or stray bits in the last character).
 *
 * The API stores ciphertext as the base64url text it received, so it validates and sizes it without decoding.
 */
export function base64UrlByteLength(text: string): number | null {
  if (!BASE64URL_PATTERN.test(text)) return null;
  const remainder = text.length % 4;
  if (remainder === 1) return null;
  if (remainder !== 0) {
    // The last character carries 2 (remainder 2) or 4 (remainder 3) unused bits, which must be zero.
    const last = text.charCodeAt(text.length - 1);
    const value = sextet(last);
    const unusedMask = remainder === 2 ? 0b1111 : 0b11;
    if ((value & unusedMask) !== 0) return null;
  }
  return Math.floor((text.length * 3) / 4);
}

function sextet(code: number): number {
  if (code >= 65 && code <= 90) return code - 65; // A-Z
  if (code >= 97 && code <= 122) return code - 71; // a-z
  if (code >= 48 && code <= 57) return code + 4; // 0-9
  return code === 45 ? 62 : 63; // '-' or '_' (the pattern already excluded anything else)
}

/**
 * A canonical unpadded base64url string that decodes to between `min` and `max` bytes.
 *
 * @example base64UrlSchema({ exactBytes: 32 }) // a claim or a SHA-256
 */
export function base64UrlSchema(limits: { minBytes?: number; maxBytes: number } | { exactBytes: number }) {
  const min = 'exactBytes' in limits ? limits.exactBytes : (limits.minBytes ?? 0);
  const max = 'exactBytes' in limits ? limits.exactBytes : limits.maxBytes;
  // Cap the string length before the pattern runs, so a huge string is refused cheaply.
  return z.string().check(
    z.maxLength(Math.ceil((max * 4) / 3)),
    z.refine((text) => base64UrlByteLength(text) !== null, { message: 'must be unpadded base64url' }),
    z.refine(
      (text) => {
        const bytes = base64UrlByteLength(text) ?? -1;
        return bytes >= min && bytes <= max;
      },
      { message: min === max ? `must encode exactly ${min} bytes` : `must encode ${min} to ${max} bytes` },
    ),
  );
}
