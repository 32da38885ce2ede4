import type { CreateSecretResponse, MySecret, SecretMetadata } from '@hushlink/protocol';
import { randomToken } from '../crypto/random-token.ts';
import { sha256OfBase64Url, sha256OfText, timingSafeEqual } from '../crypto/sha256.ts';
import { type AccessRule, type LiveSecret, secretStore } from '../db/secret-store.ts';
import { userStore } from '../db/user-store.ts';
import { ApiError, secretGone } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { auditRow, recordAudit } from './audit.ts';
import { assertMayCreateSecret } from './creation-policy.ts';
import { toPublicUser } from './users.ts';

/** A validated request to store a secret (`createSecretRequestSchema` after defaults). */
export interface NewSecret {
  ciphertext: string;
  size: number;
  expiresIn: number;
  maxViews: number;
  access: AccessRule;
  recipients: string[];
  passphrase: boolean;
  notifyOnOpen: boolean;
  claimHash: string;
}

/**
 * Stores a client-encrypted secret and returns its id and the manage token, which is shown once and kept only
 * as a SHA-256. `people` recipients must be active accounts.
 */
export async function createSecret(
  ports: AppPorts,
  request: RequestInfo,
  input: NewSecret,
): Promise<CreateSecretResponse> {
  assertMayCreateSecret(ports.config, request.actor, input.access);
  const recipients = [...new Set(input.recipients)];
  const active = await userStore(ports.db).activeIds(recipients);
  if (active.size !== recipients.length) {
    throw new ApiError('unknown_user', 400, 'One of the named people has no active account on this server.');
  }
  const now = ports.clock.now();
  const id = randomToken(16);
  const manageToken = randomToken(32);
  const expiresAt = now + input.expiresIn * 1000;
  await secretStore(ports.db).insert(
    {
      id,
      ciphertext: input.ciphertext,
      size: input.size,
      claimHash: input.claimHash,
      manageTokenHash: sha256OfText(manageToken),
      access: input.access,
      passphrase: input.passphrase,
      maxViews: input.maxViews,
      createdAt: now,
      expiresAt,
      creatorId: request.actor?.user.id ?? null,
      notifyOnOpen: input.notifyOnOpen && request.actor !== null,
      recipients,
    },
    auditRow(ports, request, 'secret.created', { type: 'secret', id }, { access: input.access }),
  );
  return { id, expiresAt: new Date(expiresAt).toISOString(), manageToken };
}

/** What the reveal page may show before anything is consumed. Throws `not_found` when the secret is gone. */
export async function getSecretMetadata(ports: AppPorts, id: string): Promise<SecretMetadata> {
  const live = await secretStore(ports.db).findLive(id, ports.clock.now());
  if (!live) throw secretGone();
  return {
    expiresAt: new Date(live.expiresAt).toISOString(),
    viewsLeft: live.viewsLeft,
    access: live.access,
    passphrase: live.passphrase,
    sealed: live.sealed,
    size: live.size,
  };
}

/**
 * Consumes one view of a secret for a caller who proves they hold the link and whom its access rule admits.
 *
 * Throws `not_found` when the secret is gone, `sign_in_required` or `not_for_you` when the access rule refuses
 * the caller (recorded as `secret.denied`), and `claim_mismatch` when the claim is wrong; none consumes anything.
 */
export async function revealSecret(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  claim: string,
): Promise<{ ciphertext: string; viewsLeft: number }> {
  const now = ports.clock.now();
  const store = secretStore(ports.db);
  const claimHash = sha256OfBase64Url(claim);
  const consume = (onlyAccess?: AccessRule) =>
    store.consumeView(
      id,
      claimHash,
      now,
      { userId: request.actor?.user.id ?? null, ip: request.ip, userAgent: request.userAgent },
      (viewsLeft) => auditRow(ports, request, 'secret.opened', { type: 'secret', id }, { viewsLeft }),
      onlyAccess,
    );
  // A `link` secret needs no access check: consume it at once. Anything else (another access rule, a wrong
  // claim, a secret that is gone) takes the same second look, so unknown and used-up ids cost the same.
  let consumed = await consume('link');
  if (!consumed) {
    const live = await store.findLive(id, now);
    if (!live) throw secretGone();
    await assertMayOpen(ports, request, id, live);
    if (live.access !== 'link') consumed = await consume();
  }
  if (!consumed) {
    // Nothing was consumed: a concurrent reveal took the last view, or the claim is wrong.
    if (!(await store.findLive(id, now))) throw secretGone();
    throw new ApiError(
      'claim_mismatch',
      403,
      'The key in this link does not match the secret. Check that the whole link was copied.',
    );
  }
  if (consumed.notifyOnOpen) {
    const by = request.actor
      ? request.actor.user.name
      : `a visitor from ${request.ip ?? 'an unknown address'}`;
    ports.notifier.notify(
      `Hushlink: your link ${id} was opened by ${by}; ${consumed.viewsLeft} view(s) left.`,
    );
  }
  return { ciphertext: consumed.ciphertext, viewsLeft: consumed.viewsLeft };
}

async function assertMayOpen(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  live: LiveSecret,
): Promise<void> {
  if (live.access === 'link') return;
  const deny = async (reason: string, error: ApiError): Promise<never> => {
    await recordAudit(ports, request, 'secret.denied', { type: 'secret', id }, { reason });
    throw error;
  };
  if (!request.actor) {
    await deny(
      'signed_out',
      new ApiError('sign_in_required', 401, 'Sign in with your passkey to open this secret.'),
    );
    return;
  }
  if (live.access === 'people' && !(await secretStore(ports.db).isRecipient(id, request.actor.user.id))) {
    await deny(
      'not_a_recipient',
      new ApiError('not_for_you', 403, 'This secret was shared with other people, not with you.'),
    );
  }
}

/**
 * Revokes a secret: the ciphertext is deleted at once. Allowed with the secret's manage token, or for its
 * creator or an admin. Revoking a secret that is already gone succeeds, so a retried request is harmless.
 */
export async function revokeSecret(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  manageToken: string | null,
): Promise<void> {
  const store = secretStore(ports.db);
  const row = await store.find(id);
  if (!row) throw secretGone();
  if (manageToken !== null) {
    if (!timingSafeEqual(row.manageTokenHash, sha256OfText(manageToken))) {
      throw new ApiError('forbidden', 403, 'This manage token does not belong to this secret.');
    }
  } else {
    const actor = request.actor;
    if (!actor) {
      throw new ApiError(
        'unauthorized',
        401,
        'Send the manage token as "Authorization: Bearer TOKEN", or sign in.',
        {
          'WWW-Authenticate': 'Bearer',
        },
      );
    }
    if (row.creatorId !== actor.user.id && actor.user.role !== 'admin') {
      throw new ApiError('forbidden', 403, 'Only the person who created this link can revoke it.');
    }
  }
  await store.revoke(id, ports.clock.now());
  await recordAudit(ports, request, 'secret.revoked', { type: 'secret', id });
}

/** Revokes every live link of the signed-in account; returns how many. */
export async function revokeAllSecrets(ports: AppPorts, request: RequestInfo, actor: Actor): Promise<number> {
  const ids = await secretStore(ports.db).revokeAllBy(actor.user.id, ports.clock.now());
  for (const id of ids)
    await recordAudit(ports, request, 'secret.revoked', { type: 'secret', id }, { bulk: true });
  return ids.length;
}

/** The signed-in account's links with their state, views and who opened them, newest first. */
export async function listMySecrets(ports: AppPorts, actor: Actor): Promise<MySecret[]> {
  const now = ports.clock.now();
  const entries = await secretStore(ports.db).listBy(actor.user.id, 200);
  const userIds = new Set<string>();
  for (const entry of entries) {
    for (const id of entry.recipients) userIds.add(id);
    for (const view of entry.views) if (view.userId) userIds.add(view.userId);
  }
  const users = userStore(ports.db);
  const people = new Map<string, ReturnType<typeof toPublicUser>>();
  for (const id of userIds) {
    const user = await users.findById(id);
    if (user) people.set(id, toPublicUser(user));
  }
  return entries.map(({ row, views, recipients }) => ({
    id: row.id,
    access: row.access,
    recipients: recipients.flatMap((id) => people.get(id) ?? []),
    state:
      row.revokedAt !== null
        ? 'revoked'
        : row.expiresAt <= now
          ? 'expired'
          : row.viewsLeft === 0
            ? 'used'
            : 'active',
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    maxViews: row.maxViews,
    viewsUsed: views.length,
    viewsLeft: row.revokedAt !== null || row.expiresAt <= now ? 0 : row.viewsLeft,
    notifyOnOpen: row.notifyOnOpen,
    views: views.map((view) => ({
      at: new Date(view.at).toISOString(),
      user: view.userId ? (people.get(view.userId) ?? null) : null,
      ip: view.ip,
      userAgent: view.userAgent,
    })),
  }));
}
