import type { CliSigningKey } from '@hushlink/protocol';
import { requireFreshStepUp } from '../auth/step-up.ts';
import { randomToken } from '../crypto/random-token.ts';
import { apiTokenStore } from '../db/api-token-store.ts';
import { cliSigningKeyStore, type LiveCliSigningKey } from '../db/cli-signing-key-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from './audit.ts';
import { keyAuditDetail } from './passkey-keys.ts';

/** A live command-line key as the API shows it. */
function toCliSigningKey(key: LiveCliSigningKey): CliSigningKey {
  return { ...key, createdAt: new Date(key.createdAt).toISOString() };
}

/**
 * Registers the signing key `hushlink login` made, bound to the API token the request carries, and records
 * `signing_key.added`, or `signing_key.changed` when the token had registered another (a new login with the same
 * token, whose earlier key is then gone). Only a token may register one, and each token has at most one:
 *
 * - `hushlink login` authenticates with exactly this token, which only a session with a fresh passkey step-up can
 *   create (`createApiToken`); registering at login is therefore as strong as login itself, and a passkey check of
 *   its own would add nothing the CLI could perform.
 * - The key lives no longer than the token (`cliSigningKeyStore` joins it), so a token never leads to a credential
 *   that outlives it (`refuseApiToken`'s rule), and revoking the token retires the key.
 * - A token holds one key, so a stolen token cannot add keys beside its CLI's: it can only replace that key, which
 *   the audit log records and the Account page and the CLI's next share show (the fingerprint changes).
 *
 * A session may not register one: a browser signs with keys derived from its passkeys.
 *
 * @throws ApiError 401 `sign_in_required`, 403 `token_required` for a session.
 */
export async function registerCliSigningKey(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
  publicKey: string,
): Promise<{ key: CliSigningKey; replaced: boolean }> {
  if (actor.via !== 'token') {
    throw new ApiError(
      'token_required',
      403,
      'Only `hushlink login` registers a command-line signing key; a browser signs with its passkeys.',
    );
  }
  const store = cliSigningKeyStore(ports.db);
  const previous = await store.findByToken(actor.credentialId);
  const row = {
    id: randomToken(16),
    userId: actor.user.id,
    tokenId: actor.credentialId,
    publicKey,
    createdAt: ports.clock.now(),
    createdIp: request.ip,
    createdUserAgent: request.userAgent,
  };
  await store.upsert(row);
  const target = { type: 'signing_key', id: row.id } as const;
  if (previous === null) {
    await recordAudit(ports, request, 'signing_key.added', target, {
      ...keyAuditDetail(publicKey),
      tokenId: row.tokenId,
    });
  } else {
    await recordAudit(ports, request, 'signing_key.changed', target, {
      from: keyAuditDetail(previous.publicKey).keySha256,
      to: keyAuditDetail(publicKey).keySha256,
      tokenId: row.tokenId,
    });
  }
  const live = await store.liveKeysOf(actor.user.id, ports.clock.now());
  // The token authenticated this very request, so its key is live; an empty name only if it expired just now.
  const stored = live.find((key) => key.tokenId === row.tokenId);
  return { key: toCliSigningKey(stored ?? { ...row, tokenName: '' }), replaced: previous !== null };
}

/** The account's live command-line signing keys, oldest first. */
export async function listCliSigningKeys(ports: AppPorts, userId: string): Promise<CliSigningKey[]> {
  const keys = await cliSigningKeyStore(ports.db).liveKeysOf(userId, ports.clock.now());
  return keys.map(toCliSigningKey);
}

/** The account's live command-line signing keys with when each was registered, for a sealed secret's `sender`. */
export async function liveCliSigningPublicKeys(
  ports: AppPorts,
  userId: string,
): Promise<Array<{ publicKey: string; addedAt: number }>> {
  const keys = await cliSigningKeyStore(ports.db).liveKeysOf(userId, ports.clock.now());
  return keys.map((key) => ({ publicKey: key.publicKey, addedAt: key.createdAt }));
}

/**
 * Removes one of the account's command-line signing keys and revokes the token that registered it (a CLI left with
 * a token but no key would seal what its recipients refuse), recording `signing_key.removed`. Like removing a
 * passkey, it needs a session with a fresh step-up.
 *
 * @throws ApiError as `requireFreshStepUp`; 404 `not_found` when the account has no such key.
 */
export async function removeCliSigningKey(ports: AppPorts, request: RequestInfo, id: string): Promise<void> {
  const actor = await requireFreshStepUp(ports, request.actor);
  const tokenId = await cliSigningKeyStore(ports.db).delete(id, actor.user.id);
  if (tokenId === null) throw new ApiError('not_found', 404, 'You have no such signing key.');
  await recordAudit(ports, request, 'signing_key.removed', { type: 'signing_key', id }, { tokenId });
  if (await apiTokenStore(ports.db).revoke(tokenId, actor.user.id, ports.clock.now())) {
    await recordAudit(ports, request, 'token.revoked', { type: 'token', id: tokenId });
  }
}
