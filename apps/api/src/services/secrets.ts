import {
  base64UrlByteLength,
  type CreateSecretResponse,
  DOWNLOAD_GRANT_SECONDS,
  type MySecret,
  maxEnvelopeBytes,
  type RevealResponse,
  type SecretMetadata,
  type SecretSender,
  UPLOAD_IDLE_SECONDS,
  UPLOAD_PART_BYTES,
} from '@hushlink/protocol';
import { StorageFullError } from '../blobs/storage-full.ts';
import { randomToken } from '../crypto/random-token.ts';
import { sha256OfBase64Url, sha256OfText } from '../crypto/sha256.ts';
import { passkeyKeyStore } from '../db/passkey-key-store.ts';
import { type AccessRule, type LiveSecret, secretStore } from '../db/secret-store.ts';
import { userStore } from '../db/user-store.ts';
import { ApiError, secretGone, storageFull } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { accessRefusal, assertMayOpen } from './access-rule.ts';
import { auditRow, recordAudit } from './audit.ts';
import { liveCliSigningPublicKeys } from './cli-signing-keys.ts';
import { assertMayCreateSecret } from './creation-policy.ts';
import { assertOpensFromHere, linkNetworksOf, storedRanges } from './link-networks.ts';
import { assertManageToken } from './manage-token.ts';
import { blobKey, discardBlobLater } from './secret-blobs.ts';
import { secretStateOf } from './secret-state.ts';
import { isSendersOwnOpening, openAsSender } from './sender-opening.ts';
import { partCount } from './uploads.ts';
import { toPublicUser } from './users.ts';

/**
 * A validated request to store a secret (`createSecretRequestSchema` after defaults): exactly one of `ciphertext`
 * and `upload`, and a `claimHash` exactly when it is not sealed.
 */
export interface NewSecret {
  ciphertext?: string | undefined;
  upload?: { size: number } | undefined;
  expiresIn: number;
  maxViews: number;
  access: AccessRule;
  recipients: string[];
  passphrase: boolean;
  sealed: boolean;
  notifyOnOpen: boolean;
  claimHash?: string | undefined;
  allowedRanges?: string[] | undefined;
  allowedNetworks?: string[] | undefined;
}

/**
 * Stores a client-encrypted secret and returns its id and the manage token, which is shown once and kept only
 * as a SHA-256. `people` recipients must be active accounts. For an `upload`, the blob store's multipart upload
 * is started and the answer says how to send the parts; nothing is served until the upload completes.
 *
 * Throws `too_large` (413) for an envelope over `MAX_SECRET_BYTES`, `unknown_user` for a recipient without an
 * active account, and what `assertMayCreateSecret` throws.
 */
export async function createSecret(
  ports: AppPorts,
  request: RequestInfo,
  input: NewSecret,
): Promise<CreateSecretResponse> {
  assertMayCreateSecret(ports.config, request.actor, input.access);
  const { allowedRanges, allowedNetworks } = await linkNetworksOf(ports, request, input);
  const size = input.upload?.size ?? base64UrlByteLength(input.ciphertext ?? '') ?? 0;
  const limit = ports.config.maxSecretBytes;
  if (size > maxEnvelopeBytes(limit)) {
    throw new ApiError(
      'too_large',
      413,
      `This secret is ${describeBytes(size)} encrypted; this server stores secrets of at most ${describeBytes(limit)} (before encryption).`,
    );
  }
  const recipients = [...new Set(input.recipients)];
  const active = await userStore(ports.db).activeIds(recipients);
  if (active.size !== recipients.length) {
    throw new ApiError('unknown_user', 400, 'One of the named people has no active account on this server.');
  }
  const now = ports.clock.now();
  const id = randomToken(16);
  const manageToken = randomToken(32);
  const expiresAt = now + input.expiresIn * 1000;
  const upload = input.upload
    ? {
        uploadId: await ports.blobs.createMultipartUpload(blobKey(id)).catch((error: unknown) => {
          throw error instanceof StorageFullError ? storageFull('the upload could not be started') : error;
        }),
        idleUntil: now + UPLOAD_IDLE_SECONDS * 1000,
      }
    : null;
  const storage = upload ? 'upload' : 'inline';
  try {
    await secretStore(ports.db).insert(
      {
        id,
        ciphertext: input.ciphertext ?? null,
        upload,
        size,
        claimHash: input.claimHash ?? null,
        manageTokenHash: sha256OfText(manageToken),
        access: input.access,
        passphrase: input.passphrase,
        sealed: input.sealed,
        maxViews: input.maxViews,
        createdAt: now,
        expiresAt,
        creatorId: request.actor?.user.id ?? null,
        notifyOnOpen: input.notifyOnOpen && request.actor !== null,
        recipients,
        allowedRanges,
        allowedNetworks,
      },
      auditRow(
        ports,
        request,
        'secret.created',
        { type: 'secret', id },
        {
          access: input.access,
          storage,
          sealed: input.sealed,
          ...(allowedRanges ? { allowedRanges: allowedRanges.join(' ') } : {}),
          ...(allowedNetworks ? { allowedNetworks: allowedNetworks.join(', ') } : {}),
        },
      ),
    );
  } catch (error) {
    if (upload) await ports.blobs.abortMultipartUpload(blobKey(id), upload.uploadId).catch(() => undefined);
    throw error;
  }
  return {
    id,
    expiresAt: new Date(expiresAt).toISOString(),
    manageToken,
    ...(upload ? { upload: { partBytes: UPLOAD_PART_BYTES, parts: partCount(size) } } : {}),
  };
}

/** A size for people: `12.5 MiB`, `1 GiB`. */
function describeBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/**
 * What the reveal page may show before anything is consumed. Throws `not_found` when the secret is gone, and what
 * `assertOpensFromHere` throws for a link limited to other networks. The sender
 * of a sealed secret is named only to its creator and its named recipients (whoever holds only the id learns
 * nothing of who sent what to whom). A signed-in caller is told whether the access rule admits them (`forYou`), so
 * the page can say "Not for you" before asking for a passkey; the rule is public, and whether one is named
 * concerns only oneself.
 */
export async function getSecretMetadata(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
): Promise<SecretMetadata> {
  const live = await secretStore(ports.db).findLive(id, ports.clock.now());
  if (!live) throw secretGone();
  await assertOpensFromHere(ports, request, id, live.allowedRanges);
  const actor = request.actor;
  const sender = live.sealed && actor ? await sealedSender(ports, actor, id, live) : null;
  const forYou = actor ? (await accessRefusal(ports, actor, id, live.access)) === null : undefined;
  return {
    expiresAt: new Date(live.expiresAt).toISOString(),
    viewsLeft: live.viewsLeft,
    access: live.access,
    passphrase: live.passphrase,
    sealed: live.sealed,
    size: live.size,
    storage: live.storage,
    sender,
    ...(forYou === undefined ? {} : { forYou }),
  };
}

/**
 * Who sealed a live sealed secret, for `actor` when they created it or are among its recipients: its creator, or,
 * for an answer to a request (whose creator is the requester), whoever answered it signed in; with their signing
 * keys. Null otherwise, and for an account no longer active (whose keys no longer vouch for anything).
 */
async function sealedSender(
  ports: AppPorts,
  actor: Actor,
  id: string,
  live: LiveSecret,
): Promise<SecretSender | null> {
  const mayKnow =
    actor.user.id === live.creatorId || (await secretStore(ports.db).isRecipient(id, actor.user.id));
  const senderId = live.requestId === null ? live.creatorId : live.answererId;
  if (!mayKnow || senderId === null) return null;
  const sender = await userStore(ports.db).findById(senderId);
  if (sender?.state !== 'active') return null;
  const passkeyKeys = await passkeyKeyStore(ports.db).keysOf(sender.id);
  const keys = [
    ...passkeyKeys.flatMap((key) =>
      key.signingKey === null ? [] : [{ publicKey: key.signingKey, addedAt: key.signingKeyAddedAt ?? 0 }],
    ),
    // With the command line's keys (`hushlink login`), which count while their token does.
    ...(await liveCliSigningPublicKeys(ports, sender.id)),
  ].slice(0, 1000);
  return {
    id: sender.id,
    name: sender.name,
    displayName: sender.displayName,
    signingKeys: keys.map((key) => key.publicKey),
    // A secret made once its sender had a signing key must be signed; one made before (a v2 link already sent, or
    // an unsigned v3 from before they had any key) still opens, marked as not verified.
    signatureRequired: keys.some((key) => key.addedAt <= live.createdAt),
  };
}

/**
 * Consumes one view of a secret for a caller who proves they hold the link (the `claim`; none for a sealed
 * secret, whose link has no key) and whom its access rule admits. An inline secret answers with its envelope;
 * an uploaded one with a download grant (see `openDownload`): the view is consumed here, at the reveal, and the
 * grant lets the same page download and resume for `DOWNLOAD_GRANT_SECONDS`. The sender opening their own sealed
 * (inline) secret consumes nothing (`openAsSender`).
 *
 * Throws `not_found` when the secret is gone; `claim_required` (400) without a claim for a secret that is not
 * sealed, and `invalid_request` (400) with one for a sealed secret; `network_not_allowed` from outside the link's
 * networks, `sign_in_required` or `not_for_you` when the access rule refuses the caller (each recorded as
 * `secret.denied`); `claim_mismatch` when the claim is wrong. None consumes anything.
 */
export async function revealSecret(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  claim: string | undefined,
): Promise<RevealResponse> {
  const now = ports.clock.now();
  const store = secretStore(ports.db);
  const claimHash = claim === undefined ? null : sha256OfBase64Url(claim);
  // Made before we know the storage, so that the grant is stored with the view it comes from.
  const grantToken = randomToken(32);
  const grant = {
    id: randomToken(16),
    tokenHash: sha256OfText(grantToken),
    expiresAt: now + DOWNLOAD_GRANT_SECONDS * 1000,
  };
  const consume = (onlyAccess?: AccessRule) =>
    store.consumeView(
      id,
      claimHash,
      now,
      { userId: request.actor?.user.id ?? null, ip: request.ip, userAgent: request.userAgent },
      // Its detail, `{"viewsLeft":N}`, is written by the statement that records it.
      auditRow(ports, request, 'secret.opened', { type: 'secret', id }),
      onlyAccess ? { onlyAccess, grant } : { grant },
    );
  // A `link` secret not limited to networks needs no check: consume it at once. Anything else (another access
  // rule, networks, a wrong claim, a sealed secret, a secret that is gone) takes the same second look, so unknown
  // and used-up ids cost the same.
  let consumed = claimHash === null ? null : await consume('link');
  if (!consumed) {
    const live = await store.findLive(id, now);
    if (!live) throw secretGone();
    if (live.sealed && claimHash !== null) {
      throw new ApiError(
        'invalid_request',
        400,
        "This secret is sealed to its recipients' passkeys; reveal it without a claim.",
      );
    }
    if (!live.sealed && claimHash === null) {
      throw new ApiError(
        'claim_required',
        400,
        "Send the claim derived from the link's key to reveal this secret. Check that the whole link was copied.",
      );
    }
    await assertOpensFromHere(ports, request, id, live.allowedRanges);
    await assertMayOpen(ports, request, id, live.access);
    if (isSendersOwnOpening(request.actor, live)) {
      const own = await openAsSender(ports, request, id, now);
      if (!own) throw secretGone();
      return own;
    }
    if (live.access !== 'link' || live.allowedRanges !== null) consumed = await consume();
  }
  if (!consumed) {
    // Nothing was consumed: a concurrent reveal took the last view, or the claim is wrong.
    if (claimHash === null || !(await store.findLive(id, now))) throw secretGone();
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
  if (consumed.storage === 'upload' || consumed.ciphertext === null) {
    return {
      download: {
        token: grantToken,
        size: consumed.size,
        expiresAt: new Date(grant.expiresAt).toISOString(),
      },
      viewsLeft: consumed.viewsLeft,
    };
  }
  return { ciphertext: consumed.ciphertext, viewsLeft: consumed.viewsLeft };
}

/**
 * Revokes a secret: the ciphertext is deleted at once, an upload in progress is aborted and a blob deleted (with
 * its parts and download grants; should the blob store fail, the purge finishes the job). Allowed with the secret's manage token, or for its
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
    assertManageToken(row, manageToken);
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
  const revoked = await store.revoke(id, ports.clock.now());
  if (revoked) await discardBlobLater(ports, revoked);
  await recordAudit(ports, request, 'secret.revoked', { type: 'secret', id });
}

/**
 * Revokes every link of the signed-in account that still holds an envelope (blobs and uploads included, as
 * `revokeSecret` does); returns how many.
 */
export async function revokeAllSecrets(ports: AppPorts, request: RequestInfo, actor: Actor): Promise<number> {
  const revoked = await secretStore(ports.db).revokeAllBy(actor.user.id, ports.clock.now());
  for (const secret of revoked) {
    await discardBlobLater(ports, secret);
    await recordAudit(ports, request, 'secret.revoked', { type: 'secret', id: secret.id }, { bulk: true });
  }
  return revoked.length;
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
    state: secretStateOf(row, now),
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    maxViews: row.maxViews,
    viewsUsed: views.length,
    viewsLeft: row.revokedAt !== null || row.expiresAt <= now ? 0 : row.viewsLeft,
    notifyOnOpen: row.notifyOnOpen,
    allowedRanges: storedRanges(row.allowedRanges),
    allowedNetworks: storedRanges(row.allowedNetworks),
    views: views.map((view) => ({
      at: new Date(view.at).toISOString(),
      user: view.userId ? (people.get(view.userId) ?? null) : null,
      ip: view.ip,
      userAgent: view.userAgent,
    })),
  }));
}
