import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPasskey,
  as,
  invite,
  makeTeam,
  type Person,
  postAs,
  register,
  sessionCookieOf,
  signIn,
  stepUp,
  tryStepUp,
} from '../../test/accounts.ts';
import { errorCode } from '../../test/api-client.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('stepup');
});

const FIVE_MINUTES = 5 * 60 * 1000;

function sessionIdOf(cookie: string): string {
  return cookie.split('=')[1]?.split('.')[0] ?? '';
}

async function steppedUpAt(cookie: string): Promise<number | null> {
  const row = await env.DB.prepare('SELECT stepped_up_at FROM sessions WHERE id = ?')
    .bind(sessionIdOf(cookie))
    .first<{ stepped_up_at: number | null }>();
  return row?.stepped_up_at ?? null;
}

/** Moves the session's step-up back by `ms`, as if it had happened that long ago. */
async function ageStepUp(cookie: string, ms: number): Promise<void> {
  await env.DB.prepare('UPDATE sessions SET stepped_up_at = stepped_up_at - ? WHERE id = ?')
    .bind(ms, sessionIdOf(cookie))
    .run();
}

async function myPasskeyIds(person: Pick<Person, 'cookie' | 'ip'>): Promise<string[]> {
  const me = (await (await as(person, '/api/me')).json()) as { passkeys: Array<{ id: string }> };
  return me.passkeys.map((passkey) => passkey.id);
}

function createToken(person: Pick<Person, 'cookie' | 'ip'>): Promise<Response> {
  return postAs(person, '/api/me/tokens', { name: 'ci' });
}

async function expectRefused(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(await errorCode(response)).toBe(code);
}

describe('a session cookie alone', () => {
  it('cannot add a passkey, create a token or remove a passkey: 403 step_up_required', async () => {
    const person = await register('stepup-cookie', await invite(team.admin, 'member'));
    // A second passkey (added with a step-up), so that removing one is not refused as the last one.
    const { credentialId } = await addPasskey(person);
    await ageStepUp(person.cookie, FIVE_MINUTES + 1);

    await expectRefused(await postAs(person, '/api/auth/register/options', {}), 403, 'step_up_required');
    await expectRefused(await createToken(person), 403, 'step_up_required');
    const remove = await as(person, `/api/me/passkeys/${credentialId}`, { method: 'DELETE' });
    await expectRefused(remove, 403, 'step_up_required');
    expect(await myPasskeyIds(person)).toHaveLength(2);
    const tokens = (await (await as(person, '/api/me/tokens')).json()) as { tokens: unknown[] };
    expect(tokens.tokens).toEqual([]);
  });

  it('cannot create an invite (an account of the intruder’s own); a guest is refused before any prompt', async () => {
    const fresh = await signIn(team.admin);
    const admin = { cookie: sessionCookieOf(fresh), ip: team.admin.ip };
    await expectRefused(await postAs(admin, '/api/invites', { role: 'member' }), 403, 'step_up_required');
    await expectRefused(await postAs(team.guest, '/api/invites', { role: 'guest' }), 403, 'forbidden');
    const made = await env.DB.prepare('SELECT count(*) AS n FROM invites WHERE created_by = ?')
      .bind(team.admin.id)
      .first<{ n: number }>();
    const before = made?.n ?? 0;
    await stepUp({ ...admin, authenticator: team.admin.authenticator });
    expect((await postAs(admin, '/api/invites', { role: 'member' })).status).toBe(201);
    const after = await env.DB.prepare('SELECT count(*) AS n FROM invites WHERE created_by = ?')
      .bind(team.admin.id)
      .first<{ n: number }>();
    expect(after?.n).toBe(before + 1);
  });

  it('of a fresh sign-in is not a step-up either', async () => {
    const response = await signIn(team.member);
    expect(response.status).toBe(200);
    const fresh = { cookie: sessionCookieOf(response), ip: team.member.ip };
    await expectRefused(await createToken(fresh), 403, 'step_up_required');
    await expectRefused(await postAs(fresh, '/api/auth/register/options', {}), 403, 'step_up_required');
  });
});

describe('after a step-up', () => {
  it('the session may add a passkey, create a token and remove a passkey, for 5 minutes', async () => {
    const person = await register('stepup-ok', await invite(team.admin, 'member'));
    const before = Date.now();
    const until = Date.parse(await stepUp(person));
    expect(until).toBeGreaterThanOrEqual(before + FIVE_MINUTES);
    expect(until).toBeLessThanOrEqual(Date.now() + FIVE_MINUTES);

    const added = await addPasskey(person, { stepUp: false });
    expect(added.response.status).toBe(200);
    expect((await createToken(person)).status).toBe(201);
    const removed = await as(person, `/api/me/passkeys/${added.credentialId}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);

    const { results } = await env.DB.prepare(
      "SELECT actor_id, target_type, target_id FROM audit_events WHERE event = 'session.stepped_up' AND actor_id = ?",
    )
      .bind(person.id)
      .all<{ actor_id: string; target_type: string; target_id: string }>();
    expect(results).toEqual([
      { actor_id: person.id, target_type: 'session', target_id: sessionIdOf(person.cookie) },
    ]);
  });

  it('older than 5 minutes no longer counts, also between a registration’s options and its verify', async () => {
    const person = await register('stepup-old', await invite(team.admin, 'member'));
    await stepUp(person);
    await ageStepUp(person.cookie, FIVE_MINUTES - 30_000);
    expect((await createToken(person)).status).toBe(201);
    await ageStepUp(person.cookie, 30_001);
    await expectRefused(await createToken(person), 403, 'step_up_required');

    // Options while the step-up counts, verify once it no longer does: the passkey is not added.
    await stepUp(person);
    const optionsResponse = await postAs(person, '/api/auth/register/options', {});
    expect(optionsResponse.status).toBe(200);
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    await ageStepUp(person.cookie, FIVE_MINUTES + 1);
    const created = await person.authenticator.create(options);
    const verify = await postAs(person, '/api/auth/register/verify', { challengeId, response: created });
    await expectRefused(verify, 403, 'step_up_required');
    expect(await myPasskeyIds(person)).not.toContain(created.id);
  });

  it('counts for the session that made it only, not for another session of the same account', async () => {
    const person = await register('stepup-one', await invite(team.admin, 'member'));
    const other = { cookie: sessionCookieOf(await signIn(person)), ip: person.ip };
    await stepUp(person);
    await expectRefused(await createToken(other), 403, 'step_up_required');
    expect(await steppedUpAt(other.cookie)).toBeNull();
  });
});

describe('the step-up ceremony', () => {
  it('asks for the account’s own passkeys with user verification', async () => {
    const response = await postAs(team.member, '/api/auth/step-up/options', {});
    expect(response.status).toBe(200);
    const { options } = (await response.json()) as {
      options: { userVerification: string; allowCredentials: Array<{ id: string }> };
    };
    expect(options.userVerification).toBe('required');
    expect(options.allowCredentials.map((credential) => credential.id)).toEqual(
      await myPasskeyIds(team.member),
    );
  });

  it('refuses an assertion by another account’s passkey and records the failure', async () => {
    const person = await register('stepup-victim', await invite(team.admin, 'member'));
    // The session of `person`, answered by the passkey of team.other.
    const response = await tryStepUp({ ...person, authenticator: team.other.authenticator });
    await expectRefused(response, 401, 'webauthn_failed');
    expect(await steppedUpAt(person.cookie)).toBeNull();
    await expectRefused(await createToken(person), 403, 'step_up_required');
    const failure = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'sign_in.failed' AND actor_id = ? ORDER BY id DESC",
    )
      .bind(person.id)
      .first<{ detail: string }>();
    expect(JSON.parse(failure?.detail ?? '{}')).toMatchObject({ reason: 'other_account' });
  });

  it('refuses a challenge issued to another account, even answered by the caller’s own passkey', async () => {
    const optionsResponse = await postAs(team.member, '/api/auth/step-up/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const response = await team.other.authenticator.get(options);
    const verify = await postAs(team.other, '/api/auth/step-up/verify', { challengeId, response });
    await expectRefused(verify, 400, 'challenge_invalid');
    expect(await steppedUpAt(team.other.cookie)).toBeNull();
  });

  it('a step-up challenge cannot sign in, and a sign-in challenge cannot step up', async () => {
    const person = team.guest;
    const stepUpOptions = (await (await postAs(person, '/api/auth/step-up/options', {})).json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const asSignIn = await postAs({ cookie: '', ip: person.ip }, '/api/auth/login/verify', {
      challengeId: stepUpOptions.challengeId,
      response: await person.authenticator.get(stepUpOptions.options),
    });
    await expectRefused(asSignIn, 400, 'challenge_invalid');
    expect(asSignIn.headers.get('Set-Cookie')).toBeNull();

    const signInOptions = (await (
      await postAs({ cookie: '', ip: person.ip }, '/api/auth/login/options', {})
    ).json()) as { challengeId: string; options: Record<string, unknown> };
    const asStepUp = await postAs(person, '/api/auth/step-up/verify', {
      challengeId: signInOptions.challengeId,
      response: await person.authenticator.get(signInOptions.options),
    });
    await expectRefused(asStepUp, 400, 'challenge_invalid');
    expect(await steppedUpAt(person.cookie)).toBeNull();
  });

  it('needs a session: anonymous is 401, an API token 403 token_not_allowed', async () => {
    await expectRefused(await postAs(null, '/api/auth/step-up/options', {}), 401, 'sign_in_required');
    await stepUp(team.member);
    const { token } = (await (await createToken(team.member)).json()) as { token: string };
    const withToken = await as(null, '/api/auth/step-up/options', {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${token}` },
    });
    await expectRefused(withToken, 403, 'token_not_allowed');
  });

  it('answers a malformed verify body 400 invalid_request, and steps nothing up', async () => {
    const person = await register('stepup-bad-body', await invite(team.admin, 'member'));
    for (const body of [
      {},
      { challengeId: 'x', response: {} },
      { challengeId: 'A'.repeat(22), response: 'no' },
    ]) {
      await expectRefused(await postAs(person, '/api/auth/step-up/verify', body), 400, 'invalid_request');
    }
    expect(await steppedUpAt(person.cookie)).toBeNull();
  });
});

describe('an API token', () => {
  it('cannot create a token or an invite, rename or remove a passkey, or start a passkey registration', async () => {
    const person = await register('stepup-token', await invite(team.admin, 'member'));
    const { credentialId } = await addPasskey(person);
    // The session that made the token has a fresh step-up: the token still may not.
    const { token } = (await (await createToken(person)).json()) as { token: string };
    const bearer = (path: string, init: RequestInit = {}) =>
      as(null, path, { ...init, headers: { Authorization: `Bearer ${token}` } });
    expect((await bearer('/api/me')).status).toBe(200);

    const post = (path: string, body: unknown) =>
      bearer(path, { method: 'POST', body: JSON.stringify(body) });
    await expectRefused(await post('/api/me/tokens', { name: 'more' }), 403, 'token_not_allowed');
    const rename = await bearer(`/api/me/passkeys/${credentialId}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Mine now' }),
    });
    await expectRefused(rename, 403, 'token_not_allowed');
    const remove = await bearer(`/api/me/passkeys/${credentialId}`, { method: 'DELETE' });
    await expectRefused(remove, 403, 'token_not_allowed');
    await expectRefused(await post('/api/auth/register/options', {}), 403, 'token_not_allowed');
    await expectRefused(await post('/api/invites', { role: 'guest' }), 403, 'token_not_allowed');
    // Nor finish one the session started.
    const started = (await (await postAs(person, '/api/auth/register/options', {})).json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const created = await person.authenticator.create(started.options);
    const finish = await post('/api/auth/register/verify', {
      challengeId: started.challengeId,
      response: created,
    });
    await expectRefused(finish, 403, 'token_not_allowed');

    expect(await myPasskeyIds(person)).toHaveLength(2);
    const tokens = (await (await as(person, '/api/me/tokens')).json()) as { tokens: unknown[] };
    expect(tokens.tokens).toHaveLength(1);
  });
});

describe('admins', () => {
  it('need their own step-up to change a role, disable, or remove a passkey; not to end access', async () => {
    const person = await register('stepup-admin-target', await invite(team.admin, 'member'));
    const { credentialId } = await addPasskey(person);
    const admin = { cookie: sessionCookieOf(await signIn(team.admin)), ip: team.admin.ip };
    const patch = (body: unknown) =>
      as(admin, `/api/admin/users/${person.id}`, { method: 'PATCH', body: JSON.stringify(body) });
    const removePasskey = () =>
      as(admin, `/api/admin/users/${person.id}/passkeys/${credentialId}`, { method: 'DELETE' });

    await expectRefused(await patch({ role: 'guest' }), 403, 'step_up_required');
    await expectRefused(await patch({ state: 'disabled' }), 403, 'step_up_required');
    await expectRefused(await removePasskey(), 403, 'step_up_required');
    expect((await postAs(admin, `/api/admin/users/${person.id}/sessions/end`, {})).status).toBe(200);

    await stepUp({ ...admin, authenticator: team.admin.authenticator });
    expect((await patch({ role: 'guest' })).status).toBe(200);
    expect((await removePasskey()).status).toBe(204);
  });
});
