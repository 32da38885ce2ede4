import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createSecretAs, makeTeam, type Person, postAs } from '../../test/accounts.ts';
import { countSecrets, errorCode } from '../../test/api-client.ts';

const OFFICE = '192.0.2.0/24';
const INSIDE = '192.0.2.41';
const OUTSIDE = '198.51.100.7';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('networks');
});

/** A signed-out visitor at `ip`. */
function visitor(ip: string, extra: Record<string, string> = {}) {
  return (path: string, body?: unknown) =>
    as(null, path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'CF-Connecting-IP': ip, ...extra },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

async function createLimited(person: Person | null, allowedRanges: string[]) {
  const { response, claim } = await createSecretAs(person, { allowedRanges });
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return { id, claim };
}

async function viewsLeft(id: string): Promise<number | null> {
  const row = await env.DB.prepare('SELECT views_left AS n FROM secrets WHERE id = ?')
    .bind(id)
    .first<{ n: number }>();
  return row?.n ?? null;
}

describe('a link limited to networks', () => {
  it('opens from inside a range, and from outside is refused without naming it, consuming nothing, audited', async () => {
    const { id, claim } = await createLimited(team.member, [OFFICE, '2001:db8::/32']);

    for (const refused of [
      await visitor(OUTSIDE)(`/api/secrets/${id}`),
      await visitor(OUTSIDE)(`/api/secrets/${id}/reveal`, { claim }),
    ]) {
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('network_not_allowed');
      expect(body.error.message).not.toMatch(/192\.0\.2|2001|\/24|\/32/);
    }
    expect(await viewsLeft(id)).toBe(1);
    const denied = await env.DB.prepare(
      "SELECT ip, detail FROM audit_events WHERE event = 'secret.denied' AND target_id = ?",
    )
      .bind(id)
      .all<{ ip: string; detail: string }>();
    expect(denied.results).toEqual([
      { ip: OUTSIDE, detail: '{"reason":"outside_network"}' },
      { ip: OUTSIDE, detail: '{"reason":"outside_network"}' },
    ]);

    const metadata = await visitor(INSIDE)(`/api/secrets/${id}`);
    expect(metadata.status).toBe(200);
    const revealed = await visitor('2001:db8:1::5')(`/api/secrets/${id}/reveal`, { claim });
    expect(revealed.status).toBe(200);
    expect(await viewsLeft(id)).toBe(0);
  });

  it('takes no address a client writes itself: a spoofed X-Forwarded-For from outside is refused', async () => {
    const { id, claim } = await createLimited(null, [OFFICE]);
    const spoofed = await visitor(OUTSIDE, { 'X-Forwarded-For': INSIDE })(`/api/secrets/${id}/reveal`, {
      claim,
    });
    expect(spoofed.status).toBe(403);
    expect(await errorCode(spoofed)).toBe('network_not_allowed');
    expect(await viewsLeft(id)).toBe(1);
  });

  it('checks the network before the access rule, and then the access rule still applies', async () => {
    const { id, claim } = await createLimited(team.member, [OFFICE]);
    await env.DB.prepare("UPDATE secrets SET access = 'signed-in' WHERE id = ?").bind(id).run();
    const outside = await visitor(OUTSIDE)(`/api/secrets/${id}/reveal`, { claim });
    expect(await errorCode(outside)).toBe('network_not_allowed');
    const signedOut = await visitor(INSIDE)(`/api/secrets/${id}/reveal`, { claim });
    expect(await errorCode(signedOut)).toBe('sign_in_required');
    const guest = await postAs({ ...team.guest, ip: INSIDE }, `/api/secrets/${id}/reveal`, { claim });
    expect(await errorCode(guest)).toBe('not_for_you');
    expect(await viewsLeft(id)).toBe(1);
    const member = await postAs({ ...team.other, ip: INSIDE }, `/api/secrets/${id}/reveal`, { claim });
    expect(member.status).toBe(200);
  });

  it('shows its ranges, canonical and without repeats, in the creator’s list', async () => {
    const { id } = await createLimited(team.admin, ['192.0.2.77/24', OFFICE, '2001:DB8::1']);
    const unlimited = await createSecretAs(team.admin);
    const { id: other } = (await unlimited.response.json()) as { id: string };
    const list = await as(team.admin, '/api/secrets');
    const { secrets } = (await list.json()) as { secrets: Array<{ id: string; allowedRanges?: string[] }> };
    expect(secrets.find((secret) => secret.id === id)?.allowedRanges).toEqual([
      '192.0.2.0/24',
      '2001:db8::1/128',
    ]);
    expect(secrets.find((secret) => secret.id === other)?.allowedRanges).toEqual([]);
  });

  it('refuses bad ranges with 400 naming the field, and stores nothing', async () => {
    const before = await countSecrets(env.DB);
    for (const allowedRanges of [
      ['192.0.2.0/33'],
      ['192.0.2'],
      ['0.0.0.0/0'],
      ['10.0.0.0/7'],
      ['::/0'],
      ['2001:db8::/15'],
      ['::ffff:10.0.0.0/100'],
      ['fe80::1%eth0'],
      ['192.0.2.0/24 '],
      [],
      Array.from({ length: 17 }, (_, i) => `192.0.${i}.0/24`),
      'not a list',
    ]) {
      const { response } = await createSecretAs(null, { allowedRanges });
      expect(response.status, JSON.stringify(allowedRanges)).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message).toContain('allowedRanges');
    }
    expect(await countSecrets(env.DB)).toBe(before);
  });
});
