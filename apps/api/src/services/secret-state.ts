import type { SecretState } from '@hushlink/protocol';
import type { SecretRow } from '../db/schema.ts';

/** A secret's state for its creator, at `now`: revoked, expired, used up, or still active. */
export function secretStateOf(
  row: Pick<SecretRow, 'revokedAt' | 'expiresAt' | 'viewsLeft'>,
  now: number,
): SecretState {
  if (row.revokedAt !== null) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return row.viewsLeft === 0 ? 'used' : 'active';
}
