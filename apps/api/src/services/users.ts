import type { MeResponse, Passkey, PublicUser } from '@hushlink/protocol';
import type { PasskeyRow, UserRow } from '../db/user-store.ts';
import { userStore } from '../db/user-store.ts';
import type { AppPorts } from '../ports.ts';

/** An account as others may see it. */
export function toPublicUser(user: UserRow): PublicUser {
  return { id: user.id, name: user.name, displayName: user.displayName, role: user.role };
}

/**
 * A passkey as its owner (or an admin) sees it: never its WebAuthn (COSE) public key, but the X25519 sealing key
 * derived from its PRF output, from which the page shows a fingerprint.
 */
export function toPasskey(passkey: PasskeyRow): Passkey {
  return {
    id: passkey.id,
    name: passkey.name,
    createdAt: new Date(passkey.createdAt).toISOString(),
    lastUsedAt: passkey.lastUsedAt === null ? null : new Date(passkey.lastUsedAt).toISOString(),
    deviceType: passkey.deviceType,
    backedUp: passkey.backedUp,
    prfPublicKey: passkey.prfPublicKey,
    prfSigningKey: passkey.prfSigningKey,
    createdIp: passkey.createdIp,
    createdUserAgent: passkey.createdUserAgent,
  };
}

/** `GET /api/me`: the account and its passkeys. */
export async function describeMe(ports: AppPorts, user: UserRow): Promise<MeResponse> {
  const passkeys = await userStore(ports.db).passkeysOf(user.id);
  return { user: { ...toPublicUser(user), state: user.state }, passkeys: passkeys.map(toPasskey) };
}
