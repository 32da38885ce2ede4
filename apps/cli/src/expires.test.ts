import { describe, expect, it } from 'vitest';
import { parseExpires } from './expires.ts';

describe('parseExpires', () => {
  it('reads the documented forms', () => {
    expect(parseExpires('5m')).toBe(300);
    expect(parseExpires('1h')).toBe(3600);
    expect(parseExpires('1d')).toBe(86_400);
    expect(parseExpires('7d')).toBe(604_800);
    expect(parseExpires('30d')).toBe(2_592_000);
    expect(parseExpires('60s')).toBe(60);
    expect(parseExpires('720h')).toBe(2_592_000);
    expect(parseExpires(' 2H ')).toBe(7200);
  });

  it('refuses anything outside 60 s to 30 days, and other shapes', () => {
    for (const text of ['59s', '31d', '721h', '0m', '1', '1w', '1.5h', '-1h', 'h', '', '99999999d']) {
      expect(() => parseExpires(text), text).toThrow(expect.objectContaining({ code: 'usage', exitCode: 1 }));
    }
  });
});
