import { api, BASE_URL, b64url, errorCode, randomBytes } from './api-client.ts';
import { SoftAuthenticator } from './soft-authenticator.ts';

/** A person in a test: their account, passkey authenticator, session cookie and IP address. */
export interface Person {
  id: string;
  name: string;
  role: string;
  authenticator: SoftAuthenticator;
  cookie: string;
  ip: string;
}

/** The RP ID the tests configure (vitest.config.ts). */
export const RP_ID = 'hushlink.test';

/** A random IP per person, so per-IP rate limits do not couple unrelated tests. */
export function randomIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

/** Sends a request as `person` (session cookie, their IP, and this site's Origin). */
export function as(
  person: Pick<Person, 'cookie' | 'ip'> | null,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('Origin')) headers.set('Origin', BASE_URL);
  if (person) {
    headers.set('Cookie', person.cookie);
    headers.set('CF-Connecting-IP', person.ip);
  } else if (!headers.has('CF-Connecting-IP')) {
    headers.set('CF-Connecting-IP', randomIp());
  }
  if (init.body !== undefined && !headers.has('Content-Type'))
    headers.set('Content-Type', 'application/json');
  return api(path, { ...init, headers });
}

/** POSTs JSON as `person`. */
export function postAs(
  person: Pick<Person, 'cookie' | 'ip'> | null,
  path: string,
  body: unknown,
): Promise<Response> {
  return as(person, path, { method: 'POST', body: JSON.stringify(body) });
}

/** The session cookie (`name=value`) a response sets, or throws. */
export function sessionCookieOf(response: Response): string {
  const header = response.headers.get('Set-Cookie') ?? '';
  const match = /(__Host-hushlink_session=[^;]+)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return match[1];
}

/**
 * Registers a new account with a passkey (the first becomes admin; later ones need `inviteToken`). With `prf`, the
 * page is one whose authenticator answered the PRF extension: it sends the passkey's sealing key.
 */
export async function register(
  name: string,
  inviteToken?: string,
  flags: { prf?: boolean } = {},
): Promise<Person> {
  const authenticator = new SoftAuthenticator(BASE_URL, RP_ID);
  const ip = randomIp();
  const optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/register/options', {
    name,
    ...(inviteToken ? { inviteToken } : {}),
  });
  if (optionsResponse.status !== 200)
    throw new Error(`options: ${optionsResponse.status} ${await optionsResponse.text()}`);
  const { challengeId, options } = (await optionsResponse.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const response = await authenticator.create(options);
  const prfPublicKey = flags.prf ? { prfPublicKey: authenticator.prfPublicKey(response.id) } : {};
  const verify = await postAs({ cookie: '', ip }, '/api/auth/register/verify', {
    challengeId,
    response,
    ...prfPublicKey,
  });
  if (verify.status !== 201) throw new Error(`verify: ${verify.status} ${await verify.text()}`);
  const { user } = (await verify.json()) as { user: { id: string; role: string } };
  return { id: user.id, name, role: user.role, authenticator, cookie: sessionCookieOf(verify), ip };
}

/**
 * Signs in again with the person's passkey; returns the new session cookie (or the failing response). `extra`
 * adds fields to the verify body (a `prfPublicKey`, a `prfSigningKey`); `clientExtensionResults` replaces the
 * response's.
 */
export async function signIn(
  person: Person,
  credentialId?: string,
  extra: {
    prfPublicKey?: string;
    prfSigningKey?: string;
    clientExtensionResults?: Record<string, unknown>;
  } = {},
): Promise<Response> {
  const optionsResponse = await postAs({ cookie: '', ip: person.ip }, '/api/auth/login/options', {});
  const { challengeId, options } = (await optionsResponse.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const { clientExtensionResults, ...fields } = extra;
  const response = await person.authenticator.get(
    options,
    credentialId,
    clientExtensionResults ? { clientExtensionResults } : {},
  );
  return postAs({ cookie: '', ip: person.ip }, '/api/auth/login/verify', {
    challengeId,
    response,
    ...fields,
  });
}

/**
 * Steps up the person's session (`Pick` of a person: a cookie other than their own works too) with a fresh
 * assertion of their passkey `credentialId` (the first when omitted); returns the verify response, which the
 * caller checks. The step-up lets that session add or remove a passkey or create a token for 5 minutes.
 */
export async function tryStepUp(
  person: Pick<Person, 'cookie' | 'ip' | 'authenticator'>,
  credentialId?: string,
): Promise<Response> {
  const optionsResponse = await postAs(person, '/api/auth/step-up/options', {});
  if (optionsResponse.status !== 200)
    throw new Error(`step-up options: ${optionsResponse.status} ${await optionsResponse.text()}`);
  const { challengeId, options } = (await optionsResponse.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const response = await person.authenticator.get(options, credentialId);
  return postAs(person, '/api/auth/step-up/verify', { challengeId, response });
}

/** Steps up the person's session (see `tryStepUp`), or throws; returns until when it counts. */
export async function stepUp(
  person: Pick<Person, 'cookie' | 'ip' | 'authenticator'>,
  credentialId?: string,
): Promise<string> {
  const verify = await tryStepUp(person, credentialId);
  if (verify.status !== 200) throw new Error(`step-up: ${verify.status} ${await verify.text()}`);
  return ((await verify.json()) as { steppedUpUntil: string }).steppedUpUntil;
}

/**
 * Adds another passkey to the signed-in person's account (on their soft authenticator); returns the verify
 * response. The session steps up first unless `stepUp: false`. `prfPublicKey: true` sends the new passkey's
 * sealing key; a string sends that instead. `prfSigningKey` sends that signing key with it.
 */
export async function addPasskey(
  person: Person,
  extra: {
    prfPublicKey?: true | string;
    prfSigningKey?: string;
    clientExtensionResults?: Record<string, unknown>;
    stepUp?: boolean;
  } = {},
): Promise<{ response: Response; credentialId: string }> {
  if (extra.stepUp !== false) await stepUp(person);
  const optionsResponse = await postAs(person, '/api/auth/register/options', {});
  if (optionsResponse.status !== 200)
    throw new Error(`options: ${optionsResponse.status} ${await optionsResponse.text()}`);
  const { challengeId, options } = (await optionsResponse.json()) as {
    challengeId: string;
    options: Record<string, unknown>;
  };
  const created = await person.authenticator.create(
    options,
    extra.clientExtensionResults ? { clientExtensionResults: extra.clientExtensionResults } : {},
  );
  const prfPublicKey =
    extra.prfPublicKey === true ? person.authenticator.prfPublicKey(created.id) : extra.prfPublicKey;
  const response = await postAs(person, '/api/auth/register/verify', {
    challengeId,
    response: created,
    ...(prfPublicKey === undefined ? {} : { prfPublicKey }),
    ...(extra.prfSigningKey === undefined ? {} : { prfSigningKey: extra.prfSigningKey }),
  });
  return { response, credentialId: created.id };
}

/** An admin invites someone with `role`; returns the invite token. */
export async function invite(inviter: Person, role: 'member' | 'guest'): Promise<string> {
  // An invite makes an account, so it needs a step-up like a new passkey or token: made when the server asks, as
  // the web page does, so that a test inviting many people does not hit the sign-in rate limit with step-ups.
  let response = await postAs(inviter, '/api/invites', { role });
  if (response.status === 403 && (await errorCode(response.clone())) === 'step_up_required') {
    await stepUp(inviter);
    response = await postAs(inviter, '/api/invites', { role });
  }
  if (response.status !== 201) throw new Error(`invite: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Creates a secret as `person` with `body` overrides; returns the id, claim and manage token. */
export async function createSecretAs(person: Person | null, overrides: Record<string, unknown> = {}) {
  const claim = randomBytes(32);
  const claimHash = b64url(new Uint8Array(await crypto.subtle.digest('SHA-256', claim)));
  const response = await postAs(person, '/api/secrets', {
    ciphertext: b64url(randomBytes(512)),
    expiresIn: 3600,
    claimHash,
    ...overrides,
  });
  return { response, claim: b64url(claim) };
}

/** A team for a test: an admin (the first account), a member and a guest (invited), and another member. */
export async function makeTeam(prefix: string) {
  const admin = await register(`${prefix}-admin`);
  const member = await register(`${prefix}-member`, await invite(admin, 'member'));
  const guest = await register(`${prefix}-guest`, await invite(admin, 'guest'));
  const other = await register(`${prefix}-other`, await invite(admin, 'member'));
  return { admin, member, guest, other };
}
