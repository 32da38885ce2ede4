import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createSecretAs, makeTeam, type Person, postAs, stepUp } from '../../test/accounts.ts';
import { countSecrets, errorCode } from '../../test/api-client.ts';

const OFFICE = '192.0.2.0/24';
const INSIDE = '192.0.2.41';
const OUTSIDE = '198.51.100.7';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('named');
});

/** Sends JSON with `method` as `person`. */
function send(person: Person, method: string, path: string, body?: unknown) {
  return as(person, path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

async function addNetwork(
  name: string,
  ranges: string[],
): Promise<{ id: string; name: string; ranges: string[] }> {
  const response = await postAs(team.admin, '/api/admin/networks', { name, ranges });
  expect(response.status).toBe(201);
  return ((await response.json()) as { network: { id: string; name: string; ranges: string[] } }).network;
}

async function viewsLeft(id: string): Promise<number | null> {
  const row = await env.DB.prepare('SELECT views_left AS n FROM secrets WHERE id = ?')
    .bind(id)
    .first<{ n: number }>();
  return row?.n ?? null;
}

async function auditEvents(event: string, targetId: string) {
  const rows = await env.DB.prepare(
    'SELECT ip, detail FROM audit_events WHERE event = ? AND target_id = ? ORDER BY id',
  )
    .bind(event, targetId)
    .all<{ ip: string; detail: string }>();
  return rows.results;
}

describe('named networks', () => {
  it('are added, listed, changed and deleted by admins only, each change audited', async () => {
    const network = await addNetwork('Lab', ['192.0.2.77/24', OFFICE, '2001:DB8::1']);
    expect(network).toMatchObject({ name: 'Lab', ranges: ['192.0.2.0/24', '2001:db8::1/128'] });
    expect(await auditEvents('network.created', network.id)).toHaveLength(1);

    for (const person of [team.member, team.guest]) {
      expect(await errorCode(await as(person, '/api/admin/networks'))).toBe('forbidden');
      expect(
        await errorCode(await postAs(person, '/api/admin/networks', { name: 'Mine', ranges: [OFFICE] })),
      ).toBe('forbidden');
    }
    // Senders see the names only.
    const choices = (await (await as(team.guest, '/api/networks')).json()) as { networks: unknown[] };
    expect(choices.networks).toContainEqual({ id: network.id, name: 'Lab' });
    expect(await errorCode(await as(null, '/api/networks'))).toBe('sign_in_required');

    // A step-up of the admin's session that has lapsed: changing a network asks for a new one.
    await env.DB.prepare('UPDATE sessions SET stepped_up_at = NULL WHERE user_id = ?')
      .bind(team.admin.id)
      .run();
    const unconfirmed = await send(team.admin, 'PUT', `/api/admin/networks/${network.id}`, {
      name: 'Lab 2',
      ranges: ['198.51.100.0/24'],
    });
    expect(await errorCode(unconfirmed)).toBe('step_up_required');
    await stepUp(team.admin);
    const changed = await send(team.admin, 'PUT', `/api/admin/networks/${network.id}`, {
      name: 'Lab 2',
      ranges: ['198.51.100.0/24'],
    });
    expect(changed.status).toBe(200);
    expect(await auditEvents('network.changed', network.id)).toEqual([
      {
        ip: team.admin.ip,
        detail: JSON.stringify({ name: 'Lab 2', formerName: 'Lab', ranges: '198.51.100.0/24' }),
      },
    ]);
    const listed = (await (await as(team.admin, '/api/admin/networks')).json()) as {
      networks: Array<{ id: string; name: string; ranges: string[] }>;
    };
    expect(listed.networks.find((entry) => entry.id === network.id)).toMatchObject({
      name: 'Lab 2',
      ranges: ['198.51.100.0/24'],
    });

    expect((await send(team.admin, 'DELETE', `/api/admin/networks/${network.id}`)).status).toBe(204);
    expect(await auditEvents('network.removed', network.id)).toHaveLength(1);
    expect(await errorCode(await send(team.admin, 'DELETE', `/api/admin/networks/${network.id}`))).toBe(
      'not_found',
    );
  });

  it('refuses bad input with 4xx naming the field, and a name taken in any case, changing nothing', async () => {
    await addNetwork('Office VPN', [OFFICE]);
    const before = await env.DB.prepare('SELECT count(*) AS n FROM networks').first<{ n: number }>();
    const cases: Array<[unknown, string, string]> = [
      [{ name: 'office vpn', ranges: ['198.51.100.0/24'] }, 'name_taken', 'name'],
      [{ name: '', ranges: [OFFICE] }, 'invalid_request', 'name'],
      [{ name: 'Bad\nname', ranges: [OFFICE] }, 'invalid_request', 'name'],
      [{ name: 'x'.repeat(61), ranges: [OFFICE] }, 'invalid_request', 'name'],
      [{ name: 'Wide', ranges: ['0.0.0.0/0'] }, 'invalid_request', 'ranges'],
      [{ name: 'Zone', ranges: ['fe80::1%eth0'] }, 'invalid_request', 'ranges'],
      [{ name: 'Empty', ranges: [] }, 'invalid_request', 'ranges'],
      [{ name: 'Bad', ranges: ['192.0.2.0/33'] }, 'invalid_request', 'ranges'],
      [{ name: 'Extra', ranges: [OFFICE], more: 1 }, 'invalid_request', 'more'],
    ];
    for (const [body, code, field] of cases) {
      const response = await postAs(team.admin, '/api/admin/networks', body);
      expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code, JSON.stringify(body)).toBe(code);
      expect(error.message).toContain(field);
    }
    const after = await env.DB.prepare('SELECT count(*) AS n FROM networks').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});

describe('a link limited to a named network', () => {
  it('opens inside, is refused outside with nothing consumed, and keeps the ranges it was created with', async () => {
    await addNetwork('Branch', [OFFICE]);
    const { response, claim } = await createSecretAs(team.member, { allowedNetworks: ['branch'] });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };

    const outside = await as(null, `/api/secrets/${id}/reveal`, {
      method: 'POST',
      headers: { 'CF-Connecting-IP': OUTSIDE },
      body: JSON.stringify({ claim }),
    });
    expect(outside.status).toBe(403);
    const { error } = (await outside.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('network_not_allowed');
    expect(error.message).not.toMatch(/192\.0\.2|Branch/);
    expect(await viewsLeft(id)).toBe(1);
    expect(await auditEvents('secret.denied', id)).toEqual([
      { ip: OUTSIDE, detail: '{"reason":"outside_network"}' },
    ]);

    // The admin moves the network elsewhere: the link already sent keeps the office range.
    const [network] = (
      (await (await as(team.admin, '/api/admin/networks')).json()) as {
        networks: Array<{ id: string; name: string }>;
      }
    ).networks.filter((entry) => entry.name === 'Branch');
    await stepUp(team.admin);
    const moved = await send(team.admin, 'PUT', `/api/admin/networks/${network?.id}`, {
      name: 'Branch',
      ranges: ['198.51.100.0/24'],
    });
    expect(moved.status).toBe(200);
    const stillOutside = await as(null, `/api/secrets/${id}`, { headers: { 'CF-Connecting-IP': OUTSIDE } });
    expect(await errorCode(stillOutside)).toBe('network_not_allowed');

    const list = (await (await as(team.member, '/api/secrets')).json()) as {
      secrets: Array<{ id: string; allowedRanges: string[]; allowedNetworks: string[] }>;
    };
    expect(list.secrets.find((secret) => secret.id === id)).toMatchObject({
      allowedRanges: [OFFICE],
      allowedNetworks: ['Branch'],
    });

    const inside = await as(null, `/api/secrets/${id}/reveal`, {
      method: 'POST',
      headers: { 'CF-Connecting-IP': INSIDE },
      body: JSON.stringify({ claim }),
    });
    expect(inside.status).toBe(200);
    expect(await viewsLeft(id)).toBe(0);
  });

  it('joins raw ranges and the network’s, and refuses an unknown name or a signed-out sender, storing nothing', async () => {
    await addNetwork('Depot', ['203.0.113.0/24']);
    const { response } = await createSecretAs(team.member, {
      allowedRanges: ['2001:db8::/32'],
      allowedNetworks: ['Depot'],
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const row = await env.DB.prepare(
      'SELECT allowed_ranges AS r, allowed_networks AS n FROM secrets WHERE id = ?',
    )
      .bind(id)
      .first<{ r: string; n: string }>();
    expect(row).toEqual({ r: '["2001:db8::/32","203.0.113.0/24"]', n: '["Depot"]' });

    const before = await countSecrets(env.DB);
    const unknown = await createSecretAs(team.member, { allowedNetworks: ['Depot', 'Nowhere'] });
    expect(unknown.response.status).toBe(400);
    const { error } = (await unknown.response.json()) as { error: { code: string; message: string } };
    expect(error).toMatchObject({ code: 'unknown_network' });
    expect(error.message).toContain('allowedNetworks.1');
    const anonymous = await createSecretAs(null, { allowedNetworks: ['Depot'] });
    expect(await errorCode(anonymous.response)).toBe('sign_in_required');
    for (const allowedNetworks of [[], [''], 'Depot', Array.from({ length: 17 }, (_, i) => `n${i}`)]) {
      const bad = await createSecretAs(team.member, { allowedNetworks });
      expect(bad.response.status, JSON.stringify(allowedNetworks)).toBe(400);
      expect(((await bad.response.json()) as { error: { message: string } }).error.message).toContain(
        'allowedNetworks',
      );
    }
    expect(await countSecrets(env.DB)).toBe(before);
  });
});
