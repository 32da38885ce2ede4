import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import { fromBase64Url } from '../crypto/base64url.ts';
import { type UserRow, userStore } from '../db/user-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit, recordFailedSignIn } from '../services/audit.ts';
import { recordSignInKey } from '../services/passkey-keys.ts';
import { saveChallenge, takeChallenge } from './challenges.ts';

/** Starts a username-less sign-in: any discoverable passkey of this site may answer; user verification required. */
export async function startSignIn(ports: AppPorts) {
  const options = await generateAuthenticationOptions({
    rpID: ports.config.rpId,
    userVerification: 'required',
  });
  const challengeId = await saveChallenge(ports, 'login', options.challenge);
  return { challengeId, options };
}

/**
 * Verifies a sign-in response against its single-use challenge and the stored passkey. Every failure is
 * recorded in the audit log with its reason; a signature counter that did not increase is refused as a
 * possible cloned authenticator. Once verified, a `prfPublicKey` the device derived from this passkey's PRF output
 * is recorded for it (see `recordSignInKey`); an unverified response never changes a key.
 */
export async function finishSignIn(
  ports: AppPorts,
  request: RequestInfo,
  input: { challengeId: string; response: AuthenticationResponseJSON; prfPublicKey?: string | undefined },
): Promise<UserRow> {
  const fail = async (reason: string, userId: string | null, error: ApiError): Promise<never> => {
    await recordFailedSignIn(ports, request, reason, userId);
    throw error;
  };
  const denied = new ApiError('webauthn_failed', 401, 'This passkey could not sign you in.');

  let challenge: Awaited<ReturnType<typeof takeChallenge>>;
  try {
    challenge = await takeChallenge(ports, input.challengeId, 'login');
  } catch (error) {
    return fail('challenge_invalid', null, error as ApiError);
  }
  const users = userStore(ports.db);
  const passkey = await users.findPasskey(input.response.id);
  if (!passkey) return fail('unknown_passkey', null, denied);
  const user = await users.findById(passkey.userId);
  if (!user) return fail('unknown_passkey', null, denied);
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
      response: input.response,
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
  const now = ports.clock.now();
  await users.updatePasskey(passkey.id, {
    counter: newCounter,
    lastUsedAt: now,
    backedUp: credentialBackedUp,
    deviceType: credentialDeviceType,
  });
  await users.update(user.id, { lastSignInAt: now });
  const actorRequest: RequestInfo = { ...request, actor: { user, via: 'session', credentialId: '' } };
  await recordAudit(ports, actorRequest, 'sign_in.succeeded', { type: 'passkey', id: passkey.id });
  await recordSignInKey(ports, actorRequest, passkey, input.prfPublicKey);
  return user;
}
