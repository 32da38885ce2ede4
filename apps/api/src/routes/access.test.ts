import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createSecretAs, makeTeam, postAs } from '../../test/accounts.ts';
import { errorCode, makeClaim } from '../../test/api-client.ts';
import { type CreatedUpload, download, secretRow, uploadFile } from '../../test/files.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('access');
});

async function created(response: Response): Promise<{ id: string; manageToken: string }> {
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; manageToken: string };
}

describe('people links', () => {
  it('opens only for the named person; others are told it is not for them, signed-out people to sign in', async () => {
    const { response, claim } = await createSecretAs(team.admin, {
      access: 'people',
      recipients: [team.guest.id],
    });
    const { id } = await created(response);

    const signedOut = await postAs(null, `/api/secrets/${id}/reveal`, { claim });
    expect(signedOut.status).toBe(401);
    expect(await errorCode(signedOut)).toBe('sign_in_required');

    const wrongPerson = await postAs(team.member, `/api/secrets/${id}/reveal`, { claim });
    expect(wrongPerson.status).toBe(403);
    expect(await errorCode(wrongPerson)).toBe('not_for_you');

    const metadata = (await (await as(null, `/api/secrets/${id}`)).json()) as {
      viewsLeft: number;
      access: string;
    };
    expect(metadata).toMatchObject({ viewsLeft: 1, access: 'people' });

    const opened = await postAs(team.guest, `/api/secrets/${id}/reveal`, { claim });
    expect(opened.status).toBe(200);

    const denied = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'secret.denied' AND target_id = ?",
    )
      .bind(id)
      .all<{ detail: string }>();
    expect(denied.results.map((row) => JSON.parse(row.detail).reason).sort()).toEqual([
      'not_a_recipient',
      'signed_out',
    ]);

    const dashboard = (await (await as(team.admin, '/api/secrets')).json()) as {
      secrets: Array<{
        id: string;
        state: string;
        views: Array<{ user: { id: string } | null }>;
        recipients: Array<{ id: string }>;
      }>;
    };
    const mine = dashboard.secrets.find((secret) => secret.id === id);
    expect(mine?.state).toBe('used');
    expect(mine?.views.map((view) => view.user?.id)).toEqual([team.guest.id]);
    expect(mine?.recipients.map((user) => user.id)).toEqual([team.guest.id]);
  });

  it('refuses recipients that do not exist and people links without recipients', async () => {
    const unknown = await createSecretAs(team.admin, { access: 'people', recipients: ['A'.repeat(22)] });
    expect(unknown.response.status).toBe(400);
    expect(await errorCode(unknown.response)).toBe('unknown_user');
    const none = await createSecretAs(team.admin, { access: 'people', recipients: [] });
    expect(await errorCode(none.response)).toBe('invalid_request');
  });
});

describe('signed-in links: the team (members and admins), not guests', () => {
  it('open for members and admins, for no anonymous visitor, and for no guest', async () => {
    const { response, claim } = await createSecretAs(team.member, { access: 'signed-in', maxViews: 3 });
    const { id } = await created(response);

    const signedOut = await postAs(null, `/api/secrets/${id}/reveal`, { claim });
    expect(signedOut.status).toBe(401);
    expect(await errorCode(signedOut)).toBe('sign_in_required');

    // A guest is told it is not for them, as a signed-in person not named on a `people` link is.
    const guest = await postAs(team.guest, `/api/secrets/${id}/reveal`, { claim });
    expect(guest.status).toBe(403);
    expect(await errorCode(guest)).toBe('not_for_you');
    expect(((await (await as(null, `/api/secrets/${id}`)).json()) as { viewsLeft: number }).viewsLeft).toBe(
      3,
    );

    expect((await postAs(team.other, `/api/secrets/${id}/reveal`, { claim })).status).toBe(200);
    expect((await postAs(team.admin, `/api/secrets/${id}/reveal`, { claim })).status).toBe(200);

    const denied = await env.DB.prepare(
      "SELECT detail, actor_id FROM audit_events WHERE event = 'secret.denied' AND target_id = ?",
    )
      .bind(id)
      .all<{ detail: string; actor_id: string | null }>();
    expect(denied.results.map((row) => [JSON.parse(row.detail).reason, row.actor_id]).sort()).toEqual([
      ['guest_not_on_team', team.guest.id],
      ['signed_out', null],
    ]);
  });

  it('give a guest no download grant for a file: the reveal that would make one is refused', async () => {
    const { claim, claimHash } = await makeClaim();
    const size = 1000;
    const createdUpload = await postAs(team.admin, '/api/secrets', {
      upload: { size },
      expiresIn: 3600,
      claimHash,
      access: 'signed-in',
      maxViews: 2,
    });
    const upload = (await created(createdUpload)) as CreatedUpload;
    await uploadFile({ ...upload, claim }, size, 7);

    const guest = await postAs(team.guest, `/api/secrets/${upload.id}/reveal`, { claim });
    expect(guest.status).toBe(403);
    expect(await errorCode(guest)).toBe('not_for_you');

    const member = await postAs(team.member, `/api/secrets/${upload.id}/reveal`, { claim });
    expect(member.status).toBe(200);
    const { download: grant } = (await member.json()) as { download: { token: string } };
    const body = await download(upload.id, grant.token);
    expect(body.status).toBe(200);
    expect((await body.arrayBuffer()).byteLength).toBe(size);
    expect((await secretRow(upload.id))?.views_left).toBe(1);
  });

  it('cannot be created anonymously, nor by a guest; a guest may still create a link', async () => {
    const anonymous = await createSecretAs(null, { access: 'signed-in' });
    expect(anonymous.response.status).toBe(401);
    expect(await errorCode(anonymous.response)).toBe('sign_in_required');

    const byGuest = await createSecretAs(team.guest, { access: 'signed-in' });
    expect(byGuest.response.status).toBe(403);
    expect(await errorCode(byGuest.response)).toBe('forbidden');

    expect((await createSecretAs(team.guest, { access: 'link' })).response.status).toBe(201);
    expect((await createSecretAs(team.member, { access: 'signed-in' })).response.status).toBe(201);
  });
});

describe('the dashboard', () => {
  it('lists only my links and revokes one or all', async () => {
    const first = await created(
      (await createSecretAs(team.other, { maxViews: 3, notifyOnOpen: true })).response,
    );
    const second = await created((await createSecretAs(team.other)).response);
    await created((await createSecretAs(team.other)).response);

    const mine = (await (await as(team.other, '/api/secrets')).json()) as { secrets: Array<{ id: string }> };
    expect(mine.secrets.map((secret) => secret.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    const theirs = (await (await as(team.member, '/api/secrets')).json()) as {
      secrets: Array<{ id: string }>;
    };
    expect(theirs.secrets.map((secret) => secret.id)).not.toContain(first.id);
    expect((await as(null, '/api/secrets')).status).toBe(401);

    expect((await as(team.member, `/api/secrets/${first.id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await as(team.other, `/api/secrets/${first.id}`, { method: 'DELETE' })).status).toBe(204);
    const all = await postAs(team.other, '/api/secrets/revoke-all', {});
    expect(((await all.json()) as { revoked: number }).revoked).toBe(2); // the other two; the first was revoked
    const after = (await (await as(team.other, '/api/secrets')).json()) as {
      secrets: Array<{ state: string }>;
    };
    expect(after.secrets.every((secret) => secret.state === 'revoked')).toBe(true);
  });

  it('records IP and user agent of a link-access view', async () => {
    const { response, claim } = await createSecretAs(team.member, { maxViews: 2 });
    const { id } = await created(response);
    const opened = await as(null, `/api/secrets/${id}/reveal`, {
      method: 'POST',
      body: JSON.stringify({ claim }),
      headers: { 'CF-Connecting-IP': '10.1.2.3', 'User-Agent': 'TestBrowser/1.0' },
    });
    expect(opened.status).toBe(200);
    const list = (await (await as(team.member, '/api/secrets')).json()) as {
      secrets: Array<{
        id: string;
        viewsUsed: number;
        viewsLeft: number;
        views: Array<{ ip: string; userAgent: string }>;
      }>;
    };
    const entry = list.secrets.find((secret) => secret.id === id);
    expect(entry).toMatchObject({ viewsUsed: 1, viewsLeft: 1 });
    expect(entry?.views[0]).toMatchObject({ ip: '10.1.2.3', userAgent: 'TestBrowser/1.0' });
  });
});

describe('anonymous links', () => {
  it('can be created when ANONYMOUS_LINKS is true (the test setting)', async () => {
    const { response } = await createSecretAs(null);
    expect(response.status).toBe(201);
  });
});
