import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  invite,
  makeTeam,
  type Person,
  postAs,
  RP_ID,
  randomIp,
  register,
  sessionCookieOf,
  signIn,
  stepUp,
} from '../../test/accounts.ts';
import { errorCode } from '../../test/api-client.ts';
import { SoftAuthenticator } from '../../test/soft-authenticator.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

async function auditEvents(event: string): Promise<Array<Record<string, unknown>>> {
  const { results } = await env.DB.prepare('SELECT * FROM audit_events WHERE event = ? ORDER BY id')
    .bind(event)
    .all();
  return results;
}

beforeAll(async () => {
  team = await makeTeam('auth');
});

describe('bootstrap and registration', () => {
  it('made the first account the admin and invited ones members or guests', async () => {
    expect(team.admin.role).toBe('admin');
    expect(team.member.role).toBe('member');
    expect(team.guest.role).toBe('guest');
    const me = await as(team.guest, '/api/me');
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { name: string; role: string }; passkeys: unknown[] };
    expect(body.user).toMatchObject({ name: 'auth-guest', role: 'guest' });
    expect(body.passkeys).toHaveLength(1);
    expect((await auditEvents('registered')).length).toBeGreaterThanOrEqual(4);
    expect((await auditEvents('invite.used')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses registration without an invite once the admin exists', async () => {
    const response = await postAs({ cookie: '', ip: randomIp() }, '/api/auth/register/options', {
      name: 'stranger',
    });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('registration_closed');
  });

  it('refuses an invite used twice, and a forged one', async () => {
    const token = await invite(team.admin, 'guest');
    await register('auth-once', token);
    const again = await postAs({ cookie: '', ip: randomIp() }, '/api/auth/register/options', {
      name: 'auth-twice',
      inviteToken: token,
    });
    expect(again.status).toBe(400);
    expect(await errorCode(again)).toBe('invite_invalid');
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    const forgedResponse = await postAs({ cookie: '', ip: randomIp() }, '/api/auth/register/options', {
      name: 'auth-forged',
      inviteToken: forged,
    });
    expect(await errorCode(forgedResponse)).toBe('invite_invalid');
  });

  it('refuses an expired invite', async () => {
    const token = await invite(team.admin, 'member');
    await env.DB.prepare('UPDATE invites SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, token.split('.')[0])
      .run();
    const response = await postAs({ cookie: '', ip: randomIp() }, '/api/auth/register/options', {
      name: 'auth-late',
      inviteToken: token,
    });
    expect(await errorCode(response)).toBe('invite_invalid');
  });

  it('refuses a taken name', async () => {
    const response = await postAs({ cookie: '', ip: randomIp() }, '/api/auth/register/options', {
      name: 'auth-member',
      inviteToken: await invite(team.admin, 'guest'),
    });
    expect(response.status).toBe(409);
    expect(await errorCode(response)).toBe('name_taken');
  });

  it('lets members invite guests but not members, and guests invite nobody', async () => {
    await stepUp(team.member);
    await stepUp(team.admin);
    expect((await postAs(team.member, '/api/invites', { role: 'guest' })).status).toBe(201);
    expect((await postAs(team.member, '/api/invites', { role: 'member' })).status).toBe(403);
    expect((await postAs(team.guest, '/api/invites', { role: 'guest' })).status).toBe(403);
    expect((await postAs(null, '/api/invites', { role: 'guest' })).status).toBe(401);
    expect(
      (await postAs(team.admin, '/api/invites', { role: 'guest', expiresIn: 8 * 24 * 3600 })).status,
    ).toBe(400);
  });
});

describe('sign-in', () => {
  it('signs in without a user name (discoverable credential) and records it', async () => {
    const response = await signIn(team.member);
    expect(response.status).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(response.headers.get('Set-Cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('Set-Cookie')).toMatch(/Secure/i);
    expect(response.headers.get('Set-Cookie')).toMatch(/SameSite=Strict/i);
    expect(response.headers.get('Set-Cookie')).toMatch(/Path=\//);
    const me = await as({ cookie, ip: team.member.ip }, '/api/me');
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(team.member.id);
    const stored = await env.DB.prepare('SELECT secret_hash FROM sessions').all<{ secret_hash: string }>();
    expect(stored.results.some((row) => cookie.includes(row.secret_hash))).toBe(false);
  });

  it('refuses a challenge used twice (a replayed assertion)', async () => {
    const ip = randomIp();
    const optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const response = await team.member.authenticator.get(options);
    expect(
      (await postAs({ cookie: '', ip }, '/api/auth/login/verify', { challengeId, response })).status,
    ).toBe(200);
    const replay = await postAs({ cookie: '', ip }, '/api/auth/login/verify', { challengeId, response });
    expect(replay.status).toBe(400);
    expect(await errorCode(replay)).toBe('challenge_invalid');
  });

  it('refuses an expired challenge', async () => {
    const ip = randomIp();
    const optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    await env.DB.prepare('UPDATE challenges SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, challengeId)
      .run();
    const response = await team.member.authenticator.get(options);
    const verify = await postAs({ cookie: '', ip }, '/api/auth/login/verify', { challengeId, response });
    expect(await errorCode(verify)).toBe('challenge_invalid');
  });

  it('refuses an assertion made for another origin, and an unknown passkey', async () => {
    const ip = randomIp();
    let optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
    let body = (await optionsResponse.json()) as { challengeId: string; options: Record<string, unknown> };
    const phished = await team.member.authenticator.get(body.options, undefined, {
      origin: 'https://evil.example',
    });
    const verify = await postAs({ cookie: '', ip }, '/api/auth/login/verify', {
      challengeId: body.challengeId,
      response: phished,
    });
    expect(verify.status).toBe(401);
    expect(await errorCode(verify)).toBe('webauthn_failed');

    optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
    body = (await optionsResponse.json()) as { challengeId: string; options: Record<string, unknown> };
    const stranger = new SoftAuthenticator('https://hushlink.test', RP_ID);
    await stranger.create({ challenge: 'x', user: { id: 'AAAA' } });
    const unknown = await postAs({ cookie: '', ip }, '/api/auth/login/verify', {
      challengeId: body.challengeId,
      response: await stranger.get(body.options),
    });
    expect(unknown.status).toBe(401);
    const failures = await auditEvents('sign_in.failed');
    expect(failures.map((row) => JSON.parse(String(row.detail)).reason)).toEqual(
      expect.arrayContaining(['verification_failed', 'unknown_passkey']),
    );
  });

  it('refuses and records a signature counter that went backwards', async () => {
    const person = await register('auth-counter', await invite(team.admin, 'guest'));
    expect((await signIn(person)).status).toBe(200);
    expect((await signIn(person)).status).toBe(200);
    const ip = person.ip;
    const optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const cloned = await person.authenticator.get(options, undefined, { counter: 1 });
    const verify = await postAs({ cookie: '', ip }, '/api/auth/login/verify', {
      challengeId,
      response: cloned,
    });
    expect(verify.status).toBe(401);
    expect((await auditEvents('passkey.counter_regressed')).length).toBe(1);
  });

  it('raises an alert after five failed sign-ins from one IP', async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++) {
      const optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
      const { options } = (await optionsResponse.json()) as { options: Record<string, unknown> };
      const response = await team.guest.authenticator.get(options);
      await postAs({ cookie: '', ip }, '/api/auth/login/verify', { challengeId: 'A'.repeat(22), response });
    }
    const alerts = await env.DB.prepare("SELECT * FROM audit_events WHERE event = 'alert' AND ip = ?")
      .bind(ip)
      .all();
    expect(alerts.results).toHaveLength(1);
  });
});

describe('sessions', () => {
  it('signs out: the cookie stops working', async () => {
    const cookie = sessionCookieOf(await signIn(team.guest));
    const person = { cookie, ip: team.guest.ip };
    expect((await as(person, '/api/me')).status).toBe(200);
    expect((await postAs(person, '/api/auth/logout', {})).status).toBe(204);
    expect((await as(person, '/api/me')).status).toBe(401);
  });

  it('ends a session idle for 12 hours or older than 7 days', async () => {
    const idle = { cookie: sessionCookieOf(await signIn(team.guest)), ip: team.guest.ip };
    const old = { cookie: sessionCookieOf(await signIn(team.guest)), ip: team.guest.ip };
    const idOf = (cookie: string) => cookie.split('=')[1]?.split('.')[0];
    await env.DB.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?')
      .bind(Date.now() - 12 * 3600_000 - 1, idOf(idle.cookie))
      .run();
    await env.DB.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, idOf(old.cookie))
      .run();
    expect((await as(idle, '/api/me')).status).toBe(401);
    expect((await as(old, '/api/me')).status).toBe(401);
  });

  it('refuses a tampered cookie and another user’s session id with a wrong secret', async () => {
    const [, value] = team.member.cookie.split('=');
    const [id] = (value ?? '').split('.');
    const tampered = { cookie: `__Host-hushlink_session=${id}.${'B'.repeat(43)}`, ip: team.member.ip };
    expect((await as(tampered, '/api/me')).status).toBe(401);
  });

  it('refuses a cookie-authenticated write from another origin', async () => {
    const response = await as(team.member, '/api/invites', {
      method: 'POST',
      body: JSON.stringify({ role: 'guest' }),
      headers: { Origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('origin_mismatch');
  });
});

describe('passkeys', () => {
  let person: Person;

  beforeAll(async () => {
    person = await register('auth-keys', await invite(team.admin, 'member'));
  });

  it('adds a second passkey, renames one, and never removes the last', async () => {
    await stepUp(person);
    const optionsResponse = await postAs(person, '/api/auth/register/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    expect((options.excludeCredentials as unknown[]).length).toBe(1);
    const response = await person.authenticator.create(options);
    const added = await postAs(person, '/api/auth/register/verify', {
      challengeId,
      response,
      passkeyName: 'Laptop',
    });
    expect(added.status).toBe(200);

    const me = (await (await as(person, '/api/me')).json()) as {
      passkeys: Array<{ id: string; name: string }>;
    };
    expect(me.passkeys.map((key) => key.name)).toContain('Laptop');
    const [first, second] = me.passkeys;
    if (!first || !second) throw new Error('expected two passkeys');

    expect((await signIn(person, second.id)).status).toBe(200);
    const renamed = await as(person, `/api/me/passkeys/${first.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Phone' }),
    });
    expect(renamed.status).toBe(200);
    expect((await as(person, `/api/me/passkeys/${first.id}`, { method: 'DELETE' })).status).toBe(200);
    const last = await as(person, `/api/me/passkeys/${second.id}`, { method: 'DELETE' });
    expect(last.status).toBe(409);
    expect(await errorCode(last)).toBe('last_passkey');
    await stepUp(team.other);
    expect((await as(team.other, `/api/me/passkeys/${second.id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once one IP exceeds the sign-in limit', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++)
      statuses.push((await postAs({ cookie: '', ip }, '/api/auth/login/options', {})).status);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await postAs({ cookie: '', ip }, '/api/auth/login/options', {});
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(await errorCode(limited)).toBe('rate_limited');
    // Another address is not affected.
    expect((await postAs({ cookie: '', ip: randomIp() }, '/api/auth/login/options', {})).status).toBe(200);
  });
});
