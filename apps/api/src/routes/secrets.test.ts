import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  api,
  b64url,
  createSecret,
  errorCode,
  makeClaim,
  postJson,
  randomBytes,
  reveal,
} from '../../test/api-client.ts';

describe('POST /api/secrets', () => {
  it('stores a secret and answers its id, expiry and a manage token that is kept only hashed', async () => {
    const before = Date.now();
    const { claimHash } = await makeClaim();
    const ciphertext = b64url(randomBytes(300));
    const response = await postJson('/api/secrets', { ciphertext, expiresIn: 3600, maxViews: 2, claimHash });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; expiresAt: string; manageToken: string };
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const expiresAt = Date.parse(body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000);

    const row = await env.DB.prepare('SELECT * FROM secrets WHERE id = ?')
      .bind(body.id)
      .first<Record<string, unknown>>();
    expect(row).toMatchObject({ ciphertext, claim_hash: claimHash, max_views: 2, views_left: 2, size: 300 });
    expect(row?.manage_token_hash).not.toBe(body.manageToken);
    expect(JSON.stringify(row)).not.toContain(body.manageToken);
  });

  it('gives every secret a different id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10; i++) ids.add((await createSecret()).id);
    expect(ids.size).toBe(10);
  });
});

describe('GET /api/secrets/:id', () => {
  it('shows metadata and consumes nothing, however often it is read', async () => {
    const secret = await createSecret({ maxViews: 1, passphrase: true });
    for (let i = 0; i < 3; i++) {
      const response = await api(`/api/secrets/${secret.id}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        expiresAt: secret.expiresAt,
        viewsLeft: 1,
        access: 'link',
        passphrase: true,
        sealed: false,
        size: 1024,
        storage: 'inline',
        sender: null,
      });
    }
    expect((await reveal(secret.id, secret.claim)).status).toBe(200);
  });
});

describe('POST /api/secrets/:id/reveal', () => {
  it('returns the ciphertext once for a one-time secret, then answers 404 everywhere', async () => {
    const secret = await createSecret();
    const first = await reveal(secret.id, secret.claim);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ciphertext: secret.ciphertext, viewsLeft: 0 });

    const second = await reveal(secret.id, secret.claim);
    expect(second.status).toBe(404);
    expect(await errorCode(second)).toBe('not_found');
    expect((await api(`/api/secrets/${secret.id}`)).status).toBe(404);

    const row = await env.DB.prepare('SELECT ciphertext FROM secrets WHERE id = ?').bind(secret.id).first();
    expect(row).toEqual({ ciphertext: null });
  });

  it('refuses a wrong claim without consuming a view', async () => {
    const secret = await createSecret();
    const wrong = await reveal(secret.id, (await makeClaim()).claim);
    expect(wrong.status).toBe(403);
    expect(await errorCode(wrong)).toBe('claim_mismatch');

    const missing = await postJson(`/api/secrets/${secret.id}/reveal`, {});
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe('claim_required');

    const metadata = (await (await api(`/api/secrets/${secret.id}`)).json()) as { viewsLeft: number };
    expect(metadata.viewsLeft).toBe(1);
    expect((await reveal(secret.id, secret.claim)).status).toBe(200);
  });

  it('lets exactly one of 20 concurrent reveals of a one-time secret succeed', async () => {
    const secret = await createSecret();
    const responses = await Promise.all(Array.from({ length: 20 }, () => reveal(secret.id, secret.claim)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 404)).toHaveLength(19);
  });

  it("records each reveal once in the audit log and the secret's views", async () => {
    const secret = await createSecret({ maxViews: 3 });
    expect((await reveal(secret.id, (await makeClaim()).claim)).status).toBe(403);
    expect((await reveal(secret.id, secret.claim)).status).toBe(200);
    expect((await reveal(secret.id, secret.claim)).status).toBe(200);
    const opened = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'secret.opened' AND target_id = ?",
    )
      .bind(secret.id)
      .all<{ detail: string }>();
    expect(opened.results.map((row) => JSON.parse(row.detail).viewsLeft)).toEqual([2, 1]);
    const views = await env.DB.prepare('SELECT count(*) AS n FROM secret_views WHERE secret_id = ?')
      .bind(secret.id)
      .first();
    expect(views).toEqual({ n: 2 });
  });

  it('lets exactly three of 20 concurrent reveals of a 3-view secret succeed', async () => {
    const secret = await createSecret({ maxViews: 3 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => reveal(secret.id, secret.claim)));
    const ok = responses.filter((response) => response.status === 200);
    expect(ok).toHaveLength(3);
    const viewsLeft = await Promise.all(
      ok.map(async (response) => ((await response.json()) as { viewsLeft: number }).viewsLeft),
    );
    expect(viewsLeft.sort()).toEqual([0, 1, 2]);
    // Only the three that consumed a view recorded one, each with the count its own view left.
    const opened = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE event = 'secret.opened' AND target_id = ?",
    )
      .bind(secret.id)
      .all<{ detail: string }>();
    expect(opened.results.map((row) => JSON.parse(row.detail).viewsLeft).sort()).toEqual([0, 1, 2]);
    const views = await env.DB.prepare('SELECT count(*) AS n FROM secret_views WHERE secret_id = ?')
      .bind(secret.id)
      .first();
    expect(views).toEqual({ n: 3 });
  });

  it('answers the same 404 body for unknown, expired, used-up and revoked secrets', async () => {
    const usedUp = await createSecret();
    await reveal(usedUp.id, usedUp.claim);
    const expired = await createSecret();
    await env.DB.prepare('UPDATE secrets SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, expired.id)
      .run();
    const revoked = await createSecret();
    await api(`/api/secrets/${revoked.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${revoked.manageToken}` },
    });
    const answers = await Promise.all([
      reveal(b64url(randomBytes(16)), usedUp.claim),
      reveal(usedUp.id, usedUp.claim),
      reveal(expired.id, expired.claim),
      reveal(revoked.id, revoked.claim),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(bodies).size).toBe(1);
  });
});

describe('DELETE /api/secrets/:id', () => {
  it('revokes with the manage token: the ciphertext is deleted at once', async () => {
    const secret = await createSecret({ maxViews: 5 });
    const response = await api(`/api/secrets/${secret.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${secret.manageToken}` },
    });
    expect(response.status).toBe(204);
    const row = await env.DB.prepare('SELECT ciphertext, revoked_at FROM secrets WHERE id = ?')
      .bind(secret.id)
      .first<{ ciphertext: string | null; revoked_at: number | null }>();
    expect(row?.ciphertext).toBeNull();
    expect(row?.revoked_at).toBeTypeOf('number');
    expect((await reveal(secret.id, secret.claim)).status).toBe(404);
    expect((await api(`/api/secrets/${secret.id}`)).status).toBe(404);

    const again = await api(`/api/secrets/${secret.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${secret.manageToken}` },
    });
    expect(again.status).toBe(204);
  });

  it('refuses a missing or wrong token and revokes nothing', async () => {
    const secret = await createSecret();
    const missing = await api(`/api/secrets/${secret.id}`, { method: 'DELETE' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(await errorCode(missing)).toBe('unauthorized');

    const other = await createSecret();
    const wrong = await api(`/api/secrets/${secret.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${other.manageToken}` },
    });
    expect(wrong.status).toBe(403);
    expect(await errorCode(wrong)).toBe('forbidden');
    expect((await reveal(secret.id, secret.claim)).status).toBe(200);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await api(`/api/secrets/${b64url(randomBytes(16))}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer abc' },
    });
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('not_found');
  });
});
