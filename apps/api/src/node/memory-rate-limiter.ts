import type { RateLimiter } from '../ports.ts';

/**
 * A fixed-window rate limiter in memory, for the single Node process: at most `limit` attempts per key in each
 * `periodSeconds` window. Old windows are dropped as time moves on, so memory stays bounded by active keys.
 */
export function memoryRateLimiter(
  limit: number,
  periodSeconds: number,
  now: () => number = Date.now,
): RateLimiter {
  const periodMs = periodSeconds * 1000;
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    retryAfterSeconds: periodSeconds,
    async allow(key: string) {
      const window = Math.floor(now() / periodMs) * periodMs;
      if (window !== windowStart) {
        windowStart = window;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return count <= limit;
    },
  };
}
