import { env } from 'cloudflare:test';
import { MAX_REQUEST_NOTE_LENGTH, MAX_REQUEST_SECONDS } from '@hushlink/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  invite,
  makeTeam,
  type Person,
  postAs,
  randomIp,
  register,
  stepUp,
} from '../../test/accounts.ts';
import { api, b64url, errorCode, randomBytes } from '../../test/api-client.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;
/** A member whose passkey has a sealing key: the one who asks. */
let asker: Person;

beforeAll(async () => {
  team = await makeTeam('req');
  asker = await register('req-asker', await invite(team.admin, 'member'), { prf: true });
});

interface MyRequest {
  id: string;
  note: string;
  state: string;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  secretId: string | null;
  answer?: {
    state: string;
    opened: { at: string; user: { id: string } | null; ip: string | null; userAgent: string | null } | null;
  } | null;
  keys: Array<{ passkeyId: string; passkeyName: string; publicKey: string; addedAt: string }>;
}

async function createRequest(person: Person = asker, body: Record<string, unknown> = {}): Promise<MyRequest> {
  const response = await postAs(person, '/api/requests', {
    note: 'the staging DB password',
    expiresIn: 3600,
    ...body,
  });
  if (response.status !== 201) throw new Error(`create: ${response.status} ${await response.text()}`);
  return (await response.json()) as MyRequest;
}

function answer(
  id: string,
  ciphertext = b64url(randomBytes(400)),
  person: Person | null = null,
): Promise<Response> {
  return postAs(person, `/api/requests/${id}/answer`, { ciphertext });
}

async function myRequests(person: Person = asker): Promise<MyRequest[]> {
  const response = await as(person, '/api/requests');
  expect(response.status).toBe(200);
  return ((await response.json()) as { requests: MyRequest[] }).requests;
}

async function expectGone(response: Response): Promise<void> {
  expect(response.status).toBe(404);
  expect(await errorCode(response)).toBe('request_gone');
}

function reveal(person: Person | null, secretId: string): Promise<Response> {
  return postAs(person, `/api/secrets/${secretId}/reveal`, {});
}

describe('POST /api/requests', () => {
  it('creates an open request sealed to the requester’s keys as they are now', async () => {
    const before = Date.now();
    const created = await createRequest(asker, { expiresIn: 7200 });
    expect(created).toMatchObject({
      note: 'the staging DB password',
      state: 'open',
      answeredAt: null,
      secretId: null,
    });
    expect(created.id).toMatch(/^[\w-]{22}$/);
    expect(Date.parse(created.expiresAt)).toBeGreaterThanOrEqual(before + 7200_000);
    expect(created.keys).toEqual([
      {
        passkeyId: expect.any(String),
        passkeyName: expect.any(String),
        publicKey: asker.authenticator.prfPublicKey(),
        addedAt: expect.any(String),
      },
    ]);
    const row = await env.DB.prepare('SELECT requester_id, keys FROM secret_requests WHERE id = ?')
      .bind(created.id)
      .first<{ requester_id: string; keys: string }>();
    expect(row?.requester_id).toBe(asker.id);
    expect(JSON.parse(row?.keys ?? '[]')).toEqual(created.keys);
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_events WHERE event = 'request.created' AND target_id = ?",
    )
      .bind(created.id)
      .first();
    expect(audit).toEqual({ actor_id: asker.id });
  });

  it('refuses someone without a sealing key with 409 no_keys: they could not open the answer', async () => {
    const response = await postAs(team.member, '/api/requests', { note: 'a key', expiresIn: 3600 });
    expect(response.status).toBe(409);
    expect(await errorCode(response)).toBe('no_keys');
  });

  it('needs a signed-in caller', async () => {
    const response = await postAs(null, '/api/requests', { note: 'a key', expiresIn: 3600 });
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('sign_in_required');
  });

  it.each([
    ['an empty note', { note: '   ', expiresIn: 3600 }],
    ['a note too long', { note: 'x'.repeat(MAX_REQUEST_NOTE_LENGTH + 1), expiresIn: 3600 }],
    ['a life too long', { note: 'a key', expiresIn: MAX_REQUEST_SECONDS + 1 }],
    ['a life too short', { note: 'a key', expiresIn: 59 }],
    ['an unknown field', { note: 'a key', expiresIn: 3600, keys: [] }],
  ])('refuses %s with 400', async (_name, body) => {
    const response = await postAs(asker, '/api/requests', body);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
  });
});

describe('GET /api/requests/:id', () => {
  it('shows anyone with the link the note, the requester and the keys to seal to', async () => {
    const created = await createRequest();
    const response = await as(null, `/api/requests/${created.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: created.id,
      note: created.note,
      requester: { id: asker.id, name: 'req-asker', displayName: 'req-asker', role: 'member' },
      expiresAt: created.expiresAt,
      keys: created.keys,
    });
  });

  it('answers one 404 request_gone for unknown, expired and withdrawn requests, 400 for a malformed id', async () => {
    await expectGone(await as(null, `/api/requests/${'A'.repeat(22)}`));
    const expired = await createRequest();
    await env.DB.prepare('UPDATE secret_requests SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, expired.id)
      .run();
    await expectGone(await as(null, `/api/requests/${expired.id}`));
    const withdrawn = await createRequest();
    expect((await as(asker, `/api/requests/${withdrawn.id}`, { method: 'DELETE' })).status).toBe(204);
    await expectGone(await as(null, `/api/requests/${withdrawn.id}`));
    const malformed = await as(null, '/api/requests/not-an-id');
    expect(malformed.status).toBe(400);
    expect(await errorCode(malformed)).toBe('invalid_request');
  });

  it('answers 404 request_gone once the requester is disabled', async () => {
    const leaving = await register('req-leaving', await invite(team.admin, 'guest'), { prf: true });
    const created = await createRequest(leaving);
    await stepUp(team.admin);
    const disabled = await as(team.admin, `/api/admin/users/${leaving.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ state: 'disabled' }),
    });
    expect(disabled.status).toBe(200);
    await expectGone(await as(null, `/api/requests/${created.id}`));
    await expectGone(await answer(created.id));
  });
});

describe('POST /api/requests/:id/answer', () => {
  it('turns a signed-out answer into a sealed, one-view people secret for the requester alone', async () => {
    const created = await createRequest(asker, { expiresIn: 7200 });
    const ciphertext = b64url(randomBytes(700));
    const response = await api(`/api/requests/${created.id}/answer`, {
      // No cookie and no Origin: a visitor's page, or a script.
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': randomIp() },
      body: JSON.stringify({ ciphertext }),
    });
    expect(response.status).toBe(201);
    const { secretId } = (await response.json()) as { secretId: string };
    expect(secretId).toMatch(/^[\w-]{22}$/);

    const row = await env.DB.prepare('SELECT * FROM secrets WHERE id = ?')
      .bind(secretId)
      .first<Record<string, unknown>>();
    expect(row).toMatchObject({
      ciphertext,
      size: 700,
      claim_hash: null,
      access: 'people',
      sealed: 1,
      max_views: 1,
      views_left: 1,
      creator_id: asker.id,
      notify_on_open: 0,
      storage: 'inline',
      request_id: created.id,
      answerer_id: null,
      expires_at: Date.parse(created.expiresAt),
    });
    const recipients = await env.DB.prepare('SELECT user_id FROM secret_recipients WHERE secret_id = ?')
      .bind(secretId)
      .all();
    expect(recipients.results).toEqual([{ user_id: asker.id }]);
    const audit = await env.DB.prepare(
      "SELECT actor_id, detail FROM audit_events WHERE event = 'request.answered' AND target_id = ?",
    )
      .bind(created.id)
      .all<{ actor_id: string | null; detail: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]?.actor_id).toBeNull();
    expect(JSON.parse(audit.results[0]?.detail ?? '{}')).toEqual({ secretId });

    // The requester sees it answered, and the secret in their dashboard.
    const listed = (await myRequests()).find((request) => request.id === created.id);
    expect(listed).toMatchObject({ state: 'answered', secretId });
    expect(listed?.answeredAt).not.toBeNull();
    const dashboard = (await (await as(asker, '/api/secrets')).json()) as { secrets: Array<{ id: string }> };
    expect(dashboard.secrets.map((secret) => secret.id)).toContain(secretId);

    // Metadata says sealed; it is gone for the answering page.
    const metadata = (await (await api(`/api/secrets/${secretId}`)).json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({ access: 'people', sealed: true, viewsLeft: 1 });
    await expectGone(await as(null, `/api/requests/${created.id}`));
    await expectGone(await answer(created.id));
  });

  it('accepts an answer from a signed-in person too', async () => {
    const created = await createRequest();
    const response = await answer(created.id, undefined, team.other);
    expect(response.status).toBe(201);
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_events WHERE event = 'request.answered' AND target_id = ?",
    )
      .bind(created.id)
      .first();
    expect(audit).toEqual({ actor_id: team.other.id });
  });

  it('lets only the requester reveal the answer, with no claim, once', async () => {
    const created = await createRequest();
    const ciphertext = b64url(randomBytes(300));
    const { secretId } = (await (await answer(created.id, ciphertext)).json()) as { secretId: string };

    const signedOut = await reveal(null, secretId);
    expect(signedOut.status).toBe(401);
    expect(await errorCode(signedOut)).toBe('sign_in_required');
    const stranger = await reveal(team.other, secretId);
    expect(stranger.status).toBe(403);
    expect(await errorCode(stranger)).toBe('not_for_you');

    const unread = (await myRequests()).find((item) => item.id === created.id);
    expect(unread?.answer).toEqual({ state: 'active', opened: null });

    const opened = await reveal(asker, secretId);
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ ciphertext, viewsLeft: 0 });
    expect((await reveal(asker, secretId)).status).toBe(404);
    // The requester's list says it was opened, when and by whom (the requester is its creator: no own-opening
    // exemption for an answer, whose one view is theirs).
    const read = (await myRequests()).find((item) => item.id === created.id);
    expect(read?.answer?.state).toBe('used');
    expect(read?.answer?.opened?.user?.id).toBe(asker.id);
    expect(Date.parse(read?.answer?.opened?.at ?? '')).not.toBeNaN();
    const open = (await myRequests()).filter((item) => item.state === 'open');
    for (const item of open) expect(item.answer).toBeNull();
  });

  it('keeps the answer at least an hour even when the request was about to expire', async () => {
    const created = await createRequest(asker, { expiresIn: 60 });
    const before = Date.now();
    const { secretId } = (await (await answer(created.id)).json()) as { secretId: string };
    const row = await env.DB.prepare('SELECT expires_at FROM secrets WHERE id = ?')
      .bind(secretId)
      .first<{ expires_at: number }>();
    expect(row?.expires_at).toBeGreaterThanOrEqual(before + 3600_000);
  });

  it('takes exactly one of concurrent answers; the others get 404 and write nothing', async () => {
    for (let round = 0; round < 5; round++) {
      const created = await createRequest();
      const responses = await Promise.all([answer(created.id), answer(created.id), answer(created.id)]);
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, 404, 404]);
      for (const response of responses.filter((r) => r.status === 404)) {
        expect(await errorCode(response)).toBe('request_gone');
      }
      const secrets = await env.DB.prepare('SELECT count(*) AS n FROM secrets WHERE request_id = ?')
        .bind(created.id)
        .first<{ n: number }>();
      expect(secrets?.n).toBe(1);
      const audits = await env.DB.prepare(
        "SELECT count(*) AS n FROM audit_events WHERE event = 'request.answered' AND target_id = ?",
      )
        .bind(created.id)
        .first<{ n: number }>();
      expect(audits?.n).toBe(1);
    }
  });

  it('refuses an expired or withdrawn request with 404 request_gone and writes nothing', async () => {
    const expired = await createRequest();
    await env.DB.prepare('UPDATE secret_requests SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, expired.id)
      .run();
    await expectGone(await answer(expired.id));
    const withdrawn = await createRequest();
    await as(asker, `/api/requests/${withdrawn.id}`, { method: 'DELETE' });
    await expectGone(await answer(withdrawn.id));
    await expectGone(await answer('A'.repeat(22)));
    const written = await env.DB.prepare('SELECT count(*) AS n FROM secrets WHERE request_id IN (?, ?)')
      .bind(expired.id, withdrawn.id)
      .first<{ n: number }>();
    expect(written?.n).toBe(0);
  });

  it.each([
    ['no ciphertext', {}],
    ['an empty ciphertext', { ciphertext: '' }],
    ['a ciphertext that is not base64url', { ciphertext: 'abc+/=' }],
    ['an unknown field', { ciphertext: 'AAAA', claimHash: 'A'.repeat(43) }],
  ])('refuses %s with 400 and leaves the request open', async (_name, body) => {
    const created = await createRequest();
    const response = await postAs(null, `/api/requests/${created.id}/answer`, body);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
    expect((await as(null, `/api/requests/${created.id}`)).status).toBe(200);
  });

  it('refuses a body that is not JSON, or too large, without consuming the request', async () => {
    const created = await createRequest();
    const text = await as(null, `/api/requests/${created.id}/answer`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    const huge = await postAs(null, `/api/requests/${created.id}/answer`, {
      ciphertext: 'A'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(await errorCode(huge)).toBe('payload_too_large');
    expect((await as(null, `/api/requests/${created.id}`)).status).toBe(200);
  });

  it('refuses a cookie-carrying answer from another origin', async () => {
    const created = await createRequest();
    const response = await as(team.other, `/api/requests/${created.id}/answer`, {
      method: 'POST',
      headers: { Origin: 'https://evil.test' },
      body: JSON.stringify({ ciphertext: b64url(randomBytes(32)) }),
    });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('origin_mismatch');
    expect((await as(null, `/api/requests/${created.id}`)).status).toBe(200);
  });
});

describe('GET /api/requests and DELETE /api/requests/:id', () => {
  it('lists only my requests, newest first, with their state', async () => {
    const person = await register('req-lister', await invite(team.admin, 'member'), { prf: true });
    const first = await createRequest(person, { note: 'first' });
    const second = await createRequest(person, { note: 'second' });
    const third = await createRequest(person, { note: 'third' });
    await env.DB.prepare('UPDATE secret_requests SET created_at = created_at - ? WHERE id = ?')
      .bind(2000, first.id)
      .run();
    await env.DB.prepare('UPDATE secret_requests SET created_at = created_at - ? WHERE id = ?')
      .bind(1000, second.id)
      .run();
    await env.DB.prepare('UPDATE secret_requests SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 1, first.id)
      .run();
    expect((await answer(second.id)).status).toBe(201);
    expect((await as(person, `/api/requests/${third.id}`, { method: 'DELETE' })).status).toBe(204);

    const listed = await myRequests(person);
    expect(listed.map((request) => [request.note, request.state])).toEqual([
      ['third', 'revoked'],
      ['second', 'answered'],
      ['first', 'expired'],
    ]);
    expect((await myRequests(team.other)).map((request) => request.id)).not.toContain(first.id);
    expect((await as(null, '/api/requests')).status).toBe(401);
  });

  it('withdraws only my own open request; a retry is harmless; an answered one is 409', async () => {
    const created = await createRequest();
    const stranger = await as(team.admin, `/api/requests/${created.id}`, { method: 'DELETE' });
    expect(stranger.status).toBe(403);
    expect(await errorCode(stranger)).toBe('forbidden');
    expect((await as(null, `/api/requests/${created.id}`, { method: 'DELETE' })).status).toBe(401);

    expect((await as(asker, `/api/requests/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await as(asker, `/api/requests/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    const revoked = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_events WHERE event = 'request.revoked' AND target_id = ?",
    )
      .bind(created.id)
      .first<{ n: number }>();
    expect(revoked?.n).toBe(1);

    await expectGone(await as(asker, `/api/requests/${'A'.repeat(22)}`, { method: 'DELETE' }));
    const answered = await createRequest();
    expect((await answer(answered.id)).status).toBe(201);
    const late = await as(asker, `/api/requests/${answered.id}`, { method: 'DELETE' });
    expect(late.status).toBe(409);
    expect(await errorCode(late)).toBe('request_gone');
  });
});

// The scheduled handler is the Worker entry's; on Node the same purge runs from the server's timer.
describe.skipIf(navigator.userAgent !== 'Cloudflare-Workers')('the scheduled purge', () => {
  it('deletes requests expired longer ago than the audit retention, and keeps the rest', async () => {
    const { createExecutionContext, createScheduledController, waitOnExecutionContext } = await import(
      'cloudflare:test'
    );
    const worker = (await import('../index.ts')).default;
    const old = await createRequest();
    const recent = await createRequest();
    const open = await createRequest();
    const day = 24 * 3600_000;
    // AUDIT_RETENTION_DAYS defaults to 90 (wrangler.toml).
    await env.DB.prepare('UPDATE secret_requests SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - 400 * day, old.id)
      .run();
    await env.DB.prepare('UPDATE secret_requests SET expires_at = ? WHERE id = ?')
      .bind(Date.now() - day, recent.id)
      .run();
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: '*/15 * * * *' }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    const ids = (await myRequests()).map((request) => request.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(recent.id);
    expect(ids).toContain(open.id);
  });
});
