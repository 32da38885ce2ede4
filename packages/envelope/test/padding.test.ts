import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isZero, PADDED_MIN_BYTES, paddedLength, paddingMarkerIndex, padme } from '../src/lib/padding.ts';

/** Padmé as written in the PURBs paper (Algorithm 1), in BigInt so that no float can creep in. */
function padmeReference(length: bigint): bigint {
  if (length < 2n) return length;
  const e = BigInt(length.toString(2).length - 1);
  const s = BigInt(e.toString(2).length);
  const lastBits = e - s;
  const mask = (1n << lastBits) - 1n;
  return (length + mask) & ~mask;
}

describe('padme', () => {
  it('matches a table of hand-computed values', () => {
    const table: [number, number][] = [
      [0, 0],
      [1, 1],
      [7, 7],
      [8, 8],
      [9, 10],
      [17, 18],
      [33, 36],
      [100, 104],
      [1000, 1024],
      [1025, 1088],
      [65536, 65536],
      [65537, 67584],
      [4194305, 4325376],
    ];
    for (const [length, expected] of table) expect(padme(length), `padme(${length})`).toBe(expected);
  });

  it('equals the reference, never shrinks, is idempotent and costs at most 12%', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(1 << 20), fc.integer({ min: 0, max: 2 ** 50 })), (length) => {
        const padded = padme(length);
        expect(BigInt(padded)).toBe(padmeReference(BigInt(length)));
        expect(padded).toBeGreaterThanOrEqual(length);
        expect(padme(padded)).toBe(padded);
        expect(padded - length).toBeLessThanOrEqual(Math.max(1, length * 0.12));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects lengths that are not non-negative safe integers', () => {
    for (const bad of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN])
      expect(() => padme(bad)).toThrow(RangeError);
  });
});

describe('paddedLength', () => {
  it('pads data plus its marker, and never below 1 KiB', () => {
    expect(paddedLength(0)).toBe(PADDED_MIN_BYTES);
    expect(paddedLength(1023)).toBe(1024);
    expect(paddedLength(1024)).toBe(padme(1025));
  });
});

describe('paddingMarkerIndex', () => {
  it('finds the 0x80 that precedes the trailing zeros, or -1', () => {
    expect(paddingMarkerIndex(new Uint8Array([1, 0x80, 0, 0]))).toBe(1);
    expect(paddingMarkerIndex(new Uint8Array([0x80, 0x80]))).toBe(1);
    expect(paddingMarkerIndex(new Uint8Array([0x80, 1, 0]))).toBe(-1);
    expect(paddingMarkerIndex(new Uint8Array(4))).toBe(-1);
    expect(paddingMarkerIndex(new Uint8Array())).toBe(-1);
  });
});

describe('isZero', () => {
  it('sees a non-zero byte anywhere, aligned or not, in the words or in the tail', () => {
    const buffer = new Uint8Array(4 * 16 + 8);
    for (const offset of [0, 1, 2, 3, 4]) {
      for (const length of [0, 1, 3, 4, 5, 17, 64]) {
        const bytes = buffer.subarray(offset, offset + length);
        expect(isZero(bytes), `offset ${offset}, length ${length}`).toBe(true);
        for (let i = 0; i < length; i++) {
          bytes[i] = i % 2 === 0 ? 0x80 : 1;
          expect(isZero(bytes), `offset ${offset}, length ${length}, byte ${i}`).toBe(false);
          bytes[i] = 0;
        }
      }
    }
    // Bytes just outside the view do not count.
    buffer.fill(0xff);
    buffer.fill(0, 1, 70);
    expect(isZero(buffer.subarray(1, 70))).toBe(true);
  });
});
