import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../src/index.ts';
import { errorCode } from './helpers/expect-error.ts';

describe('base64url', () => {
  it('matches the RFC 4648 §10 test vectors, unpadded', () => {
    const cases = ['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy'];
    cases.forEach((encoded, n) => {
      const bytes = new TextEncoder().encode('foobar'.slice(0, n));
      expect(toBase64Url(bytes)).toBe(encoded);
      expect(fromBase64Url(encoded)).toEqual(bytes);
    });
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('agrees with Node’s encoder and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['padding', 'Zg=='],
    ['standard alphabet', 'a+/b'],
    ['whitespace', 'Zm9v Yg'],
    ['impossible length', 'Zm9vY'],
    ['non-zero trailing bits', 'Zh'],
    ['non-ASCII', 'Zé'],
  ])('rejects %s with ENVELOPE_INVALID', async (_, text) => {
    expect(await errorCode(() => fromBase64Url(text))).toBe('ENVELOPE_INVALID');
  });
});
