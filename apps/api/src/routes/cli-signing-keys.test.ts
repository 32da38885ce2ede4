import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, invite, makeTeam, type Person, postAs, register, stepUp } from '../../test/accounts.ts';
import { b64url, errorCode, randomBytes } from '../../test/api-client.ts';

/**
 * Command-line signing keys: `hushlink login` registers an Ed25519 public key with the API token it logged in
 * with (only a token, one key per token: a new login with it replaces the key); the key is listed on the Account page, named as a sealed secret's sender's
 * key while its token is usable, and removed like a passkey (a session with a fresh step-up), which also revokes
 * its token.
 */

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('clikeys');
});

interface ListedKey {
  id: string;
  publicKey: string;
  tokenId: string;
  tokenName: string;
  createdAt: string;
}

/** A fresh member with a session that stepped up, and an API token it made. */
async function memberWithToken(name: string): Promise<{ person: Person; token: string; tokenId: string }> {
  const person = await register(name, await invite(team.admin, 'member'));
  await stepUp(person);
  const created = await postAs(person, '/api/me/tokens', { name: 'laptop' });
  expect(created.status).toBe(201);
  const { token, id } = (await created.json()) as { token: string; id: string };
  return { person, token, tokenId: id };
}

function withToken(token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return as(null, path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
}

function registerKey(token: string, body: unknown): Promise<Response> {
  return withToken(token, '/api/me/signing-keys', { method: 'POST', body: JSON.stringify(body) });
}

async function listKeys(viewer: (path: string) => Promise<Response>): Promise<ListedKey[]> {
  const response = await viewer('/api/me/signing-keys');
  expect(response.status).toBe(200);
  return ((await response.json()) as { keys: ListedKey[] }).keys;
}

/** Resolves once the clock has moved past the current millisecond. */
async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() <= now) await new Promise((resolve) => setTimeout(resolve, 1));
}

async function expectRefused(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(await errorCode(response)).toBe(code);
}

/** A sealed secret `person` sends to the admin; returns the signing keys the admin is told its sender has. */
async function senderKeysOfSecretFrom(person: Person): Promise<string[]> {
  return (await senderOf(await sealedFrom(person))).signingKeys;
}

/** Who the admin is told sealed secret `id`. */
async function senderOf(id: string): Promise<{ signingKeys: string[]; signatureRequired: boolean }> {
  const metadata = await as(team.admin, `/api/secrets/${id}`);
  expect(metadata.status).toBe(200);
  return ((await metadata.json()) as { sender: { signingKeys: string[]; signatureRequired: boolean } })
    .sender;
}

/** A sealed secret `person` sends to the admin; returns its id. */
async function sealedFrom(person: Person): Promise<string> {
  const sealed = await postAs(person, '/api/secrets', {
    ciphertext: b64url(randomBytes(256)),
    expiresIn: 3600,
    access: 'people',
    recipients: [team.admin.id],
    sealed: true,
  });
  expect(sealed.status).toBe(201);
  return ((await sealed.json()) as { id: string }).id;
}

describe('registering a command-line signing key', () => {
  it('binds the key to the token, lists it, names it as the sender’s key, and audits its hash only', async () => {
    const { person, token, tokenId } = await memberWithToken('clikeys-alice');
    const publicKey = b64url(randomBytes(32));
    const response = await registerKey(token, { publicKey });
    expect(response.status).toBe(201);
    const { key } = (await response.json()) as { key: ListedKey };
    expect(key).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      publicKey,
      tokenId,
      tokenName: 'laptop',
      createdAt: expect.any(String),
    });
    expect(await listKeys((path) => as(person, path))).toEqual([key]);
    expect(await listKeys((path) => withToken(token, path))).toEqual([key]);
    expect(await senderKeysOfSecretFrom(person)).toEqual([publicKey]);

    const { results } = await env.DB.prepare(
      "SELECT actor_id, detail FROM audit_events WHERE event = 'signing_key.added' AND target_id = ?",
    )
      .bind(key.id)
      .all<{ actor_id: string; detail: string }>();
    expect(results).toHaveLength(1);
    expect(results[0]?.actor_id).toBe(person.id);
    expect(results[0]?.detail).not.toContain(publicKey);
    expect(JSON.parse(results[0]?.detail ?? '{}')).toEqual({ keySha256: expect.any(String), tokenId });
  });

  it('holds one key per token: a new login replaces it, and logins at the same moment leave exactly one', async () => {
    const { person, token } = await memberWithToken('clikeys-once');
    const first = b64url(randomBytes(32));
    expect((await registerKey(token, { publicKey: first })).status).toBe(201);
    const keys = [0, 1, 2].map(() => b64url(randomBytes(32)));
    const attempts = await Promise.all(keys.map((publicKey) => registerKey(token, { publicKey })));
    expect(attempts.map((attempt) => attempt.status)).toEqual([200, 200, 200]);
    const listed = await listKeys((path) => as(person, path));
    expect(listed).toHaveLength(1);
    expect(keys).toContain(listed[0]?.publicKey);
    // The replaced key no longer vouches for the account.
    expect(await senderKeysOfSecretFrom(person)).toEqual([listed[0]?.publicKey]);
    const { results } = await env.DB.prepare(
      "SELECT event FROM audit_events WHERE actor_id = ? AND event LIKE 'signing_key.%' ORDER BY id",
    )
      .bind(person.id)
      .all<{ event: string }>();
    expect(results.map((row) => row.event)).toEqual([
      'signing_key.added',
      'signing_key.changed',
      'signing_key.changed',
      'signing_key.changed',
    ]);
  });

  it('is refused to a session (403 token_required) and to nobody (401)', async () => {
    const { person } = await memberWithToken('clikeys-session');
    const body = { publicKey: b64url(randomBytes(32)) };
    await expectRefused(await postAs(person, '/api/me/signing-keys', body), 403, 'token_required');
    await expectRefused(await postAs(null, '/api/me/signing-keys', body), 401, 'sign_in_required');
    expect(await listKeys((path) => as(person, path))).toEqual([]);
  });

  it('answers bad input 400 and registers nothing', async () => {
    const { person, token } = await memberWithToken('clikeys-bad');
    const bad: unknown[] = [
      {},
      { publicKey: b64url(randomBytes(31)) },
      { publicKey: b64url(randomBytes(33)) },
      // 32 bytes' worth of characters, but stray bits in the last one: not canonical base64url.
      { publicKey: `${b64url(randomBytes(32)).slice(0, 42)}B` },
      { publicKey: `${'A'.repeat(42)}=` },
      { publicKey: 42 },
      { publicKey: b64url(randomBytes(32)), extra: true },
      [],
      null,
    ];
    for (const body of bad) {
      await expectRefused(await registerKey(token, body), 400, 'invalid_request');
    }
    await expectRefused(
      await withToken(token, '/api/me/signing-keys', { method: 'POST', body: '{"publicKey":' }),
      400,
      'invalid_json',
    );
    const asText = await withToken(token, '/api/me/signing-keys', {
      method: 'POST',
      body: JSON.stringify({ publicKey: b64url(randomBytes(32)) }),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(asText.status).toBe(415);
    expect(await listKeys((path) => as(person, path))).toEqual([]);
    // Refused input registered nothing: the first valid key is a new one.
    expect((await registerKey(token, { publicKey: b64url(randomBytes(32)) })).status).toBe(201);
  });
});

describe('a command-line signing key', () => {
  it('makes a signature required for what its owner seals from then on, not for what they sealed before', async () => {
    const { person, token } = await memberWithToken('clikeys-since');
    const before = await sealedFrom(person);
    // Times are in milliseconds, and a key registered in the same millisecond as a secret counts for it: the
    // steps are kept in distinct milliseconds so that which one came first is what the test says.
    await nextMillisecond();
    expect((await registerKey(token, { publicKey: b64url(randomBytes(32)) })).status).toBe(201);
    const after = await sealedFrom(person);
    expect(await senderOf(before)).toMatchObject({ signatureRequired: false });
    expect(await senderOf(after)).toMatchObject({ signatureRequired: true });
  });

  it('stops counting when its token is revoked', async () => {
    const { person, token, tokenId } = await memberWithToken('clikeys-revoked');
    expect((await registerKey(token, { publicKey: b64url(randomBytes(32)) })).status).toBe(201);
    expect((await as(person, `/api/me/tokens/${tokenId}`, { method: 'DELETE' })).status).toBe(204);
    expect(await listKeys((path) => as(person, path))).toEqual([]);
    expect(await senderKeysOfSecretFrom(person)).toEqual([]);
  });

  it('is removed only by a session with a fresh step-up, which revokes its token too', async () => {
    const { person, token } = await memberWithToken('clikeys-remove');
    const created = await registerKey(token, { publicKey: b64url(randomBytes(32)) });
    const { key } = (await created.json()) as { key: ListedKey };
    const remove = (send: (path: string, init: RequestInit) => Promise<Response>, id = key.id) =>
      send(`/api/me/signing-keys/${id}`, { method: 'DELETE' });

    await expectRefused(await remove((path, init) => withToken(token, path, init)), 403, 'token_not_allowed');
    // Another member's session, before and after its own step-up, finds no such key of theirs.
    await expectRefused(await remove((path, init) => as(team.member, path, init)), 403, 'step_up_required');
    await stepUp(team.member);
    await expectRefused(await remove((path, init) => as(team.member, path, init)), 404, 'not_found');
    await expectRefused(await remove((path, init) => as(person, path, init), 'x'), 400, 'invalid_request');
    expect(await listKeys((path) => as(person, path))).toHaveLength(1);

    expect((await remove((path, init) => as(person, path, init))).status).toBe(204);
    expect(await listKeys((path) => as(person, path))).toEqual([]);
    expect((await withToken(token, '/api/me')).status).toBe(401);
    await expectRefused(await remove((path, init) => as(person, path, init)), 404, 'not_found');
    const { results } = await env.DB.prepare(
      "SELECT event FROM audit_events WHERE actor_id = ? AND event IN ('signing_key.removed', 'token.revoked')",
    )
      .bind(person.id)
      .all<{ event: string }>();
    expect(results.map((row) => row.event).sort()).toEqual(['signing_key.removed', 'token.revoked']);
  });

  it('needs a fresh step-up to be removed', async () => {
    const person = await register('clikeys-stale', await invite(team.admin, 'member'));
    await expectRefused(
      await as(person, `/api/me/signing-keys/${'A'.repeat(22)}`, { method: 'DELETE' }),
      403,
      'step_up_required',
    );
  });
});
