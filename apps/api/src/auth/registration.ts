import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '../crypto/base64url.ts';
import { randomToken } from '../crypto/random-token.ts';
import { parseTokenPair, secretMatches } from '../crypto/token-pair.ts';
import { inviteStore } from '../db/invite-store.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import { assertRoleMayJoin } from '../services/network-policy.ts';
import { keyAuditDetail, recordSigningKey } from '../services/passkey-keys.ts';
import { saveChallenge, takeChallenge } from './challenges.ts';
import { checkNotEmbedded } from './client-data-checks.ts';
import { checkAttestedCredentialId, checkCredentialId } from './credential-id-checks.ts';
import { refuseApiToken, requireFreshStepUp } from './step-up.ts';
import { WebAuthnCheckError } from './webauthn-check-error.ts';

/** What a new account will be, kept with its challenge until the passkey is verified. */
const pendingAccountSchema = z.object({
  name: z.string(),
  displayName: z.string(),
  role: z.enum(['admin', 'member', 'guest']),
  inviteId: z.string().nullable(),
  webauthnUserId: z.string(),
});

type PendingAccount = z.infer<typeof pendingAccountSchema>;

/** The request for registration options, validated by the route. */
export interface RegistrationStart {
  name?: string | undefined;
  displayName?: string | undefined;
  inviteToken?: string | undefined;
}

/**
 * Starts a passkey registration: for the signed-in account (another passkey), or for a new account — the
 * first one (which becomes the admin), one with a valid invite, or anyone when registration is open.
 * Discoverable credentials and user verification are required. Adding a passkey needs a fresh step-up of the
 * session (403 `step_up_required`); an API token is refused (403 `token_not_allowed`).
 */
export async function startRegistration(ports: AppPorts, request: RequestInfo, input: RegistrationStart) {
  refuseApiToken(request.actor);
  if (request.actor) await requireFreshStepUp(ports, request.actor);
  const users = userStore(ports.db);
  const account: UserRow | null = request.actor?.via === 'session' ? request.actor.user : null;
  let pending: PendingAccount | null = null;
  if (!account) {
    pending = await planNewAccount(ports, input);
    await assertRoleMayJoin(ports, request, pending.role);
  }
  const webauthnUserId = account ? account.webauthnUserId : (pending as PendingAccount).webauthnUserId;
  const existing = account ? await users.passkeysOf(account.id) : [];
  const options = await generateRegistrationOptions({
    rpName: ports.config.rpName,
    rpID: ports.config.rpId,
    userName: account?.name ?? pending?.name ?? '',
    userDisplayName: account?.displayName ?? pending?.displayName ?? '',
    userID: fromBase64Url(webauthnUserId),
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.id,
      transports: JSON.parse(passkey.transports),
    })),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    },
  });
  const challengeId = await saveChallenge(ports, 'register', options.challenge, {
    userId: account?.id ?? null,
    pending: pending ? JSON.stringify(pending) : null,
  });
  return { challengeId, options };
}

async function planNewAccount(ports: AppPorts, input: RegistrationStart): Promise<PendingAccount> {
  if (!input.name) throw new ApiError('invalid_request', 400, 'Invalid name: choose a user name.');
  const users = userStore(ports.db);
  let role: PendingAccount['role'] = 'member';
  let inviteId: string | null = null;
  if (!(await users.any())) {
    role = 'admin';
  } else if (input.inviteToken) {
    const invite = await findUsableInvite(ports, input.inviteToken);
    role = invite.role;
    inviteId = invite.id;
  } else if (!ports.config.openRegistration) {
    throw new ApiError(
      'registration_closed',
      403,
      'Registration needs an invite link from someone on this server.',
    );
  }
  if (await users.findByName(input.name)) {
    throw new ApiError('name_taken', 409, 'This user name is taken. Choose another.');
  }
  return {
    name: input.name,
    displayName: input.displayName ?? input.name,
    role,
    inviteId,
    webauthnUserId: randomToken(16),
  };
}

async function findUsableInvite(ports: AppPorts, token: string) {
  const pair = parseTokenPair(token);
  const invite = pair ? await inviteStore(ports.db).findUsable(pair.id, ports.clock.now()) : null;
  if (!pair || !invite || !secretMatches(pair.secret, invite.secretHash)) {
    throw new ApiError('invite_invalid', 400, 'This invite link is invalid, expired or already used.');
  }
  return invite;
}

/**
 * Verifies a registration response against its single-use challenge and stores the passkey: on a new account
 * (returned with `created: true`, the caller starts its session) or on the signed-in account. With `prfPublicKey`
 * (the sealing key the device derived from the new passkey's PRF output) the key is stored with the passkey and
 * recorded as `passkey.key_added`; with `prfSigningKey` (the signing key derived from the same output) likewise, as
 * `passkey.signing_key_added`.
 */
export async function finishRegistration(
  ports: AppPorts,
  request: RequestInfo,
  input: {
    challengeId: string;
    response: unknown;
    passkeyName?: string | undefined;
    prfPublicKey?: string | undefined;
    prfSigningKey?: string | undefined;
  },
): Promise<{ user: UserRow; created: boolean }> {
  refuseApiToken(request.actor);
  const challenge = await takeChallenge(ports, input.challengeId, 'register');
  const response = input.response as RegistrationResponseJSON;
  // What the verifier leaves to the relying party, checked on the response's structure before any crypto.
  const responseId = refuseFailedCheck(() => {
    checkNotEmbedded(response.response?.clientDataJSON);
    return checkCredentialId(response);
  });
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: ports.config.origins,
      expectedRPID: ports.config.rpId,
      requireUserVerification: true,
    });
  } catch {
    throw new ApiError('webauthn_failed', 400, 'The passkey response could not be verified.');
  }
  if (!verification.verified)
    throw new ApiError('webauthn_failed', 400, 'The passkey response could not be verified.');
  const info = verification.registrationInfo;
  refuseFailedCheck(() => checkAttestedCredentialId(responseId, info.credential.id));
  const users = userStore(ports.db);
  if (await users.findPasskey(info.credential.id)) {
    throw new ApiError('webauthn_failed', 409, 'This passkey is already registered.');
  }
  const now = ports.clock.now();
  const passkey = {
    id: info.credential.id,
    name: input.passkeyName ?? defaultPasskeyName(info.credentialDeviceType),
    publicKey: toBase64Url(info.credential.publicKey),
    counter: info.credential.counter,
    transports: JSON.stringify(info.credential.transports ?? []),
    deviceType: info.credentialDeviceType,
    backedUp: info.credentialBackedUp,
    createdAt: now,
    lastUsedAt: null,
    createdIp: request.ip,
    createdUserAgent: request.userAgent,
    prfPublicKey: input.prfPublicKey ?? null,
    prfKeyAddedAt: input.prfPublicKey === undefined ? null : now,
    // Stored by `recordKey`, with its audit event, once the passkey row exists.
    prfSigningKey: null,
    prfSigningKeyAddedAt: null,
  };
  const recordKey = async (actorRequest: RequestInfo) => {
    await recordSigningKey(ports, actorRequest, passkey, input.prfSigningKey);
    if (input.prfPublicKey === undefined) return;
    const target = { type: 'passkey', id: passkey.id } as const;
    await recordAudit(ports, actorRequest, 'passkey.key_added', target, keyAuditDetail(input.prfPublicKey));
  };

  if (challenge.userId) {
    // Only the session that started the ceremony's account, still within its step-up, may finish it.
    if (request.actor?.user.id !== challenge.userId) {
      throw new ApiError('sign_in_required', 401, 'Sign in to the account this passkey is for.');
    }
    await requireFreshStepUp(ports, request.actor);
    const user = await users.findById(challenge.userId);
    if (user?.state !== 'active') throw new ApiError('account_disabled', 403, 'This account is disabled.');
    await users.addPasskey({ ...passkey, userId: user.id });
    await recordAudit(ports, request, 'passkey.added', { type: 'passkey', id: passkey.id });
    await recordKey(request);
    return { user, created: false };
  }

  const pending = pendingAccountSchema.parse(JSON.parse(challenge.pending ?? 'null'));
  const user = await createAccount(ports, request, pending, passkey, now);
  await recordKey({ ...request, actor: { user, via: 'session', credentialId: '' } });
  return { user, created: true };
}

async function createAccount(
  ports: AppPorts,
  request: RequestInfo,
  pending: PendingAccount,
  passkey: Omit<Parameters<ReturnType<typeof userStore>['addPasskey']>[0], 'userId'>,
  now: number,
): Promise<UserRow> {
  const users = userStore(ports.db);
  const id = randomToken(16);
  // A name taken meanwhile is refused before the invite is spent (and again by the insert itself, for a race).
  if (await users.findByName(pending.name)) throw new ApiError('name_taken', 409, 'This user name is taken.');
  if (pending.inviteId && !(await inviteStore(ports.db).use(pending.inviteId, id, now))) {
    throw new ApiError('invite_invalid', 409, 'This invite link was used or expired meanwhile.');
  }
  const user: UserRow = {
    id,
    name: pending.name,
    displayName: pending.displayName,
    role: pending.role,
    state: 'active',
    webauthnUserId: pending.webauthnUserId,
    createdAt: now,
    lastSignInAt: now,
  };
  // The first account's check that no account exists is part of its insert: two first registrations at once
  // both planned an admin, and only one insert can find the table empty.
  const only = user.role === 'admin' ? 'first' : 'any';
  if (!(await users.createWithPasskey(user, { ...passkey, userId: id }, only))) {
    if (only === 'first') {
      throw new ApiError(
        'registration_closed',
        409,
        'The first account already exists. Ask its admin for an invite.',
      );
    }
    // Someone took the name meanwhile: the invite was not spent on an account, so it works again.
    if (pending.inviteId) await inviteStore(ports.db).release(pending.inviteId, id);
    throw new ApiError('name_taken', 409, 'This user name is taken.');
  }
  const actorRequest = { ...request, actor: { user, via: 'session' as const, credentialId: '' } };
  await recordAudit(ports, actorRequest, 'registered', { type: 'user', id }, { role: user.role });
  if (pending.inviteId)
    await recordAudit(ports, actorRequest, 'invite.used', { type: 'invite', id: pending.inviteId });
  return user;
}

/** Runs one of our own WebAuthn checks; a failure is answered 400 `webauthn_failed` naming what was wrong. */
function refuseFailedCheck<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof WebAuthnCheckError) throw new ApiError('webauthn_failed', 400, error.message);
    throw error;
  }
}

function defaultPasskeyName(deviceType: string): string {
  return deviceType === 'multiDevice' ? 'Synced passkey' : 'Device-bound passkey';
}
