import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createSecretAs,
  invite,
  makeTeam,
  type Person,
  postAs,
  register,
  sessionCookieOf,
  signIn,
} from '../../test/accounts.ts';
import { errorCode } from '../../test/api-client.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('admin');
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
    expect(((await ended.json()) as { ended: number }).ended).toBe(1);
    expect((await as(person, '/api/me')).status).toBe(401);
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
