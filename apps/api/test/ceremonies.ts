import { type Person, postAs, RP_ID, randomIp } from './accounts.ts';
import { BASE_URL } from './api-client.ts';
import { type CreateFlags, type GetOverrides, SoftAuthenticator } from './soft-authenticator.ts';

/** A registration ceremony run to its end, whatever the server answered. */
export interface RegistrationCeremony {
  /** The answer to `/register/verify` (or to `/register/options` when that refused). */
  response: Response;
  authenticator: SoftAuthenticator;
  /** The credential id the authenticator made (empty when the options were refused). */
  credentialId: string;
  ip: string;
}

/**
 * Registers a new account named `name` from a fresh authenticator and IP, as a browser would: options, the
 * authenticator's answer (departing from a well-behaved one as `create` says), verify. Unlike `register` in
 * accounts.ts it never throws on a refusal, so that a test can look at it. `afterOptions` is awaited once the
 * options are answered, before anything else (a barrier, so that parallel ceremonies all start before any ends).
 */
export async function registrationCeremony(
  name: string,
  options: { inviteToken?: string; create?: CreateFlags; afterOptions?: () => Promise<void> } = {},
): Promise<RegistrationCeremony> {
  const authenticator = new SoftAuthenticator(BASE_URL, RP_ID);
  const ip = randomIp();
  const started = await postAs({ cookie: '', ip }, '/api/auth/register/options', {
    name,
    ...(options.inviteToken ? { inviteToken: options.inviteToken } : {}),
  });
  await options.afterOptions?.();
  if (started.status !== 200) return { response: started, authenticator, credentialId: '', ip };
  const { challengeId, options: creationOptions } = (await started.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const created = await authenticator.create(creationOptions, options.create);
  const credentialId = [...authenticator.credentialIds()][0] ?? '';
  const response = await postAs({ cookie: '', ip }, '/api/auth/register/verify', {
    challengeId,
    response: created,
  });
  return { response, authenticator, credentialId, ip };
}

/**
 * A sign-in with `authenticator`'s credential `credentialId`, departing from a well-behaved authenticator as
 * `overrides` says; returns the answer to `/login/verify`.
 */
export async function signInCeremony(
  authenticator: SoftAuthenticator,
  credentialId: string,
  overrides: GetOverrides = {},
  ip = randomIp(),
): Promise<Response> {
  const started = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
  const { challengeId, options } = (await started.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const response = await authenticator.get(options, credentialId, overrides);
  return postAs({ cookie: '', ip }, '/api/auth/login/verify', { challengeId, response });
}

/**
 * A step-up of `person`'s session with their first passkey, departing from a well-behaved authenticator as
 * `overrides` say; returns the answer to `/step-up/verify`.
 */
export async function stepUpCeremony(
  person: Pick<Person, 'cookie' | 'ip' | 'authenticator'>,
  overrides: GetOverrides = {},
): Promise<Response> {
  const started = await postAs(person, '/api/auth/step-up/options', {});
  if (started.status !== 200) throw new Error(`step-up options: ${started.status} ${await started.text()}`);
  const { challengeId, options } = (await started.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const response = await person.authenticator.get(options, undefined, overrides);
  return postAs(person, '/api/auth/step-up/verify', { challengeId, response });
}
