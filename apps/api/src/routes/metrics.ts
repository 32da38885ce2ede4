import type { Handler } from 'hono';
import { sha256OfText, timingSafeEqual } from '../crypto/sha256.ts';
import { ApiError } from '../errors.ts';
import type { RequestRecord } from '../middleware/request-log.ts';

/** Metrics a server keeps (the Node server's Prometheus registry, `node/metrics.ts`). */
export interface ServerMetrics {
  /** Counts one answered request (the request log calls it with the route pattern, never the path). */
  observe(record: RequestRecord): void;
  /** The metrics in the Prometheus text format. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * `GET /metrics`: the metrics in the Prometheus text format, for `Authorization: Bearer METRICS_TOKEN` only (the
 * counts say how busy the instance is and when). Compared as SHA-256 digests in constant time.
 *
 * @throws ApiError `unauthorized` (401) without the token or with another one.
 */
export function metricsRoute(token: string, metrics: ServerMetrics): Handler {
  const expected = sha256OfText(token);
  return async (c) => {
    const sent = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!sent || !timingSafeEqual(sha256OfText(sent), expected)) {
      throw new ApiError('unauthorized', 401, 'Send the metrics token as "Authorization: Bearer TOKEN".', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    return c.body(await metrics.render(), 200, {
      'Content-Type': metrics.contentType,
      'Cache-Control': 'no-store',
    });
  };
}
