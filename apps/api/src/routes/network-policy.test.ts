import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  invite,
  makeTeam,
  type Person,
  postAs,
  sessionCookieOf,
  signIn,
  stepUp,
} from '../../test/accounts.ts';
import { api, errorCode } from '../../test/api-client.ts';

const OFFICE = '192.0.2.0/24';
const INSIDE = '192.0.2.41';
const INSIDE_TOO = '192.0.2.99';
const OUTSIDE = '198.51.100.7';

let team: Awaited<ReturnType<typeof makeTeam>>;
let office: string;
let lab: string;

beforeAll(async () => {
  team = await makeTeam('policy');
  office = await addNetwork('Office', [OFFICE]);
  lab = await addNetwork('Lab', ['203.0.113.0/24']);
});

async function addNetwork(name: string, ranges: string[]): Promise<string> {
  const response = await postAs(team.admin, '/api/admin/networks', { name, ranges });
  expect(response.status).toBe(201);
  return ((await response.json()) as { network: { id: string } }).network.id;
}

/** `person`'s own session (cookie) used from `ip`. */
function from(person: Person, ip: string): Person {
  return { ...person, ip };
}

/** Replaces the policy as `admin` (stepped up first), from the admin's address. */
async function savePolicy(
  admin: Person,
  policy: Readonly<Record<string, readonly string[]>>,
): Promise<Response> {
  await stepUp(admin);
  return as(admin, '/api/admin/network-policy', { method: 'PUT', body: JSON.stringify(policy) });
}

async function deniedEvents(userId: string) {
  const rows = await env.DB.prepare(
    "SELECT ip, detail FROM audit_events WHERE event = 'network_policy.denied' AND target_id = ? ORDER BY id",
  )
    .bind(userId)
    .all<{ ip: string; detail: string }>();
  return rows.results;
}

async function expectDenied(response: Response): Promise<void> {
  expect(response.status).toBe(403);
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('network_policy_denied');
  expect(error.message).not.toMatch(/192\.0\.2|Office|\/24/);
}

describe('the per-role network policy', () => {
  it('is empty by default: every role connects from anywhere', async () => {
    const policy = await as(team.admin, '/api/admin/network-policy');
    expect(await policy.json()).toEqual({ policy: { admin: [], member: [], guest: [] } });
    for (const person of [team.admin, team.member, team.guest]) {
      expect((await as(from(person, OUTSIDE), '/api/me')).status).toBe(200);
    }
    expect(await errorCode(await as(team.member, '/api/admin/network-policy'))).toBe('forbidden');
  });

  it('keeps a role’s sign-ins, sessions and API tokens to its networks, audited with the address', async () => {
    // The member makes a token while the policy still lets them anywhere.
    await stepUp(team.member);
    const tokenResponse = await postAs(team.member, '/api/me/tokens', { name: 'ci' });
    expect(tokenResponse.status).toBe(201);
    const { token } = (await tokenResponse.json()) as { token: string };
    const withToken = (ip: string) =>
      api('/api/secrets', { headers: { Authorization: `Bearer ${token}`, 'CF-Connecting-IP': ip } });

    const saved = await savePolicy(team.admin, { admin: [], member: [office, lab], guest: [] });
    expect(saved.status).toBe(200);
    const changed = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'network_policy.changed' ORDER BY id DESC",
    ).first<{ detail: string }>();
    expect(JSON.parse(changed?.detail ?? '{}')).toEqual({ admin: '', member: 'Office, Lab', guest: '' });

    // An existing session and an API token, used from outside: refused, and recorded with the address.
    await expectDenied(await as(from(team.member, OUTSIDE), '/api/me'));
    await expectDenied(await withToken(OUTSIDE));
    // A new sign-in from outside: the passkey is right, but no session is started.
    const signInOutside = await signIn(from(team.member, OUTSIDE));
    expect(signInOutside.headers.get('Set-Cookie')).toBeNull();
    await expectDenied(signInOutside);
    expect(await deniedEvents(team.member.id)).toEqual(
      ['session', 'token', 'sign_in'].map((via) => ({
        ip: OUTSIDE,
        detail: JSON.stringify({ via, role: 'member' }),
      })),
    );

    // A new member joining with an invite from outside is refused before a passkey is made; inside it starts.
    const inviteToken = await invite(team.admin, 'member');
    const join = (ip: string) =>
      postAs({ cookie: '', ip }, '/api/auth/register/options', { name: `joiner${ip.length}`, inviteToken });
    await expectDenied(await join(OUTSIDE));
    const joinDenied = await env.DB.prepare(
      "SELECT ip, detail FROM audit_events WHERE event = 'network_policy.denied' AND actor_id IS NULL",
    ).all<{ ip: string; detail: string }>();
    expect(joinDenied.results).toEqual([
      { ip: OUTSIDE, detail: JSON.stringify({ via: 'register', role: 'member' }) },
    ]);
    expect((await join(INSIDE)).status).toBe(200);

    // From inside, all three work.
    expect((await as(from(team.member, INSIDE), '/api/me')).status).toBe(200);
    expect((await withToken(INSIDE_TOO)).status).toBe(200);
    const signInInside = await signIn(from(team.member, INSIDE));
    expect(signInInside.status).toBe(200);
    expect((await as({ cookie: sessionCookieOf(signInInside), ip: INSIDE }, '/api/me')).status).toBe(200);
    // Other roles are not kept to it; a signed-out visitor is not either.
    expect((await as(from(team.guest, OUTSIDE), '/api/me')).status).toBe(200);
    expect((await as(from(team.admin, OUTSIDE), '/api/admin/network-policy')).status).toBe(200);
    expect((await api('/api/health', { headers: { 'CF-Connecting-IP': OUTSIDE } })).status).toBe(200);

    expect((await savePolicy(team.admin, { admin: [], member: [], guest: [] })).status).toBe(200);
    expect((await as(from(team.member, OUTSIDE), '/api/me')).status).toBe(200);
  });

  it('refuses an unknown or repeated network id naming the entry, changing nothing', async () => {
    for (const [policy, field] of [
      [{ admin: [], member: ['AAAAAAAAAAAAAAAAAAAAAA'], guest: [] }, 'member.0'],
      [{ admin: [], member: [], guest: [office, office] }, 'guest'],
      [{ admin: [], member: [] }, 'guest'],
      [{ admin: [], member: [], guest: ['not an id'] }, 'guest.0'],
    ] as const) {
      const response = await savePolicy(team.admin, policy);
      expect(response.status, JSON.stringify(policy)).toBe(400);
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message).toContain(field);
    }
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM role_networks').first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });
});

describe('the lock-out guard', () => {
  it('refuses a policy, a network change or a deletion that would shut the admin out of their own address', async () => {
    // The admin is at a 10.x address, outside the office.
    const lockOut = await savePolicy(team.admin, { admin: [office], member: [], guest: [] });
    expect(lockOut.status).toBe(409);
    const { error } = (await lockOut.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('would_lock_you_out');
    expect(error.message).toContain(team.admin.ip);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM role_networks').first<{ n: number }>()).toEqual({
      n: 0,
    });

    // From inside the office, the same policy is saved; the admin's session from elsewhere is then refused.
    const admin = from(team.admin, INSIDE);
    expect((await savePolicy(admin, { admin: [office], member: [], guest: [] })).status).toBe(200);
    await expectDenied(await as(team.admin, '/api/me'));

    // Moving the office elsewhere, or deleting it, would shut the admin out too.
    await stepUp(admin);
    const moved = await as(admin, `/api/admin/networks/${office}`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'Office', ranges: ['198.51.100.0/24'] }),
    });
    expect(await errorCode(moved)).toBe('would_lock_you_out');
    const deleted = await as(admin, `/api/admin/networks/${office}`, { method: 'DELETE' });
    expect(deleted.status).toBe(409);
    expect(await errorCode(deleted)).toBe('network_in_use');
    // A change that keeps the admin's address inside is fine.
    const widened = await as(admin, `/api/admin/networks/${office}`, {
      method: 'PUT',
      body: JSON.stringify({ name: 'Office', ranges: [OFFICE, '198.51.100.0/24'] }),
    });
    expect(widened.status).toBe(200);
  });

  it('break-glass on Workers: the README’s SQL line lets the locked-out role in again', async () => {
    await expectDenied(await as(from(team.admin, '203.0.113.9'), '/api/me'));
    // The line README gives for `wrangler d1 execute`:
    await env.DB.prepare("DELETE FROM role_networks WHERE role = 'admin'").run();
    expect((await as(from(team.admin, '203.0.113.9'), '/api/me')).status).toBe(200);
  });
});
