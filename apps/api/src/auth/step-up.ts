import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { sessionStore } from '../db/session-store.ts';
import { userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { Actor, RequestInfo } from '../request-info.ts';
import { recordAudit } from '../services/audit.ts';
import { saveChallenge, takeChallenge } from './challenges.ts';
import { verifyAssertion } from './verify-assertion.ts';

/**
 * How long a step-up lets a session add or remove a passkey or create an API token: long enough for one task on
 * the Account page, short enough that a session cookie stolen later is not enough.
 */
export const STEP_UP_TTL_MS = 5 * 60 * 1000;

/**
 * Refuses a request made with an API token (403 `token_not_allowed`). A token must never lead to a longer-lived
 * credential: it cannot create tokens or change passkeys, whatever its age.
 */
export function refuseApiToken(actor: Actor | null): void {
  if (actor?.via === 'token') {
    throw new ApiError(
      'token_not_allowed',
      403,
      'API tokens cannot create tokens or invites, or change passkeys; use the web page.',
    );
  }
}

/**
 * Lets a sensitive action (adding or removing a passkey, creating an API token, an admin's destructive change)
 * through only for a session that made a fresh passkey assertion with user verification (a step-up) in the last
 * `STEP_UP_TTL_MS`. Signing in does not count, so a stolen cookie of a fresh session is not enough.
 *
 * @throws ApiError 401 `sign_in_required` without an actor, 403 `token_not_allowed` for an API token, 403
 * `step_up_required` for a session without a recent step-up.
 */
export async function requireFreshStepUp(ports: AppPorts, actor: Actor | null): Promise<Actor> {
  const signedIn = sessionActor(actor);
  const session = await sessionStore(ports.db).find(signedIn.credentialId);
  const steppedUpAt = session?.userId === signedIn.user.id ? session.steppedUpAt : null;
  if (steppedUpAt === null || steppedUpAt <= ports.clock.now() - STEP_UP_TTL_MS) {
    throw new ApiError(
      'step_up_required',
      403,
      'Confirm with your passkey first: this action needs a passkey check from the last 5 minutes.',
    );
  }
  return signedIn;
}

/**
 * The caller if signed in with a session cookie; 401 `sign_in_required` when anonymous (as `requireActor` answers,
 * which this module does not import: the token and session modules it would pull in import this one), 403
 * `token_not_allowed` for an API token. A step-up belongs to a session, never to a token.
 */
function sessionActor(actor: Actor | null): Actor {
  if (!actor) throw new ApiError('sign_in_required', 401, 'Sign in with your passkey first.');
  refuseApiToken(actor);
  return actor;
}

/**
 * Starts a step-up of the signed-in session: an assertion by one of the account's own passkeys
 * (`allowCredentials`), with user verification required. The challenge is bound to the account.
 */
export async function startStepUp(ports: AppPorts, request: RequestInfo) {
  const actor = sessionActor(request.actor);
  const passkeys = await userStore(ports.db).passkeysOf(actor.user.id);
  const options = await generateAuthenticationOptions({
    rpID: ports.config.rpId,
    userVerification: 'required',
    allowCredentials: passkeys.map((passkey) => ({
      id: passkey.id,
      transports: JSON.parse(passkey.transports),
    })),
  });
  const challengeId = await saveChallenge(ports, 'step_up', options.challenge, {
    userId: actor.user.id,
    pending: null,
  });
  return { challengeId, options };
}

/**
 * Verifies a step-up: the single-use `step_up` challenge must have been issued to this account, and the assertion
 * must come from one of its passkeys (see `verifyAssertion`, which records each failure). Records `stepped_up_at`
 * on the session and the audit event `session.stepped_up`; returns until when the step-up counts.
 *
 * @throws ApiError 400 `challenge_invalid` for an unknown, used, expired or another account's challenge; 401
 * `webauthn_failed` for an assertion that does not verify or comes from another account's passkey.
 */
export async function finishStepUp(
  ports: AppPorts,
  request: RequestInfo,
  input: { challengeId: string; response: AuthenticationResponseJSON },
): Promise<{ steppedUpUntil: number }> {
  const actor = sessionActor(request.actor);
  const challenge = await takeChallenge(ports, input.challengeId, 'step_up');
  if (challenge.userId !== actor.user.id) {
    throw new ApiError('challenge_invalid', 400, 'This passkey check was started by another account.');
  }
  const { passkey } = await verifyAssertion(ports, request, challenge, input.response, actor.user.id);
  const now = ports.clock.now();
  await sessionStore(ports.db).stepUp(actor.credentialId, now);
  await recordAudit(
    ports,
    request,
    'session.stepped_up',
    { type: 'session', id: actor.credentialId },
    { passkey: passkey.id },
  );
  return { steppedUpUntil: now + STEP_UP_TTL_MS };
}
