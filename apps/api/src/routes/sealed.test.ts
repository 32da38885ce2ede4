import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, makeTeam, postAs } from '../../test/accounts.ts';
import { b64url, errorCode, makeClaim, randomBytes } from '../../test/api-client.ts';
import { download, putPart } from '../../test/files.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('sealed');
});

async function createSealed(overrides: Record<string, unknown> = {}) {
  const ciphertext = b64url(randomBytes(256));
  const response = await postAs(team.admin, '/api/secrets', {
    ciphertext,
    expiresIn: 3600,
    access: 'people',
    recipients: [team.guest.id],
    sealed: true,
    ...overrides,
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; manageToken: string };
  return { ...body, ciphertext };
}

describe('sealed secrets', { timeout: 60_000 }, () => {
  it('are stored without a claim hash and open for a recipient who sends no claim', async () => {
    const secret = await createSealed({ maxViews: 2 });
    const row = await env.DB.prepare('SELECT claim_hash, sealed FROM secrets WHERE id = ?')
      .bind(secret.id)
      .first<{ claim_hash: string | null; sealed: number }>();
    expect(row).toEqual({ claim_hash: null, sealed: 1 });
    const metadata = await as(null, `/api/secrets/${secret.id}`);
    expect(await metadata.json()).toMatchObject({ sealed: true, access: 'people', storage: 'inline' });

    const opened = await postAs(team.guest, `/api/secrets/${secret.id}/reveal`, {});
    expect(opened.status).toBe(200);
    expect(await opened.json()).toEqual({ ciphertext: secret.ciphertext, viewsLeft: 1 });
  });

  it('still check people access, and refuse a claim without consuming a view', async () => {
    const secret = await createSealed();
    const signedOut = await postAs(null, `/api/secrets/${secret.id}/reveal`, {});
    expect(signedOut.status).toBe(401);
    expect(await errorCode(signedOut)).toBe('sign_in_required');
    const otherPerson = await postAs(team.member, `/api/secrets/${secret.id}/reveal`, {});
    expect(otherPerson.status).toBe(403);
    expect(await errorCode(otherPerson)).toBe('not_for_you');
    const withClaim = await postAs(team.guest, `/api/secrets/${secret.id}/reveal`, {
      claim: (await makeClaim()).claim,
    });
    expect(withClaim.status).toBe(400);
    expect(await errorCode(withClaim)).toBe('invalid_request');

    expect((await postAs(team.guest, `/api/secrets/${secret.id}/reveal`, {})).status).toBe(200);
    const again = await postAs(team.guest, `/api/secrets/${secret.id}/reveal`, {});
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe('not_found');
  });

  it('are refused with a claim hash, or without people access', async () => {
    const { claimHash } = await makeClaim();
    for (const overrides of [{ claimHash }, { access: 'link', recipients: [] }]) {
      const response = await postAs(team.admin, '/api/secrets', {
        ciphertext: b64url(randomBytes(16)),
        expiresIn: 3600,
        access: 'people',
        recipients: [team.guest.id],
        sealed: true,
        ...overrides,
      });
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('invalid_request');
    }
  });

  it('may be files: the recipient gets a download grant without a claim', async () => {
    const response = await postAs(team.admin, '/api/secrets', {
      upload: { size: 64 },
      expiresIn: 3600,
      access: 'people',
      recipients: [team.guest.id],
      sealed: true,
    });
    expect(response.status).toBe(201);
    const { id, manageToken } = (await response.json()) as { id: string; manageToken: string };
    const bytes = randomBytes(64);
    expect((await putPart(id, manageToken, 1, bytes)).status).toBe(200);
    const completed = await as(team.admin, `/api/secrets/${id}/upload/complete`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${manageToken}` },
      body: '{}',
    });
    expect(completed.status).toBe(200);
    const opened = await postAs(team.guest, `/api/secrets/${id}/reveal`, {});
    expect(opened.status).toBe(200);
    const { download: grant } = (await opened.json()) as { download: { token: string } };
    const file = await download(id, grant.token);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it('open for their sender without using up a view, recorded as opened by the sender', async () => {
    // The sender sealed it to themselves too ("I can re-open it too"): they are among the recipients.
    const secret = await createSealed({ recipients: [team.guest.id, team.admin.id] });
    for (let round = 0; round < 2; round++) {
      const own = await postAs(team.admin, `/api/secrets/${secret.id}/reveal`, {});
      expect(own.status).toBe(200);
      expect(await own.json()).toEqual({ ciphertext: secret.ciphertext, viewsLeft: 1 });
    }
    const views = await env.DB.prepare('SELECT count(*) AS n FROM secret_views WHERE secret_id = ?')
      .bind(secret.id)
      .first<{ n: number }>();
    expect(views?.n).toBe(0);
    const audit = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'secret.opened' AND target_id = ? ORDER BY at",
    )
      .bind(secret.id)
      .all<{ detail: string }>();
    expect(audit.results.map((row) => JSON.parse(row.detail))).toEqual([
      { viewsLeft: 1, bySender: true },
      { viewsLeft: 1, bySender: true },
    ]);
    // The recipient's view is still there, and it is the last.
    const theirs = await postAs(team.guest, `/api/secrets/${secret.id}/reveal`, {});
    expect(await theirs.json()).toEqual({ ciphertext: secret.ciphertext, viewsLeft: 0 });
    expect((await postAs(team.admin, `/api/secrets/${secret.id}/reveal`, {})).status).toBe(404);
  });

  it('refuse a sender who did not seal it to themselves, as anyone not named', async () => {
    const secret = await createSealed();
    const own = await postAs(team.admin, `/api/secrets/${secret.id}/reveal`, {});
    expect(own.status).toBe(403);
    expect(await errorCode(own)).toBe('not_for_you');
  });

  it('tell a signed-in caller in the metadata whether they are named, and a signed-out one nothing', async () => {
    const secret = await createSealed();
    const forYou = async (person: typeof team.admin | null) =>
      ((await (await as(person, `/api/secrets/${secret.id}`)).json()) as { forYou?: boolean }).forYou;
    expect(await forYou(team.guest)).toBe(true);
    expect(await forYou(team.member)).toBe(false);
    expect(await forYou(team.admin)).toBe(false);
    expect(await forYou(null)).toBeUndefined();
  });
});
