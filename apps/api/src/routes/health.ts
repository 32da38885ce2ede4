import type { HealthResponse } from '@hushlink/protocol';
import { Hono } from 'hono';
import type { AppPorts } from '../ports.ts';

/** `GET /api/health`: liveness and version. */
export function healthRoutes(ports: AppPorts): Hono {
  return new Hono().get('/', (c) =>
    c.json({ ok: true, version: ports.config.version } satisfies HealthResponse),
  );
}
