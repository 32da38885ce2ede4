import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlByteLength, base64UrlSchema } from '../src/base64url.ts';

describe('base64UrlByteLength', () => {
  it('gives the decoded length of any canonical unpadded base64url string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64url');
        expect(base64UrlByteLength(text)).toBe(bytes.length);
      }),
    );
  });

  it('refuses padding, the standard alphabet, impossible lengths and stray bits', () => {
    expect(base64UrlByteLength('AAA=')).toBeNull();
    expect(base64UrlByteLength('a+b/')).toBeNull();
    expect(base64UrlByteLength('AAAAA')).toBeNull();
    expect(base64UrlByteLength('AB')).toBeNull(); // 'B' leaves a set bit where only 8 bits are used
    expect(base64UrlByteLength('AA')).toBe(1);
    expect(base64UrlByteLength('a b')).toBeNull();
    expect(base64UrlByteLength('')).toBe(0);
  });

  it('agrees with Node on which strings are canonical', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,12}$/), (text) => {
        const canonical = Buffer.from(text, 'base64url').toString('base64url') === text;
        expect(base64UrlByteLength(text) !== null).toBe(canonical);
      }),
    );
  });
});

describe('base64UrlSchema', () => {
  it('enforces an exact decoded size', () => {
    const schema = base64UrlSchema({ exactBytes: 32 });
    expect(schema.safeParse(Buffer.alloc(32).toString('base64url')).success).toBe(true);
    expect(schema.safeParse(Buffer.alloc(31).toString('base64url')).success).toBe(false);
    expect(schema.safeParse(`${Buffer.alloc(32).toString('base64url')}A`).success).toBe(false);
  });
});
