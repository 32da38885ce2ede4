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
});
