import type { HealthResponse } from '@hushlink/protocol';
import { Hono } from 'hono';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';

/** `GET /api/health`: liveness and version. */
export function healthRoutes(ports: AppPorts) {
  return new Hono<AppEnv>().get('/', (c) =>
    c.json({ ok: true, version: ports.config.version } satisfies HealthResponse),
  );
}
