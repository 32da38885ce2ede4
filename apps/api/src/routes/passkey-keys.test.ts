import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPasskey,
  as,
  invite,
  makeTeam,
  type Person,
  postAs,
  register,
  signIn,
  stepUp,
} from '../../test/accounts.ts';
import { b64url, errorCode, randomBytes } from '../../test/api-client.ts';

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('keys');
});

/** The audit events about one target, oldest first. */
async function eventsAbout(
  targetId: string,
): Promise<Array<{ event: string; actor_id: string | null; detail: string | null }>> {
  const { results } = await env.DB.prepare(
    'SELECT event, actor_id, detail FROM audit_events WHERE target_id = ? ORDER BY id',
  )
    .bind(targetId)
    .all<{ event: string; actor_id: string | null; detail: string | null }>();
  return results;
}

async function myPasskeys(person: Person): Promise<Array<{ id: string; prfPublicKey: string | null }>> {
  const response = await as(person, '/api/me');
  expect(response.status).toBe(200);
  return ((await response.json()) as { passkeys: Array<{ id: string; prfPublicKey: string | null }> })
    .passkeys;
}

async function keysOf(viewer: Person | null, userId: string) {
  return as(viewer, `/api/users/${userId}/keys`);
}

const prfResults = { prf: { enabled: true, results: { first: b64url(randomBytes(32)) } } };

describe('sealing keys at registration', () => {
  it('stores the key sent with a new account’s passkey and records passkey.key_added', async () => {
    const person = await register('keys-alice', await invite(team.admin, 'member'), { prf: true });
    const [passkey] = await myPasskeys(person);
    expect(passkey?.prfPublicKey).toBe(person.authenticator.prfPublicKey());
    const events = await eventsAbout(passkey?.id ?? '');
    const added = events.find((event) => event.event === 'passkey.key_added');
    expect(added?.actor_id).toBe(person.id);
    expect(JSON.parse(added?.detail ?? '{}')).toEqual({ keySha256: expect.stringMatching(/^[\w-]{43}$/) });
    expect(added?.detail).not.toContain(person.authenticator.prfPublicKey());
  });

  it('stores no key for a passkey registered without PRF', async () => {
    const [passkey] = await myPasskeys(team.member);
    expect(passkey?.prfPublicKey).toBeNull();
    expect((await eventsAbout(passkey?.id ?? '')).map((e) => e.event)).not.toContain('passkey.key_added');
  });

  it('stores the key of a passkey added to a signed-in account', async () => {
    const person = await register('keys-bob', await invite(team.admin, 'member'));
    const { response, credentialId } = await addPasskey(person, { prfPublicKey: true });
    expect(response.status).toBe(200);
    const stored = (await myPasskeys(person)).find((passkey) => passkey.id === credentialId);
    expect(stored?.prfPublicKey).toBe(person.authenticator.prfPublicKey(credentialId));
    expect((await eventsAbout(credentialId)).map((e) => e.event)).toEqual([
      'passkey.added',
      'passkey.key_added',
    ]);
  });

  it.each([31, 33, 0])('refuses a key of %i bytes with 400 and stores no passkey', async (length) => {
    const before = (await myPasskeys(team.other)).length;
    const { response } = await addPasskey(team.other, { prfPublicKey: b64url(randomBytes(length)) });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
    expect((await myPasskeys(team.other)).length).toBe(before);
  });

  it('refuses a key that is not base64url', async () => {
    const { response } = await addPasskey(team.other, { prfPublicKey: `${'A'.repeat(42)}+` });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
  });

  it('refuses a response carrying PRF results: the PRF output must never leave the device', async () => {
    const { response } = await addPasskey(team.other, {
      prfPublicKey: true,
      clientExtensionResults: prfResults,
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
  });

  it('accepts a response that only says PRF is enabled', async () => {
    const { response } = await addPasskey(team.other, {
      prfPublicKey: true,
      clientExtensionResults: { prf: { enabled: true } },
    });
    expect(response.status).toBe(200);
  });
});

describe('sealing keys at sign-in', () => {
  it('adds a key to a passkey that had none, once, then records a change', async () => {
    const person = await register('keys-carol', await invite(team.admin, 'member'));
    const [passkey] = await myPasskeys(person);
    const id = passkey?.id ?? '';
    const first = b64url(randomBytes(32));
    expect((await signIn(person, id, { prfPublicKey: first })).status).toBe(200);
    expect((await myPasskeys(person))[0]?.prfPublicKey).toBe(first);
    // The same key again changes nothing; no key keeps the stored one.
    expect((await signIn(person, id, { prfPublicKey: first })).status).toBe(200);
    expect((await signIn(person, id)).status).toBe(200);
    expect((await myPasskeys(person))[0]?.prfPublicKey).toBe(first);

    const second = b64url(randomBytes(32));
    expect((await signIn(person, id, { prfPublicKey: second })).status).toBe(200);
    expect((await myPasskeys(person))[0]?.prfPublicKey).toBe(second);
    const keyEvents = (await eventsAbout(id)).filter((event) => event.event.startsWith('passkey.key_'));
    expect(keyEvents.map((event) => event.event)).toEqual(['passkey.key_added', 'passkey.key_changed']);
    expect(keyEvents.every((event) => event.actor_id === person.id)).toBe(true);
    const changed = JSON.parse(keyEvents[1]?.detail ?? '{}') as { from?: string; to?: string };
    expect(changed.from).not.toBe(changed.to);

    const keys = (await (await keysOf(person, person.id)).json()) as { keys: Array<{ publicKey: string }> };
    expect(keys.keys.map((key) => key.publicKey)).toEqual([second]);
  });

  it.each([31, 33])('refuses a key of %i bytes at sign-in with 400', async (length) => {
    const response = await signIn(team.guest, undefined, { prfPublicKey: b64url(randomBytes(length)) });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
    expect((await myPasskeys(team.guest))[0]?.prfPublicKey).toBeNull();
  });

  it('refuses a sign-in response carrying PRF results', async () => {
    const response = await signIn(team.guest, undefined, {
      prfPublicKey: b64url(randomBytes(32)),
      clientExtensionResults: prfResults,
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_request');
    expect((await myPasskeys(team.guest))[0]?.prfPublicKey).toBeNull();
  });

  it('changes no key when the sign-in fails', async () => {
    const person = await register('keys-dave', await invite(team.admin, 'member'), { prf: true });
    const stored = person.authenticator.prfPublicKey();
    const optionsResponse = await postAs({ cookie: '', ip: person.ip }, '/api/auth/login/options', {});
    const { challengeId, options } = (await optionsResponse.json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const forged = await person.authenticator.get(options, undefined, { origin: 'https://evil.test' });
    const response = await postAs({ cookie: '', ip: person.ip }, '/api/auth/login/verify', {
      challengeId,
      response: forged,
      prfPublicKey: b64url(randomBytes(32)),
    });
    expect(response.status).toBe(401);
    expect((await myPasskeys(person))[0]?.prfPublicKey).toBe(stored);
  });
});

describe('removing a passkey with a key', () => {
  it('records passkey.key_removed when its owner removes it, and the key is gone', async () => {
    const person = await register('keys-erin', await invite(team.admin, 'member'), { prf: true });
    const { credentialId } = await addPasskey(person, { prfPublicKey: true });
    const removed = await as(person, `/api/me/passkeys/${credentialId}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    const events = await eventsAbout(credentialId);
    const keyRemoved = events.find((event) => event.event === 'passkey.key_removed');
    expect(JSON.parse(keyRemoved?.detail ?? '{}')).toMatchObject({ by: 'owner' });
    const keys = (await (await keysOf(team.member, person.id)).json()) as {
      keys: Array<{ passkeyId: string }>;
    };
    expect(keys.keys.map((key) => key.passkeyId)).not.toContain(credentialId);
    expect(keys.keys).toHaveLength(1);
  });

  it('records passkey.key_removed when an admin removes it', async () => {
    const person = await register('keys-frank', await invite(team.admin, 'member'));
    const { credentialId } = await addPasskey(person, { prfPublicKey: true });
    await stepUp(team.admin);
    const removed = await as(team.admin, `/api/admin/users/${person.id}/passkeys/${credentialId}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    const keyRemoved = (await eventsAbout(credentialId)).find(
      (event) => event.event === 'passkey.key_removed',
    );
    expect(keyRemoved?.actor_id).toBe(team.admin.id);
    expect(JSON.parse(keyRemoved?.detail ?? '{}')).toMatchObject({ by: 'admin' });
  });

  it('records no key event for a passkey without a key', async () => {
    const person = await register('keys-gina', await invite(team.admin, 'member'));
    const { credentialId } = await addPasskey(person);
    expect((await as(person, `/api/me/passkeys/${credentialId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await eventsAbout(credentialId)).map((e) => e.event)).toEqual([
      'passkey.added',
      'passkey.removed',
    ]);
  });
});

describe('GET /api/users/:id/keys', () => {
  let holder: Person;

  beforeAll(async () => {
    holder = await register('keys-holder', await invite(team.admin, 'member'), { prf: true });
    await addPasskey(holder);
  });

  it('answers a person’s keys, one per PRF passkey, with the passkey they belong to', async () => {
    const response = await keysOf(team.member, holder.id);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      user: { id: string; name: string };
      keys: Array<{ passkeyId: string; passkeyName: string; publicKey: string; addedAt: string }>;
    };
    expect(body.user).toEqual({
      id: holder.id,
      name: 'keys-holder',
      displayName: 'keys-holder',
      role: 'member',
    });
    const [passkey] = await myPasskeys(holder);
    expect(body.keys).toEqual([
      {
        passkeyId: passkey?.id,
        passkeyName: expect.any(String),
        publicKey: holder.authenticator.prfPublicKey(),
        addedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        signingKey: null,
      },
    ]);
  });

  it('answers my own keys, and an empty list for someone without PRF', async () => {
    expect((await keysOf(holder, holder.id)).status).toBe(200);
    const none = (await (await keysOf(team.admin, team.member.id)).json()) as { keys: unknown[] };
    expect(none.keys).toEqual([]);
  });

  it('lets a guest look up only themself, as the directory does', async () => {
    expect((await keysOf(team.guest, team.guest.id)).status).toBe(200);
    const other = await keysOf(team.guest, holder.id);
    expect(other.status).toBe(403);
    expect(await errorCode(other)).toBe('forbidden');
    // The same answer for an id that does not exist: a guest cannot probe the directory.
    expect((await keysOf(team.guest, 'A'.repeat(22))).status).toBe(403);
  });

  it('needs a signed-in caller', async () => {
    const response = await keysOf(null, holder.id);
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('sign_in_required');
  });

  it('answers 404 unknown_user for an unknown or disabled account', async () => {
    const unknown = await keysOf(team.member, 'A'.repeat(22));
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe('unknown_user');
    const leaving = await register('keys-leaving', await invite(team.admin, 'guest'), { prf: true });
    await stepUp(team.admin);
    const disabled = await as(team.admin, `/api/admin/users/${leaving.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ state: 'disabled' }),
    });
    expect(disabled.status).toBe(200);
    const response = await keysOf(team.member, leaving.id);
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('unknown_user');
  });

  it.each(['short', 'A'.repeat(23), `${'A'.repeat(21)}!`])(
    'answers 400 for the malformed id %s',
    async (id) => {
      const response = await keysOf(team.member, encodeURIComponent(id));
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('invalid_request');
    },
  );
});
