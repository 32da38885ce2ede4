import type { HealthResponse } from '@hushlink/protocol';
import { Hono } from 'hono';
import { pingDatabase } from '../db/ping.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';

/** `GET /api/health`: liveness, version, and that the database answers (503 `unavailable` when it does not). */
export function healthRoutes(ports: AppPorts) {
  return new Hono<AppEnv>().get('/', async (c) => {
    try {
      await pingDatabase(ports.db);
    } catch {
      throw new ApiError('unavailable', 503, 'The database does not answer.');
    }
    return c.json({ ok: true, version: ports.config.version } satisfies HealthResponse);
  });
}
