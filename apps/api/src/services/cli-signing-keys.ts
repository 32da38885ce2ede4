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
 * `signing_key.added`. Only a token may register one, and only once per token, ever:
 *
 * - `hushlink login` authenticates with exactly this token, which only a session with a fresh passkey step-up can
 *   create (`createApiToken`); registering at login is therefore as strong as login itself, and a passkey check of
 *   its own would add nothing the CLI could perform.
 * - The key lives no longer than the token (`cliSigningKeyStore` joins it), so a token never leads to a credential
 *   that outlives it (`refuseApiToken`'s rule).
 * - A token whose CLI registered a key at login cannot register a second one, so someone who steals only the token
 *   later cannot add a key of their own that vouches for the account; the audit log and the Account page show every
 *   key, with the token it came with.
 *
 * A session may not register one: a browser signs with keys derived from its passkeys.
 *
 * @throws ApiError 401 `sign_in_required`, 403 `token_required` for a session, 409 `signing_key_exists` when the
 * token already registered a key.
 */
export async function registerCliSigningKey(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
  publicKey: string,
): Promise<CliSigningKey> {
  if (actor.via !== 'token') {
    throw new ApiError(
      'token_required',
      403,
      'Only `hushlink login` registers a command-line signing key; a browser signs with its passkeys.',
    );
  }
  const row = {
    id: randomToken(16),
    userId: actor.user.id,
    tokenId: actor.credentialId,
    publicKey,
    createdAt: ports.clock.now(),
    createdIp: request.ip,
    createdUserAgent: request.userAgent,
  };
  if (!(await cliSigningKeyStore(ports.db).insert(row))) {
    throw new ApiError(
      'signing_key_exists',
      409,
      'This API token already registered a signing key. Create a new token on the Account page and log in with it.',
    );
  }
  await recordAudit(
    ports,
    request,
    'signing_key.added',
    { type: 'signing_key', id: row.id },
    { ...keyAuditDetail(publicKey), tokenId: row.tokenId },
  );
  const live = await cliSigningKeyStore(ports.db).liveKeysOf(actor.user.id, ports.clock.now());
  const stored = live.find((key) => key.id === row.id);
  // The token authenticated this very request, so its key is live; an empty name only if it expired just now.
  return toCliSigningKey(stored ?? { ...row, tokenName: '' });
}

/** The account's live command-line signing keys, oldest first. */
export async function listCliSigningKeys(ports: AppPorts, userId: string): Promise<CliSigningKey[]> {
  const keys = await cliSigningKeyStore(ports.db).liveKeysOf(userId, ports.clock.now());
  return keys.map(toCliSigningKey);
}

/** The public keys of the account's live command-line signing keys, for a sealed secret's `sender`. */
export async function liveCliSigningPublicKeys(ports: AppPorts, userId: string): Promise<string[]> {
  const keys = await cliSigningKeyStore(ports.db).liveKeysOf(userId, ports.clock.now());
  return keys.map((key) => key.publicKey);
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
