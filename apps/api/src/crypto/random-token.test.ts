import { describe, expect, it } from 'vitest';
import { randomToken } from './random-token.ts';

describe('randomToken', () => {
  it('gives unpadded base64url of the asked length, and never the same token twice across pool refills', () => {
    const seen = new Set<string>();
    // 20,000 × 48 bytes draws the 4 KiB pool empty over two hundred times, with and without remainders.
    for (let i = 0; i < 20_000; i++) {
      const bytes = [12, 16, 32][i % 3] ?? 16;
      const token = randomToken(bytes);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(token.length).toBe(Math.ceil((bytes * 4) / 3));
      seen.add(token);
    }
    expect(seen.size).toBe(20_000);
  });

  it('spreads its bytes evenly (each byte value within 25% of its expected count)', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4_000; i++) {
      for (const byte of Buffer.from(randomToken(32), 'base64url')) counts[byte] = (counts[byte] ?? 0) + 1;
    }
    const expected = (4_000 * 32) / 256;
    for (const count of counts) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.25);
  });

  it('refuses more bytes than its pool holds', () => {
    expect(() => randomToken(4097)).toThrow(RangeError);
  });
});
