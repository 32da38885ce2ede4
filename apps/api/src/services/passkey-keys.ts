import type { RecipientKey, UserKey, UserKeysResponse } from '@hushlink/protocol';
import { sha256OfBase64Url } from '../crypto/sha256.ts';
import { passkeyKeyStore, type StoredPrfKey } from '../db/passkey-key-store.ts';
import type { PasskeyRow } from '../db/user-store.ts';
import { userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { toPublicUser } from './users.ts';

/**
 * What the audit log says about a sealing key: the SHA-256 of its bytes (base64url), so that an admin can tell keys
 * apart without the log holding keys.
 */
export function keyAuditDetail(publicKey: string): { keySha256: string } {
  return { keySha256: sha256OfBase64Url(publicKey) };
}

/**
 * Records the sealing key a device derived from the passkey it signed in with: stored when the passkey had none
 * (`passkey.key_added`) or had another (`passkey.key_changed`); nothing happens when it is the same key. A device
 * that sends no key leaves the stored one as it is (not every browser answers the PRF extension every time).
 */
export async function recordSignInKey(
  ports: AppPorts,
  request: RequestInfo,
  passkey: PasskeyRow,
  publicKey: string | undefined,
): Promise<void> {
  if (publicKey === undefined || publicKey === passkey.prfPublicKey) return;
  await passkeyKeyStore(ports.db).setKey(passkey.id, publicKey, ports.clock.now());
  const target = { type: 'passkey', id: passkey.id } as const;
  if (passkey.prfPublicKey === null) {
    await recordAudit(ports, request, 'passkey.key_added', target, keyAuditDetail(publicKey));
  } else {
    await recordAudit(ports, request, 'passkey.key_changed', target, {
      from: keyAuditDetail(passkey.prfPublicKey).keySha256,
      to: keyAuditDetail(publicKey).keySha256,
    });
  }
}

/**
 * Records the signing key a device derived from the same PRF output, like `recordSignInKey` does the sealing key:
 * stored when the passkey had none (`passkey.signing_key_added`) or had another (`passkey.signing_key_changed`, so
 * a key swapped behind its owner's back shows in their audit log); nothing happens when it is the same key or none
 * was sent.
 */
export async function recordSigningKey(
  ports: AppPorts,
  request: RequestInfo,
  passkey: Pick<PasskeyRow, 'id' | 'prfSigningKey'>,
  signingKey: string | undefined,
): Promise<void> {
  if (signingKey === undefined || signingKey === passkey.prfSigningKey) return;
  await passkeyKeyStore(ports.db).setSigningKey(passkey.id, signingKey, ports.clock.now());
  const target = { type: 'passkey', id: passkey.id } as const;
  if (passkey.prfSigningKey === null) {
    await recordAudit(ports, request, 'passkey.signing_key_added', target, keyAuditDetail(signingKey));
  } else {
    await recordAudit(ports, request, 'passkey.signing_key_changed', target, {
      from: keyAuditDetail(passkey.prfSigningKey).keySha256,
      to: keyAuditDetail(signingKey).keySha256,
    });
  }
}

/** A stored key as the API shows it. */
export function toRecipientKey(key: Omit<StoredPrfKey, 'signingKey' | 'signingKeyAddedAt'>): RecipientKey {
  return {
    passkeyId: key.passkeyId,
    passkeyName: key.passkeyName,
    publicKey: key.publicKey,
    addedAt: new Date(key.addedAt).toISOString(),
  };
}

/** A stored key with its signing key, as `GET /api/users/:id/keys` lists it. */
function toUserKey(key: StoredPrfKey): UserKey {
  return { ...toRecipientKey(key), signingKey: key.signingKey };
}

/**
 * `GET /api/users/:id/keys`: the sealing keys, each with its signing key, of an active account, for whoever may
 * share with them. The policy is the directory's: admins and members may look anyone up; a guest sees nothing of
 * the team, only their own keys (refused before the lookup, so a guest cannot probe which ids exist).
 *
 * @throws ApiError `forbidden` for a guest asking about someone else, `unknown_user` (404) for an unknown or disabled
 * account.
 */
export async function userKeys(ports: AppPorts, actor: Actor, userId: string): Promise<UserKeysResponse> {
  if (actor.user.role === 'guest' && actor.user.id !== userId) {
    throw new ApiError('forbidden', 403, 'Guests can look up only their own keys.');
  }
  const user = await userStore(ports.db).findById(userId);
  if (user?.state !== 'active') {
    throw new ApiError('unknown_user', 404, 'There is no active account with this id.');
  }
  const keys = await passkeyKeyStore(ports.db).keysOf(user.id);
  return { user: toPublicUser(user), keys: keys.map(toUserKey) };
}
