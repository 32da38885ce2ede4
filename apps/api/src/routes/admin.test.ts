import { env } from 'cloudflare:test';
import type { AdminUser } from '@hushlink/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPasskey,
  as,
  createSecretAs,
  invite,
  makeTeam,
  type Person,
  postAs,
  register,
  sessionCookieOf,
  signIn,
  stepUp,
} from '../../test/accounts.ts';
import { errorCode } from '../../test/api-client.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('admin');
  // Role changes and disabling need the admin's own step-up (5 minutes; this file takes seconds).
  await stepUp(team.admin);
  // Inviting needs one too; the route matrix below sends each request as it is.
  await stepUp(team.member);
});

type Who = 'anonymous' | 'guest' | 'member' | 'admin';
const people = (): Record<Who, Person | null> => ({
  anonymous: null,
  guest: team.guest,
  member: team.member,
  admin: team.admin,
});

/** Every account route, with the status each kind of caller gets. */
const matrix: Array<{
  route: string;
  send: (who: Person | null) => Promise<Response>;
  expected: Record<Who, number>;
}> = [
  {
    route: 'GET /api/me',
    send: (p) => as(p, '/api/me'),
    expected: { anonymous: 401, guest: 200, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/instance',
    send: (p) => as(p, '/api/instance'),
    expected: { anonymous: 200, guest: 200, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/users',
    send: (p) => as(p, '/api/users?q=admin'),
    expected: { anonymous: 401, guest: 403, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/secrets',
    send: (p) => as(p, '/api/secrets'),
    expected: { anonymous: 401, guest: 200, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/invites (guest)',
    send: (p) => postAs(p, '/api/invites', { role: 'guest' }),
    expected: { anonymous: 401, guest: 403, member: 201, admin: 201 },
  },
  {
    route: 'POST /api/invites (member)',
    send: (p) => postAs(p, '/api/invites', { role: 'member' }),
    expected: { anonymous: 401, guest: 403, member: 403, admin: 201 },
  },
  {
    route: 'GET /api/admin/users',
    send: (p) => as(p, '/api/admin/users'),
    expected: { anonymous: 401, guest: 403, member: 403, admin: 200 },
  },
  {
    route: 'PATCH /api/admin/users/:id',
    send: (p) =>
      as(p, `/api/admin/users/${team.other.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ role: 'member' }),
      }),
    expected: { anonymous: 401, guest: 403, member: 403, admin: 200 },
  },
  {
    route: 'POST /api/admin/users/:id/sessions/end',
    send: (p) => postAs(p, `/api/admin/users/${team.other.id}/sessions/end`, {}),
    expected: { anonymous: 401, guest: 403, member: 403, admin: 200 },
  },
  {
    route: 'GET /api/audit',
    send: (p) => as(p, '/api/audit'),
    expected: { anonymous: 401, guest: 200, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/me/sessions',
    send: (p) => as(p, '/api/me/sessions'),
    expected: { anonymous: 401, guest: 200, member: 200, admin: 200 },
  },
  {
    route: 'DELETE /api/admin/users/:id/tokens/:tokenId (unknown token)',
    send: (p) => as(p, `/api/admin/users/${team.other.id}/tokens/${'A'.repeat(22)}`, { method: 'DELETE' }),
    expected: { anonymous: 401, guest: 403, member: 403, admin: 404 },
  },
  {
    route: 'GET /api/me/tokens',
    send: (p) => as(p, '/api/me/tokens'),
    expected: { anonymous: 401, guest: 200, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/secrets (people)',
    send: async (p) => (await createSecretAs(p, { access: 'people', recipients: [team.other.id] })).response,
    expected: { anonymous: 401, guest: 201, member: 201, admin: 201 },
  },
];

describe('route matrix', () => {
  for (const row of matrix) {
    for (const who of ['anonymous', 'guest', 'member', 'admin'] as const) {
      it(`${row.route} as ${who} → ${row.expected[who]}`, async () => {
        const response = await row.send(people()[who]);
        expect(response.status).toBe(row.expected[who]);
        if (response.status >= 400) await errorCode(response);
      });
    }
  }
});

describe('admin actions', () => {
  it('disables a contractor: sessions end, sign-in is refused, tokens stop, links are revoked', async () => {
    const contractor = await register('admin-contractor', await invite(team.admin, 'guest'));
    const link = await createSecretAs(contractor);
    expect(link.response.status).toBe(201);
    const { id: linkId } = (await link.response.json()) as { id: string };
    await stepUp(contractor);
    const tokenResponse = await postAs(contractor, '/api/me/tokens', { name: 'ci' });
    const { token } = (await tokenResponse.json()) as { token: string };
    expect((await as(null, '/api/me', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);

    const disable = await as(team.admin, `/api/admin/users/${contractor.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ state: 'disabled', revokeLinks: true }),
    });
    expect(disable.status).toBe(200);

    expect((await as(contractor, '/api/me')).status).toBe(401);
    expect((await as(null, '/api/me', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    const again = await signIn(contractor);
    expect(again.status).toBe(403);
    expect(await errorCode(again)).toBe('account_disabled');
    expect((await as(null, `/api/secrets/${linkId}`)).status).toBe(404);

    const events = await env.DB.prepare('SELECT event FROM audit_events WHERE target_id IN (?, ?)')
      .bind(contractor.id, linkId)
      .all<{ event: string }>();
    expect(events.results.map((row) => row.event)).toEqual(
      expect.arrayContaining(['user.disabled', 'secret.revoked', 'sign_in.failed']),
    );
  });

  it('changes a role, which takes effect at once, and refuses to demote the admin themself', async () => {
    const promote = await as(team.admin, `/api/admin/users/${team.other.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'guest' }),
    });
    expect(promote.status).toBe(200);
    // The matrix above ended this account's sessions; sign in again.
    const cookie = sessionCookieOf(await signIn(team.other));
    expect((await as({ cookie, ip: team.other.ip }, '/api/users')).status).toBe(403);
    const self = await as(team.admin, `/api/admin/users/${team.admin.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'member' }),
    });
    expect(self.status).toBe(403);
    await as(team.admin, `/api/admin/users/${team.other.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'member' }),
    });
  });

  it('ends all sessions of a user', async () => {
    const person = await register('admin-sessions', await invite(team.admin, 'guest'));
    const ended = await postAs(team.admin, `/api/admin/users/${person.id}/sessions/end`, {});
    expect(await ended.json()).toEqual({ ended: 1, tokensRevoked: 0 });
    expect((await as(person, '/api/me')).status).toBe(401);
  });

  it('the compromised-account action ends sessions and revokes tokens; the list shows where each was added', async () => {
    const victim = await register('admin-victim', await invite(team.admin, 'member'));
    // Someone at another address with the victim's cookie, who also got one passkey check out of the victim
    // (a step-up), adds a passkey and a token: the admin must see both with where they came from.
    const intruder = { cookie: victim.cookie, ip: '203.0.113.9' };
    await stepUp({ ...intruder, authenticator: victim.authenticator });
    const { credentialId } = await addPasskey({ ...victim, ...intruder }, { stepUp: false });
    const tokenResponse = await as(intruder, '/api/me/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'backdoor' }),
      headers: { 'User-Agent': 'curl/8.5.0' },
    });
    expect(tokenResponse.status).toBe(201);
    const { id: tokenId, token } = (await tokenResponse.json()) as { id: string; token: string };
    expect((await postAs(victim, '/api/me/tokens', { name: 'the victim’s own' })).status).toBe(201);

    const listed = (await (await as(team.admin, '/api/admin/users')).json()) as { users: AdminUser[] };
    const shown = listed.users.find((user) => user.id === victim.id);
    expect(shown?.passkeys).toHaveLength(2);
    const added = shown?.passkeys.find((passkey) => passkey.id === credentialId);
    const own = shown?.passkeys.find((passkey) => passkey.id !== credentialId);
    expect(added?.createdIp).toBe('203.0.113.9');
    expect(own?.createdIp).toBe(victim.ip);
    expect(shown?.tokens.find((listedToken) => listedToken.id === tokenId)).toMatchObject({
      name: 'backdoor',
      createdIp: '203.0.113.9',
      createdUserAgent: 'curl/8.5.0',
      revoked: false,
    });

    const bearer = { headers: { Authorization: `Bearer ${token}` } };
    expect((await as(null, '/api/me', bearer)).status).toBe(200);
    const ended = await postAs(team.admin, `/api/admin/users/${victim.id}/sessions/end`, {});
    expect(ended.status).toBe(200);
    expect(await ended.json()).toEqual({ ended: 1, tokensRevoked: 2 });

    const cookieAfter = await as(victim, '/api/me');
    expect(cookieAfter.status).toBe(401);
    expect(await errorCode(cookieAfter)).toBe('sign_in_required');
    const tokenAfter = await as(null, '/api/me', bearer);
    expect(tokenAfter.status).toBe(401);
    expect(await errorCode(tokenAfter)).toBe('unauthorized');

    const events = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'sessions.ended_all' AND target_id = ?",
    )
      .bind(victim.id)
      .all<{ detail: string }>();
    expect(events.results.map((row) => JSON.parse(row.detail))).toEqual([{ count: 1, tokensRevoked: 2 }]);
    const after = (await (await as(team.admin, '/api/admin/users')).json()) as typeof listed;
    const revoked = after.users.find((user) => user.id === victim.id)?.tokens.map((t) => t.revoked);
    expect(revoked).toEqual([true, true]);
  });

  it('revokes one token of an account; another account’s or an unknown token is 404', async () => {
    const person = await register('admin-tokens', await invite(team.admin, 'member'));
    await stepUp(person);
    const create = async (name: string) =>
      (await (await postAs(person, '/api/me/tokens', { name })).json()) as { id: string; token: string };
    const kept = await create('kept');
    const dropped = await create('dropped');
    const revoke = (userId: string, tokenId: string) =>
      as(team.admin, `/api/admin/users/${userId}/tokens/${tokenId}`, { method: 'DELETE' });

    expect((await revoke(team.member.id, dropped.id)).status).toBe(404);
    expect((await revoke(person.id, 'A'.repeat(22))).status).toBe(404);
    const malformed = await revoke(person.id, 'not-a-token');
    expect(malformed.status).toBe(400);
    expect(await errorCode(malformed)).toBe('invalid_request');
    expect((await revoke(person.id, dropped.id)).status).toBe(204);
    expect((await revoke(person.id, dropped.id)).status).toBe(404);
    const use = (token: string) => as(null, '/api/me', { headers: { Authorization: `Bearer ${token}` } });
    expect((await use(dropped.token)).status).toBe(401);
    expect((await use(kept.token)).status).toBe(200);
    const event = await env.DB.prepare(
      "SELECT actor_id, detail FROM audit_events WHERE event = 'token.revoked' AND target_id = ?",
    )
      .bind(dropped.id)
      .first<{ actor_id: string; detail: string }>();
    expect(event).toEqual({ actor_id: team.admin.id, detail: JSON.stringify({ by: 'admin' }) });
  });

  it('answers 404 for an unknown user and 400 for a bad id', async () => {
    const unknown = await as(team.admin, `/api/admin/users/${'A'.repeat(22)}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'guest' }),
    });
    expect(unknown.status).toBe(404);
    const bad = await as(team.admin, '/api/admin/users/nope', {
      method: 'PATCH',
      body: JSON.stringify({ role: 'guest' }),
    });
    expect(bad.status).toBe(400);
  });
});

describe('the audit log', () => {
  it('shows admins every event with filters, and others only their own', async () => {
    const all = (await (await as(team.admin, '/api/audit?limit=200')).json()) as {
      events: Array<{ event: string; actor: { id: string } | null }>;
    };
    expect(all.events.map((event) => event.event)).toEqual(
      expect.arrayContaining(['registered', 'invite.created']),
    );
    const filtered = (await (await as(team.admin, '/api/audit?event=invite.created')).json()) as {
      events: Array<{ event: string }>;
    };
    expect(filtered.events.length).toBeGreaterThan(0);
    expect(filtered.events.every((event) => event.event === 'invite.created')).toBe(true);
    const own = (await (await as(team.member, `/api/audit?actor=${team.admin.id}`)).json()) as {
      events: Array<{ actor: { id: string } | null }>;
    };
    expect(own.events.every((event) => event.actor?.id === team.member.id)).toBe(true);
    expect((await as(team.admin, '/api/audit?limit=0')).status).toBe(400);
  });

  it('never stores a token, claim or cookie', async () => {
    const { results } = await env.DB.prepare('SELECT * FROM audit_events').all();
    const text = JSON.stringify(results);
    for (const person of [team.admin, team.member, team.guest]) {
      expect(text).not.toContain(person.cookie.split('=')[1]?.split('.')[1]);
    }
  });
});
