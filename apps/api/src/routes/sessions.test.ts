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
import { BASE_URL, errorCode } from '../../test/api-client.ts';
import { SoftAuthenticator } from '../../test/soft-authenticator.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('sess');
});

type Cookie = Pick<Person, 'cookie' | 'ip'>;

function sessionIdOf(cookie: string): string {
  return cookie.split('=')[1]?.split('.')[0] ?? '';
}

async function newSession(person: Person): Promise<Cookie> {
  return { cookie: sessionCookieOf(await signIn(person)), ip: person.ip };
}

async function signedIn(cookie: Cookie): Promise<boolean> {
  const status = (await as(cookie, '/api/me')).status;
  expect([200, 401]).toContain(status);
  return status === 200;
}

interface ListedSession {
  id: string;
  current: boolean;
  createdAt: string;
  lastUsedAt: string;
  ip: string | null;
  userAgent: string | null;
}

async function listSessions(caller: Cookie, init: RequestInit = {}): Promise<ListedSession[]> {
  const response = await as(caller, '/api/me/sessions', init);
  expect(response.status).toBe(200);
  return ((await response.json()) as { sessions: ListedSession[] }).sessions;
}

describe('signing in ends the session it replaces', () => {
  it('a sign-in that presents a session cookie ends that session', async () => {
    const old = await newSession(team.member);
    const optionsResponse = await postAs(old, '/api/auth/login/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const response = await team.member.authenticator.get(options);
    const verify = await postAs(old, '/api/auth/login/verify', { challengeId, response });
    expect(verify.status).toBe(200);
    const fresh = { cookie: sessionCookieOf(verify), ip: team.member.ip };
    expect(sessionIdOf(fresh.cookie)).not.toBe(sessionIdOf(old.cookie));
    expect(await signedIn(old)).toBe(false);
    expect(await signedIn(fresh)).toBe(true);
    // Still dead after the new one signs out.
    expect((await postAs(fresh, '/api/auth/logout', {})).status).toBe(204);
    expect(await signedIn(old)).toBe(false);
    const ended = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'session.ended' AND target_id = ?",
    )
      .bind(sessionIdOf(old.cookie))
      .first<{ detail: string }>();
    expect(JSON.parse(ended?.detail ?? '{}')).toEqual({ reason: 'replaced' });
  });

  it('a failed sign-in leaves the presented session alone', async () => {
    const old = await newSession(team.member);
    const optionsResponse = await postAs(old, '/api/auth/login/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const phished = await team.member.authenticator.get(options, undefined, {
      origin: 'https://evil.example',
    });
    expect((await postAs(old, '/api/auth/login/verify', { challengeId, response: phished })).status).toBe(
      401,
    );
    expect(await signedIn(old)).toBe(true);
  });

  it('creating an account while presenting a session cookie ends that session', async () => {
    const old = await newSession(team.guest);
    const ip = randomIp();
    const optionsResponse = await postAs({ cookie: '', ip }, '/api/auth/register/options', {
      name: 'sess-newcomer',
      inviteToken: await invite(team.admin, 'guest'),
    });
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const authenticator = new SoftAuthenticator(BASE_URL, RP_ID);
    const response = await authenticator.create(options);
    const verify = await postAs({ cookie: old.cookie, ip }, '/api/auth/register/verify', {
      challengeId,
      response,
    });
    expect(verify.status).toBe(201);
    expect(await signedIn({ cookie: sessionCookieOf(verify), ip })).toBe(true);
    expect(await signedIn(old)).toBe(false);
  });
});

describe('my sessions', () => {
  let person: Person;
  let second: Cookie;
  let third: Cookie;

  beforeAll(async () => {
    person = await register('sess-list', await invite(team.admin, 'member'));
    second = await newSession(person);
    third = await newSession(person);
  });

  it('lists my live sessions, newest first, this one marked, never a secret', async () => {
    const expired = await newSession(person);
    await env.DB.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, sessionIdOf(expired.cookie))
      .run();
    const response = await as(second, '/api/me/sessions', { headers: { 'User-Agent': 'SessTest/1.0' } });
    const text = await response.text();
    const sessions = (JSON.parse(text) as { sessions: ListedSession[] }).sessions;
    expect(sessions.map((session) => session.id).sort()).toEqual(
      [person.cookie, second.cookie, third.cookie].map(sessionIdOf).sort(),
    );
    expect(sessions.filter((session) => session.current).map((session) => session.id)).toEqual([
      sessionIdOf(second.cookie),
    ]);
    const created = sessions.map((session) => Date.parse(session.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(sessions[0]).toMatchObject({ ip: person.ip, lastUsedAt: expect.stringMatching(/Z$/) });
    for (const cookie of [person.cookie, second.cookie, third.cookie]) {
      expect(text).not.toContain(cookie.split('.')[1]);
    }
  });

  it('ends one of mine by id, and answers 404 for someone else’s or a gone one', async () => {
    const extra = await newSession(person);
    const others = await newSession(team.other);
    const end = (id: string) => as(second, `/api/me/sessions/${id}`, { method: 'DELETE' });

    expect((await end(sessionIdOf(extra.cookie))).status).toBe(204);
    expect(await signedIn(extra)).toBe(false);
    expect(await signedIn(second)).toBe(true);
    const again = await end(sessionIdOf(extra.cookie));
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe('not_found');

    const foreign = await end(sessionIdOf(others.cookie));
    expect(foreign.status).toBe(404);
    expect(await signedIn(others)).toBe(true);
    const malformed = await end('not-a-session');
    expect(malformed.status).toBe(400);
    expect(await errorCode(malformed)).toBe('invalid_request');
  });

  it('ending the current one by id signs it out and clears its cookie', async () => {
    const current = await newSession(person);
    const response = await as(current, `/api/me/sessions/${sessionIdOf(current.cookie)}`, {
      method: 'DELETE',
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Set-Cookie')).toMatch(/__Host-hushlink_session=;.*Max-Age=0/);
    expect(await signedIn(current)).toBe(false);
  });

  it('signs out all my other sessions but not this one', async () => {
    const others = await newSession(team.other);
    const response = await as(second, '/api/me/sessions', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ended: 2 });
    expect(await signedIn(second)).toBe(true);
    expect(await signedIn({ cookie: person.cookie, ip: person.ip })).toBe(false);
    expect(await signedIn(third)).toBe(false);
    expect(await signedIn(others)).toBe(true);
    expect((await listSessions(second)).map((session) => session.id)).toEqual([sessionIdOf(second.cookie)]);
    const event = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'sessions.ended_all' AND target_id = ? ORDER BY id DESC",
    )
      .bind(person.id)
      .first<{ detail: string }>();
    expect(JSON.parse(event?.detail ?? '{}')).toEqual({ count: 2, by: 'owner' });
  });

  it('with an API token: lists (none current) and ends every session', async () => {
    const owner = await register('sess-token', await invite(team.admin, 'member'));
    await stepUp(owner);
    const { token } = (await (await postAs(owner, '/api/me/tokens', { name: 'ci' })).json()) as {
      token: string;
    };
    const bearer = { headers: { Authorization: `Bearer ${token}` } };
    const listed = await listSessions({ cookie: '', ip: owner.ip }, bearer);
    expect(listed.map((session) => session.id)).toEqual([sessionIdOf(owner.cookie)]);
    expect(listed.every((session) => !session.current)).toBe(true);
    const ended = await as(null, '/api/me/sessions', { method: 'DELETE', ...bearer });
    expect(await ended.json()).toEqual({ ended: 1 });
    expect(await signedIn(owner)).toBe(false);
  });

  it('needs a signed-in caller', async () => {
    const response = await as(null, '/api/me/sessions');
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('sign_in_required');
    expect((await as(null, '/api/me/sessions', { method: 'DELETE' })).status).toBe(401);
  });
});

describe('signing out', () => {
  it('answers Clear-Site-Data for the cache and cookies, not storage', async () => {
    const session = await newSession(team.guest);
    const response = await postAs(session, '/api/auth/logout', {});
    expect(response.status).toBe(204);
    expect(response.headers.get('Clear-Site-Data')).toBe('"cache", "cookies"');
    expect(await signedIn(session)).toBe(false);
  });
});
