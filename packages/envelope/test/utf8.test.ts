import { describe, expect, it } from 'vitest';
import { decodeUtf8, decodeUtf8Pieces } from '../src/lib/utf8.ts';

const encoder = new TextEncoder();

describe('decodeUtf8Pieces', () => {
  const sample = '\uFEFFa\u00e9\u20ac\u{1F600}z';
  const bytes = encoder.encode(sample);

  it('decodes as if the pieces were joined, wherever a character is cut', () => {
    expect(decodeUtf8Pieces([])).toBe('');
    expect(decodeUtf8Pieces([bytes])).toBe(sample);
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j++) {
        const pieces = [bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)];
        expect(decodeUtf8Pieces(pieces), `cut at ${i} and ${j}`).toBe(sample);
      }
    }
  });

  it('refuses what decodeUtf8 refuses, cut or not', () => {
    const bad = [
      new Uint8Array([0x61, 0xc3, 0x28]),
      new Uint8Array([0xf0, 0x9f, 0x98]), // a character cut short at the end
      new Uint8Array([0xed, 0xa0, 0x80]), // an encoded surrogate
      new Uint8Array([0xc0, 0xaf]), // overlong
    ];
    for (const input of bad) {
      expect(decodeUtf8(input)).toBeUndefined();
      for (let i = 0; i <= input.length; i++) {
        expect(decodeUtf8Pieces([input.subarray(0, i), input.subarray(i)])).toBeUndefined();
      }
    }
  });
});
