import type { InstanceResponse } from '@hushlink/protocol';
import { Hono } from 'hono';
import { userStore } from '../db/user-store.ts';
import type { AppPorts } from '../ports.ts';
import type { AppEnv } from '../request-info.ts';
import { HUSHLINK_VERSION } from '../version.ts';

/** `GET /api/instance`: what the pages need before anyone signs in. */
export function instanceRoutes(ports: AppPorts) {
  return new Hono<AppEnv>().get('/', async (c) =>
    c.json({
      bootstrapped: await userStore(ports.db).any(),
      openRegistration: ports.config.openRegistration,
      anonymousLinks: ports.config.anonymousLinks,
      maxSecretBytes: ports.config.maxSecretBytes,
      version: HUSHLINK_VERSION,
    } satisfies InstanceResponse),
  );
}
