import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { fromBase64Url } from '../crypto/base64url.ts';
import type { ChallengeRow } from '../db/challenge-store.ts';
import { type PasskeyRow, type UserRow, userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit, recordFailedSignIn } from '../services/audit.ts';
import { checkNotEmbedded } from './client-data-checks.ts';
import { checkCredentialId } from './credential-id-checks.ts';
import { checkUserHandle } from './user-handle-check.ts';
import { WebAuthnCheckError } from './webauthn-check-error.ts';

/** What a verified assertion proved: the account and the passkey that signed. */
export interface VerifiedAssertion {
  user: UserRow;
  passkey: PasskeyRow;
}

/**
 * Verifies a WebAuthn assertion (a sign-in, or a step-up of a signed-in session) against its already-taken
 * challenge and the stored passkey, with user verification required, and records the passkey's new counter and
 * last use. Every failure is recorded in the audit log with its reason and answered 401 `webauthn_failed` (403
 * `account_disabled` for a disabled account); a signature counter that did not increase is refused as a possible
 * cloned authenticator. `expectedUserId`, for a step-up, refuses a passkey of any other account.
 *
 * Before the verifier runs, the steps it leaves to us: client data from a page embedded in another site is refused
 * (`crossOrigin`, `topOrigin`), `id` and `rawId` must be one canonical credential id of at most 1,023 bytes, and the
 * user handle must be that of the passkey's account — required on a sign-in (discoverable, no credential named),
 * optional on a step-up (`expectedUserId`, whose options named the account's credentials).
 */
export async function verifyAssertion(
  ports: AppPorts,
  request: RequestInfo,
  challenge: ChallengeRow,
  response: AuthenticationResponseJSON,
  expectedUserId: string | null = null,
): Promise<VerifiedAssertion> {
  const fail = async (reason: string, userId: string | null, error: ApiError): Promise<never> => {
    await recordFailedSignIn(ports, request, reason, userId);
    throw error;
  };
  const denied = new ApiError('webauthn_failed', 401, 'This passkey could not sign you in.');
  const checked = async <T>(check: () => T, userId: string | null): Promise<T> => {
    try {
      return check();
    } catch (error) {
      if (error instanceof WebAuthnCheckError) return fail(error.reason, userId, denied);
      throw error;
    }
  };

  const credentialId = await checked(() => {
    checkNotEmbedded(response.response?.clientDataJSON);
    return checkCredentialId(response);
  }, expectedUserId);
  const users = userStore(ports.db);
  const passkey = await users.findPasskey(credentialId);
  if (!passkey) return fail('unknown_passkey', expectedUserId, denied);
  if (expectedUserId !== null && passkey.userId !== expectedUserId) {
    return fail('other_account', expectedUserId, denied);
  }
  const user = await users.findById(passkey.userId);
  if (!user) return fail('unknown_passkey', null, denied);
  await checked(
    () => checkUserHandle(response.response?.userHandle, user.webauthnUserId, expectedUserId === null),
    user.id,
  );
  if (user.state !== 'active') {
    return fail(
      'account_disabled',
      user.id,
      new ApiError('account_disabled', 403, 'This account is disabled.'),
    );
  }

  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: ports.config.origins,
      expectedRPID: ports.config.rpId,
      // The counter is checked below, so that a regression is recorded as such.
      credential: { id: passkey.id, publicKey: fromBase64Url(passkey.publicKey), counter: 0 },
      requireUserVerification: true,
    });
  } catch {
    return fail('verification_failed', user.id, denied);
  }
  if (!verification.verified) return fail('verification_failed', user.id, denied);

  const { newCounter, credentialBackedUp, credentialDeviceType } = verification.authenticationInfo;
  if ((passkey.counter > 0 || newCounter > 0) && newCounter <= passkey.counter) {
    await recordAudit(
      ports,
      request,
      'passkey.counter_regressed',
      { type: 'passkey', id: passkey.id },
      {
        stored: passkey.counter,
        presented: newCounter,
      },
    );
    return fail('counter_regressed', user.id, denied);
  }
  await users.updatePasskey(passkey.id, {
    counter: newCounter,
    lastUsedAt: ports.clock.now(),
    backedUp: credentialBackedUp,
    deviceType: credentialDeviceType,
  });
  return { user, passkey };
}
