import { SESSION_IDLE_MS } from '../auth/sessions.ts';
import { auditStore } from '../db/audit-store.ts';
import { challengeStore } from '../db/challenge-store.ts';
import { secretStore } from '../db/secret-store.ts';
import { sessionStore } from '../db/session-store.ts';
import type { AppPorts } from '../ports.ts';
import { recordAudit } from './audit.ts';
import { purgeOldRequests } from './requests.ts';
import { purgeBlobs } from './secret-blobs.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The scheduled clean-up: deletes blobs and abandoned uploads (`purgeBlobs`), expired secrets (recording
 * `secret.expired` for each), expired challenges and sessions, and audit events older than the retention. Reads
 * never serve anything expired, whatever this has done.
 */
export async function purgeExpired(ports: AppPorts): Promise<{ secrets: number }> {
  const now = ports.clock.now();
  // Blobs first: a secret's row is deleted only once its blob is.
  await purgeBlobs(ports);
  const expired = await secretStore(ports.db).purgeExpired(now);
  const system = { actor: null, ip: null, userAgent: null };
  for (const id of expired) await recordAudit(ports, system, 'secret.expired', { type: 'secret', id });
  await challengeStore(ports.db).purge(now);
  await sessionStore(ports.db).purge(now, SESSION_IDLE_MS);
  await auditStore(ports.db).purgeOlderThan(now - ports.config.auditRetentionDays * DAY_MS);
  await purgeOldRequests(ports);
  return { secrets: expired.length };
}
