import {
  base64UrlByteLength,
  type MyRequest,
  type RecipientKey,
  type RequestInfo as RequestInfoBody,
  recipientKeySchema,
} from '@hushlink/protocol';
import { z } from 'zod';
import { randomToken } from '../crypto/random-token.ts';
import { sha256OfText } from '../crypto/sha256.ts';
import { passkeyKeyStore } from '../db/passkey-key-store.ts';
import { type RequestRow, requestStore } from '../db/request-store.ts';
import { userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { auditRow, recordAudit } from './audit.ts';
import { toRecipientKey } from './passkey-keys.ts';
import { requestAnswers } from './request-answers.ts';
import { toPublicUser } from './users.ts';

/** However soon its request expires, an answer stays at least this long for the requester to open it (1 hour). */
export const MIN_ANSWER_LIFETIME_MS = 60 * 60 * 1000;

/** How many of my requests `GET /api/requests` lists. */
const LIST_LIMIT = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

const storedKeysSchema = z.array(recipientKeySchema);

/** One answer for unknown, answered, expired and revoked requests (and a disabled requester's), so none can be told apart. */
export function requestGone(): ApiError {
  return new ApiError(
    'request_gone',
    404,
    'This request does not exist, has expired, or was already answered or withdrawn.',
  );
}

/**
 * Creates a request for a secret, sealed to the requester's PRF keys as they are now (the keys are stored with the
 * request and go into its link).
 *
 * @throws ApiError `no_keys` (409) when none of the requester's passkeys has a sealing key: they could not open
 * the answer.
 */
export async function createRequest(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
  input: { note: string; expiresIn: number },
): Promise<MyRequest> {
  const keys = (await passkeyKeyStore(ports.db).keysOf(actor.user.id)).map(toRecipientKey);
  if (keys.length === 0) {
    throw new ApiError(
      'no_keys',
      409,
      'None of your passkeys can receive sealed secrets. Sign in with a passkey that supports PRF first.',
    );
  }
  const now = ports.clock.now();
  const row: RequestRow = {
    id: randomToken(16),
    requesterId: actor.user.id,
    note: input.note,
    keys: JSON.stringify(keys),
    createdAt: now,
    expiresAt: now + input.expiresIn * 1000,
    answeredAt: null,
    secretId: null,
    revokedAt: null,
  };
  await requestStore(ports.db).insert(
    row,
    auditRow(ports, request, 'request.created', { type: 'request', id: row.id }, { keys: keys.length }),
  );
  return toMyRequest(row, now);
}

/** The signed-in account's requests with their state, newest first. */
export async function listMyRequests(ports: AppPorts, actor: Actor): Promise<MyRequest[]> {
  const now = ports.clock.now();
  const rows = await requestStore(ports.db).listBy(actor.user.id, LIST_LIMIT);
  const answers = await requestAnswers(ports, rows, now);
  return rows.map((row) => ({
    ...toMyRequest(row, now),
    answer: row.secretId === null ? null : (answers.get(row.secretId) ?? null),
  }));
}

/**
 * What the answering page shows: the note, who asks and the keys to seal to.
 *
 * @throws ApiError `request_gone` (404) unless the request is open.
 */
export async function getRequestInfo(ports: AppPorts, id: string): Promise<RequestInfoBody> {
  const row = await requestStore(ports.db).findOpen(id, ports.clock.now());
  const requester = row ? await userStore(ports.db).findById(row.requesterId) : null;
  if (!row || requester?.state !== 'active') throw requestGone();
  return {
    id: row.id,
    note: row.note,
    requester: toPublicUser(requester),
    expiresAt: new Date(row.expiresAt).toISOString(),
    keys: keysOf(row),
  };
}

/**
 * Answers an open request, once, for anyone holding its link (signed in or not): the sealed envelope becomes a
 * sealed `people` secret for the requester alone (see `requestStore.answer`), and the requester is notified.
 *
 * @throws ApiError `request_gone` (404) when the request is not open, including when a concurrent answer won.
 */
export async function answerRequest(
  ports: AppPorts,
  request: RequestInfo,
  id: string,
  ciphertext: string,
): Promise<{ secretId: string }> {
  const now = ports.clock.now();
  const secretId = randomToken(16);
  const answered = await requestStore(ports.db).answer(
    id,
    {
      id: secretId,
      ciphertext,
      size: base64UrlByteLength(ciphertext) ?? 0,
      // Nobody holds this token: the requester revokes the answer as its creator, signed in.
      manageTokenHash: sha256OfText(randomToken(32)),
      minExpiresAt: now + MIN_ANSWER_LIFETIME_MS,
      answererId: request.actor?.user.id ?? null,
    },
    now,
    auditRow(ports, request, 'request.answered', { type: 'request', id }, { secretId }),
  );
  if (!answered) throw requestGone();
  const requester = await userStore(ports.db).findById(answered.requesterId);
  ports.notifier.notify(
    `Hushlink: ${requester ? requester.name : 'someone'}, your request ${id} was answered; open secret ${secretId} from your dashboard.`,
  );
  return { secretId };
}

/**
 * Withdraws one of my open requests; its link stops working. Withdrawing one already withdrawn or expired succeeds,
 * so a retried request is harmless.
 *
 * @throws ApiError `request_gone` (404) for an unknown id, `forbidden` (403) for another person's request,
 * `request_gone` (409) when it was already answered (revoke its secret instead).
 */
export async function revokeRequest(
  ports: AppPorts,
  request: RequestInfo,
  actor: Actor,
  id: string,
): Promise<void> {
  const store = requestStore(ports.db);
  const row = await store.find(id);
  if (!row) throw requestGone();
  if (row.requesterId !== actor.user.id) {
    throw new ApiError('forbidden', 403, 'Only the person who asked can withdraw this request.');
  }
  if (row.answeredAt !== null) {
    throw new ApiError(
      'request_gone',
      409,
      'This request was already answered. Revoke the secret that answered it instead.',
    );
  }
  if (await store.revoke(id, actor.user.id, ports.clock.now())) {
    await recordAudit(ports, request, 'request.revoked', { type: 'request', id });
  } else if ((await store.find(id))?.answeredAt) {
    // An answer arrived between the two reads.
    throw new ApiError('request_gone', 409, 'This request was answered meanwhile.');
  }
}

/**
 * Deletes requests that expired longer ago than the audit retention; until then their requester still sees them.
 * Returns how many.
 */
export async function purgeOldRequests(ports: AppPorts): Promise<number> {
  const before = ports.clock.now() - ports.config.auditRetentionDays * DAY_MS;
  return requestStore(ports.db).purgeExpiredBefore(before);
}

function keysOf(row: RequestRow): RecipientKey[] {
  return storedKeysSchema.parse(JSON.parse(row.keys));
}

function toMyRequest(row: RequestRow, now: number): MyRequest {
  return {
    id: row.id,
    note: row.note,
    state:
      row.answeredAt !== null
        ? 'answered'
        : row.revokedAt !== null
          ? 'revoked'
          : row.expiresAt <= now
            ? 'expired'
            : 'open',
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: new Date(row.expiresAt).toISOString(),
    answeredAt: row.answeredAt === null ? null : new Date(row.answeredAt).toISOString(),
    secretId: row.secretId,
    keys: keysOf(row),
  };
}
