import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { RateLimiter } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';

/** Refuses a request with `429` and `Retry-After` when its IP is over `limiter`'s limit. */
export function rateLimit(limiter: RateLimiter, message: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.get('request').ip ?? 'unknown';
    if (!(await limiter.allow(key))) {
      const seconds = limiter.retryAfterSeconds;
      throw new ApiError('rate_limited', 429, `${message} Try again in ${seconds} seconds.`, {
        'Retry-After': String(seconds),
      });
    }
    await next();
  };
}
