import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from '../src/retry-after.ts';

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('60')).toBe(60);
    expect(retryAfterSeconds('1.2')).toBe(2);
    const now = Date.parse('2026-11-24T05:00:00Z');
    expect(retryAfterSeconds('Tue, 24 Nov 2026 05:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Tue, 24 Nov 2026 04:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds('-5')).toBeUndefined();
  });
});
