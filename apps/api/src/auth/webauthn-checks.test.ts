import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPasskey,
  as,
  invite,
  type Person,
  randomIp,
  register,
  sessionCookieOf,
  stepUp,
} from '../../test/accounts.ts';
import { b64url, randomBytes } from '../../test/api-client.ts';
import { registrationCeremony, signInCeremony, stepUpCeremony } from '../../test/ceremonies.ts';
import type { CreateFlags, GetOverrides } from '../../test/soft-authenticator.ts';
import { checkNotEmbedded } from './client-data-checks.ts';
import { checkAttestedCredentialId, checkCredentialId } from './credential-id-checks.ts';
import { checkUserHandle } from './user-handle-check.ts';

// Every response below is made and signed by the software authenticator, so that only the property under test is
// wrong: the verifier alone would accept most of them.

let admin: Person;
let person: Person;
let other: Person;

beforeAll(async () => {
  admin = await register('checks-admin');
  person = await register('checks-person', await invite(admin, 'member'));
  other = await register('checks-other', await invite(admin, 'member'));
});

async function count(sql: string, ...values: string[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...values)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** A new account's registration with an invite, its authenticator departing from a browser's as `flags` say. */
async function registerWith(name: string, flags: CreateFlags) {
  return registrationCeremony(name, { inviteToken: await invite(admin, 'member'), create: flags });
}

/** Asserts a refused registration (400 `webauthn_failed`, the message matching `message`) that stored nothing. */
async function expectRegistrationRefused(name: string, flags: CreateFlags, message: RegExp) {
  const ceremony = await registerWith(name, flags);
  expect(ceremony.response.status).toBe(400);
  const error = await errorOf(ceremony.response);
  expect(error.code).toBe('webauthn_failed');
  expect(error.message).toMatch(message);
  expect(await count('SELECT count(*) AS n FROM users WHERE name = ?', name)).toBe(0);
  expect(await count('SELECT count(*) AS n FROM passkeys WHERE id = ?', ceremony.credentialId)).toBe(0);
}

/** The reasons of the failed sign-ins recorded for `ip`, oldest first. */
async function failureReasons(ip: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT detail FROM audit_events WHERE event = 'sign_in.failed' AND ip = ? ORDER BY id",
  )
    .bind(ip)
    .all<{ detail: string }>();
  return results.map((row) => JSON.parse(row.detail).reason);
}

/** Asserts a sign-in by `person`'s passkey, altered as `overrides` say, refused (the usual 401) for `reason`. */
async function expectSignInRefused(overrides: GetOverrides, reason: string) {
  const ip = randomIp();
  const credentialId = [...person.authenticator.credentialIds()][0] as string;
  const response = await signInCeremony(person.authenticator, credentialId, overrides, ip);
  expect(response.status).toBe(401);
  expect(await errorOf(response)).toEqual({
    code: 'webauthn_failed',
    message: 'This passkey could not sign you in.',
  });
  expect(response.headers.get('Set-Cookie') ?? '').not.toContain('hushlink_session=');
  expect(await failureReasons(ip)).toEqual([reason]);
}

describe('registration refuses what the verifier leaves to us', () => {
  it('still registers a well-formed response, and one whose client data has no crossOrigin at all', async () => {
    expect((await registerWith('checks-plain', {})).response.status).toBe(201);
    expect(
      (await registerWith('checks-no-cross', { clientData: { crossOrigin: undefined } })).response.status,
    ).toBe(201);
  });

  it('refuses client data with crossOrigin: true', async () => {
    await expectRegistrationRefused(
      'checks-cross',
      { clientData: { crossOrigin: true } },
      /crossOrigin is true/,
    );
  });

  it('refuses client data with a topOrigin, whether crossOrigin says so or not', async () => {
    const topOrigin = 'https://embedder.test';
    await expectRegistrationRefused('checks-top', { clientData: { topOrigin } }, /topOrigin/);
    await expectRegistrationRefused(
      'checks-top-cross',
      { clientData: { crossOrigin: true, topOrigin } },
      /embedded in another site/,
    );
  });

  it('refuses a response whose rawId is not its id', async () => {
    await expectRegistrationRefused('checks-raw', { rawId: b64url(randomBytes(16)) }, /id and rawId differ/);
  });

  it('refuses a response whose id is not the credential id in the signed authenticator data', async () => {
    await expectRegistrationRefused(
      'checks-attested',
      { id: b64url(randomBytes(16)) },
      /credential id in the signed authenticator data/,
    );
  });

  it('refuses a signed credential id longer than 1,023 bytes, even behind a short id', async () => {
    // The audit's case: a short `id` and `rawId`, and a 1,100-byte credential id inside the authenticator data,
    // which the verifier returned and we stored (1,467 characters: the delete route could never name it).
    await expectRegistrationRefused(
      'checks-long',
      { credentialIdLength: 1100, id: b64url(randomBytes(16)) },
      /longer than 1,023 bytes/,
    );
  });

  it('refuses a 1,024-byte credential id at the door, and takes and signs in with a 1,023-byte one', async () => {
    const tooLong = await registerWith('checks-1024', { credentialIdLength: 1024 });
    expect(tooLong.response.status).toBe(400);
    expect(await errorOf(tooLong.response)).toMatchObject({ code: 'invalid_request' });
    expect(await count("SELECT count(*) AS n FROM users WHERE name = 'checks-1024'")).toBe(0);

    const longest = await registerWith('checks-1023', { credentialIdLength: 1023 });
    expect(longest.response.status).toBe(201);
    expect(longest.credentialId).toHaveLength(1364);
    expect(await count('SELECT count(*) AS n FROM passkeys WHERE id = ?', longest.credentialId)).toBe(1);
    expect((await signInCeremony(longest.authenticator, longest.credentialId)).status).toBe(200);

    // The routes that name a passkey take every id registration takes, so the longest can be removed too.
    const owner: Person = {
      id: '',
      name: 'checks-1023',
      role: 'member',
      authenticator: longest.authenticator,
      cookie: sessionCookieOf(longest.response),
      ip: longest.ip,
    };
    expect((await addPasskey(owner)).response.status).toBe(200);
    await stepUp(owner, longest.credentialId);
    const removed = await as(owner, `/api/me/passkeys/${longest.credentialId}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(await count('SELECT count(*) AS n FROM passkeys WHERE id = ?', longest.credentialId)).toBe(0);
  });
});

describe('sign-in refuses what the verifier leaves to us, with the reason in the audit log', () => {
  it('signs in with a well-formed response', async () => {
    const credentialId = [...person.authenticator.credentialIds()][0] as string;
    expect((await signInCeremony(person.authenticator, credentialId)).status).toBe(200);
  });

  it('refuses client data with crossOrigin: true', async () => {
    await expectSignInRefused({ clientData: { crossOrigin: true } }, 'cross_origin');
  });

  it('refuses client data with a topOrigin', async () => {
    await expectSignInRefused({ clientData: { topOrigin: 'https://embedder.test' } }, 'top_origin');
  });

  it('refuses a discoverable sign-in without a user handle', async () => {
    await expectSignInRefused({ userHandle: null }, 'user_handle_missing');
  });

  it("refuses a user handle other than that of the passkey's account", async () => {
    const row = await env.DB.prepare('SELECT webauthn_user_id AS handle FROM users WHERE id = ?')
      .bind(other.id)
      .first<{ handle: string }>();
    await expectSignInRefused({ userHandle: row?.handle as string }, 'user_handle_mismatch');
  });

  it('refuses a response whose rawId is not its id', async () => {
    await expectSignInRefused({ rawId: b64url(randomBytes(16)) }, 'credential_id_mismatch');
  });

  it("refuses a response naming another account's credential while signed by this one", async () => {
    const othersId = [...other.authenticator.credentialIds()][0] as string;
    // `other`'s credential is found, but the user handle is `person`'s: refused before any signature is checked.
    await expectSignInRefused({ id: othersId }, 'user_handle_mismatch');
  });

  it('still signs in after every refusal above (no refused response moved the counter)', async () => {
    const credentialId = [...person.authenticator.credentialIds()][0] as string;
    expect((await signInCeremony(person.authenticator, credentialId)).status).toBe(200);
  });
});

describe('a step-up (allowCredentials named) applies the same checks, the user handle optional', () => {
  /** `person`'s session from an IP of its own, so that the failures recorded for that IP are this test's. */
  const session = () => ({ ...person, ip: randomIp() });

  async function expectStepUpRefused(overrides: GetOverrides, reason: string) {
    const from = session();
    const response = await stepUpCeremony(from, overrides);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('webauthn_failed');
    expect(await failureReasons(from.ip)).toEqual([reason]);
  }

  it('accepts an assertion without a user handle, as the spec allows when credentials were named', async () => {
    const response = await stepUpCeremony(session(), { userHandle: null });
    expect(response.status).toBe(200);
  });

  it("refuses a user handle other than that of the session's account", async () => {
    const row = await env.DB.prepare('SELECT webauthn_user_id AS handle FROM users WHERE id = ?')
      .bind(other.id)
      .first<{ handle: string }>();
    await expectStepUpRefused({ userHandle: row?.handle as string }, 'user_handle_mismatch');
  });

  it('refuses client data with crossOrigin: true or a topOrigin', async () => {
    await expectStepUpRefused({ clientData: { crossOrigin: true } }, 'cross_origin');
    await expectStepUpRefused({ clientData: { topOrigin: 'https://embedder.test' } }, 'top_origin');
  });

  it('refuses a response whose rawId is not its id', async () => {
    await expectStepUpRefused({ rawId: b64url(randomBytes(16)) }, 'credential_id_mismatch');
  });
});

describe('the checks themselves', () => {
  const clientData = (fields: Record<string, unknown>) =>
    b64url(new TextEncoder().encode(JSON.stringify({ type: 'webauthn.get', ...fields })));

  it('refuse client data that is not base64url JSON of an object', () => {
    for (const bad of [undefined, 42, 'not base64!', b64url(new TextEncoder().encode('[1]')), 'e30x']) {
      expect(() => checkNotEmbedded(bad)).toThrow(expect.objectContaining({ reason: 'client_data_invalid' }));
    }
    expect(() => checkNotEmbedded(clientData({ crossOrigin: false }))).not.toThrow();
    expect(() => checkNotEmbedded(clientData({ crossOrigin: 'false' }))).toThrow(
      expect.objectContaining({ reason: 'cross_origin' }),
    );
    expect(() => checkNotEmbedded(clientData({ topOrigin: null }))).toThrow(
      expect.objectContaining({ reason: 'top_origin' }),
    );
  });

  it('refuse credential ids that are empty, not canonical base64url or over 1,023 bytes', () => {
    const id = b64url(randomBytes(16));
    expect(checkCredentialId({ id, rawId: id })).toBe(id);
    for (const bad of ['', 'a+b/', `${id}=`, 'AB', 7]) {
      expect(() => checkCredentialId({ id: bad, rawId: bad })).toThrow(
        expect.objectContaining({ reason: 'credential_id_invalid' }),
      );
    }
    const long = b64url(randomBytes(1024));
    expect(() => checkCredentialId({ id: long, rawId: long })).toThrow(
      expect.objectContaining({ reason: 'credential_id_too_long' }),
    );
    expect(() => checkAttestedCredentialId(id, long)).toThrow(
      expect.objectContaining({ reason: 'credential_id_too_long' }),
    );
    expect(() => checkAttestedCredentialId(id, id)).not.toThrow();
  });

  it('let a step-up leave the user handle out, but never send a wrong one', () => {
    // A step-up names the account's credentials (allowCredentials), so the spec lets the handle be absent there.
    expect(() => checkUserHandle(undefined, 'handle', false)).not.toThrow();
    expect(() => checkUserHandle(null, 'handle', false)).not.toThrow();
    expect(() => checkUserHandle('handle', 'handle', false)).not.toThrow();
    expect(() => checkUserHandle('other', 'handle', false)).toThrow(
      expect.objectContaining({ reason: 'user_handle_mismatch' }),
    );
    expect(() => checkUserHandle('', 'handle', false)).toThrow(
      expect.objectContaining({ reason: 'user_handle_mismatch' }),
    );
    expect(() => checkUserHandle(undefined, 'handle', true)).toThrow(
      expect.objectContaining({ reason: 'user_handle_missing' }),
    );
  });
});
