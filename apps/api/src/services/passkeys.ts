import { type PasskeyRow, userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { keyAuditDetail } from './passkey-keys.ts';

/** The passkey `passkeyId` of account `userId`, or a 404 (another account's passkey is "no such passkey"). */
export async function findPasskeyOf(ports: AppPorts, userId: string, passkeyId: string): Promise<PasskeyRow> {
  const passkey = await userStore(ports.db).findPasskey(passkeyId);
  if (!passkey || passkey.userId !== userId)
    throw new ApiError('not_found', 404, 'There is no such passkey.');
  return passkey;
}

/** Renames one of an account's passkeys. */
export async function renamePasskey(
  ports: AppPorts,
  request: RequestInfo,
  userId: string,
  passkeyId: string,
  name: string,
): Promise<void> {
  await findPasskeyOf(ports, userId, passkeyId);
  await userStore(ports.db).updatePasskey(passkeyId, { name });
  await recordAudit(ports, request, 'passkey.renamed', { type: 'passkey', id: passkeyId });
}

/**
 * Removes one of an account's passkeys, never its last one (409 `last_passkey`): an account without a passkey
 * could never sign in again. A passkey with a sealing key also records `passkey.key_removed`.
 */
export async function removePasskey(
  ports: AppPorts,
  request: RequestInfo,
  userId: string,
  passkeyId: string,
): Promise<void> {
  const passkey = await findPasskeyOf(ports, userId, passkeyId);
  if (!(await userStore(ports.db).removePasskeyUnlessLast(passkeyId, userId))) {
    throw new ApiError(
      'last_passkey',
      409,
      'This is the only passkey of the account. Add another before removing it.',
    );
  }
  const by = request.actor?.user.id === userId ? 'owner' : 'admin';
  const target = { type: 'passkey', id: passkeyId } as const;
  await recordAudit(ports, request, 'passkey.removed', target, { by });
  // Its sealing key goes with it: nothing can be sealed to it any more, and what was sealed to it alone is lost.
  if (passkey.prfPublicKey !== null) {
    await recordAudit(ports, request, 'passkey.key_removed', target, {
      by,
      ...keyAuditDetail(passkey.prfPublicKey),
      ...(passkey.prfSigningKey === null
        ? {}
        : { signingKeySha256: keyAuditDetail(passkey.prfSigningKey).keySha256 }),
    });
  }
}
