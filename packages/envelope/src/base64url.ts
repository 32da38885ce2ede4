import { EnvelopeError } from './errors.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ENCODE = new TextEncoder().encode(ALPHABET);
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/**
 * Encodes bytes as unpadded base64url (RFC 4648 §5). Pure JavaScript, so it works before libsodium loads.
 *
 * @example toBase64Url(new Uint8Array([251, 255])) // '-_8'
 */
export function toBase64Url(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3));
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const left = bytes.length - i;
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = ENCODE[(n >> 18) & 63] ?? 0;
    out[o++] = ENCODE[(n >> 12) & 63] ?? 0;
    if (left > 1) out[o++] = ENCODE[(n >> 6) & 63] ?? 0;
    if (left > 2) out[o++] = ENCODE[n & 63] ?? 0;
  }
  return new TextDecoder().decode(out);
}

/**
 * Decodes unpadded base64url, strictly: only the URL-safe alphabet, no padding, no whitespace, and unused
 * trailing bits must be zero, so every byte string has exactly one accepted text form.
 *
 * @throws EnvelopeError `ENVELOPE_INVALID` on any other input.
 */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw invalid('its length is impossible');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < text.length; i++) {
    const value = DECODE[text.charCodeAt(i)] ?? -1;
    if (value < 0) throw invalid('it contains a character outside the base64url alphabet');
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw invalid('its unused trailing bits are not zero');
  return out;
}

function invalid(reason: string): EnvelopeError {
  return new EnvelopeError('ENVELOPE_INVALID', `The text is not unpadded base64url: ${reason}.`);
}
