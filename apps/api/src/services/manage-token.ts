import { sha256OfText, timingSafeEqual } from '../crypto/sha256.ts';
import type { SecretRow } from '../db/schema.ts';
import { secretStore } from '../db/secret-store.ts';
import { ApiError, secretGone } from '../errors.ts';
import type { AppPorts } from '../ports.ts';

/**
 * The row of secret `id` for the holder of its manage token (revoke, upload). Throws `not_found` for an unknown
 * or purged id and `forbidden` for a token of another secret, compared in constant time.
 */
export async function findManagedSecret(
  ports: AppPorts,
  id: string,
  manageToken: string,
): Promise<SecretRow> {
  const row = await secretStore(ports.db).find(id);
  if (!row) throw secretGone();
  assertManageToken(row, manageToken);
  return row;
}

/** Throws `forbidden` unless `manageToken` is the secret's own. */
export function assertManageToken(row: Pick<SecretRow, 'manageTokenHash'>, manageToken: string): void {
  if (!timingSafeEqual(row.manageTokenHash, sha256OfText(manageToken))) {
    throw new ApiError('forbidden', 403, 'This manage token does not belong to this secret.');
  }
}
