import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import type { UserRow } from '../db/user-store.ts';
import { userStore } from '../db/user-store.ts';
import type { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import type { RequestInfo } from '../request-info.ts';
import { recordAudit, recordFailedSignIn } from '../services/audit.ts';
import { assertRoleMayConnect } from '../services/network-policy.ts';
import { recordSignInKey, recordSigningKey } from '../services/passkey-keys.ts';
import { saveChallenge, takeChallenge } from './challenges.ts';
import { verifyAssertion } from './verify-assertion.ts';

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
 * Verifies a sign-in response against its single-use challenge and the stored passkey (see `verifyAssertion`:
 * every failure is recorded in the audit log with its reason). Once verified, a `prfPublicKey` the device derived
 * from this passkey's PRF output is recorded for it (see `recordSignInKey`), and so is its signing key; an unverified response never changes
 * a key. A verified sign-in from outside the networks the account's role may connect from is refused
 * (`assertRoleMayConnect`).
 */
export async function finishSignIn(
  ports: AppPorts,
  request: RequestInfo,
  input: {
    challengeId: string;
    response: AuthenticationResponseJSON;
    prfPublicKey?: string | undefined;
    prfSigningKey?: string | undefined;
  },
): Promise<UserRow> {
  let challenge: Awaited<ReturnType<typeof takeChallenge>>;
  try {
    challenge = await takeChallenge(ports, input.challengeId, 'login');
  } catch (error) {
    await recordFailedSignIn(ports, request, 'challenge_invalid', null);
    throw error as ApiError;
  }
  const { user, passkey } = await verifyAssertion(ports, request, challenge, input.response);
  await assertRoleMayConnect(ports, request, user, 'sign_in');
  const now = ports.clock.now();
  await userStore(ports.db).update(user.id, { lastSignInAt: now });
  const actorRequest: RequestInfo = { ...request, actor: { user, via: 'session', credentialId: '' } };
  await recordAudit(ports, actorRequest, 'sign_in.succeeded', { type: 'passkey', id: passkey.id });
  await recordSignInKey(ports, actorRequest, passkey, input.prfPublicKey);
  await recordSigningKey(ports, actorRequest, passkey, input.prfSigningKey);
  return user;
}
