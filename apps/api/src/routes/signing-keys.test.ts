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

/**
 * Sender signing keys (Ed25519, derived on the device from the same PRF output as the sealing key): stored on the
 * passkey, listed beside its sealing key, audited when added or changed; and who sealed a secret, named to its
 * recipients so that the reveal page can check the envelope's signature against that person's keys.
 */

let team: Awaited<ReturnType<typeof makeTeam>>;

beforeAll(async () => {
  team = await makeTeam('signing');
});

interface MyPasskey {
  id: string;
  prfPublicKey: string | null;
  prfSigningKey: string | null;
}

async function myPasskeys(person: Person): Promise<MyPasskey[]> {
  const response = await as(person, '/api/me');
  expect(response.status).toBe(200);
  return ((await response.json()) as { passkeys: MyPasskey[] }).passkeys;
}

async function listedKeys(viewer: Person, userId: string) {
  const response = await as(viewer, `/api/users/${userId}/keys`);
  expect(response.status).toBe(200);
  return (
    (await response.json()) as {
      keys: Array<{ passkeyId: string; publicKey: string; signingKey: string | null }>;
    }
  ).keys;
}

async function signingEvents(
  passkeyId: string,
): Promise<Array<{ event: string; actor_id: string; detail: string }>> {
  const { results } = await env.DB.prepare(
    "SELECT event, actor_id, detail FROM audit_events WHERE target_id = ? AND event LIKE 'passkey.signing_key_%' ORDER BY id",
  )
    .bind(passkeyId)
    .all<{ event: string; actor_id: string; detail: string }>();
  return results;
}

async function expectRefused(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(await errorCode(response)).toBe(code);
}

describe('signing keys of passkeys', () => {
  it('are stored with a new passkey, listed with its sealing key and audited by hash only', async () => {
    const person = await register('signing-alice', await invite(team.admin, 'member'));
    const signingKey = b64url(randomBytes(32));
    const { response, credentialId } = await addPasskey(person, {
      prfPublicKey: true,
      prfSigningKey: signingKey,
    });
    expect(response.status).toBe(200);
    const stored = (await myPasskeys(person)).find((passkey) => passkey.id === credentialId);
    expect(stored?.prfSigningKey).toBe(signingKey);
    expect(await listedKeys(team.member, person.id)).toEqual([
      expect.objectContaining({
        passkeyId: credentialId,
        publicKey: person.authenticator.prfPublicKey(credentialId),
        signingKey,
      }),
    ]);
    const events = await signingEvents(credentialId);
    expect(events.map((event) => event.event)).toEqual(['passkey.signing_key_added']);
    expect(events[0]?.actor_id).toBe(person.id);
    expect(JSON.parse(events[0]?.detail ?? '{}')).toEqual({
      keySha256: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(events[0]?.detail).not.toContain(signingKey);
  });

  it('are added at sign-in, kept when none or the same is sent, and replaced with passkey.signing_key_changed', async () => {
    const person = await register('signing-bob', await invite(team.admin, 'member'), { prf: true });
    const id = (await myPasskeys(person))[0]?.id ?? '';
    expect((await myPasskeys(person))[0]?.prfSigningKey).toBeNull();
    const first = b64url(randomBytes(32));
    expect((await signIn(person, id, { prfSigningKey: first })).status).toBe(200);
    expect((await signIn(person, id, { prfSigningKey: first })).status).toBe(200);
    expect((await signIn(person, id)).status).toBe(200);
    expect((await myPasskeys(person))[0]?.prfSigningKey).toBe(first);

    const second = b64url(randomBytes(32));
    expect((await signIn(person, id, { prfSigningKey: second })).status).toBe(200);
    expect((await myPasskeys(person))[0]?.prfSigningKey).toBe(second);
    expect((await listedKeys(person, person.id))[0]?.signingKey).toBe(second);
    const events = await signingEvents(id);
    expect(events.map((event) => event.event)).toEqual([
      'passkey.signing_key_added',
      'passkey.signing_key_changed',
    ]);
    const changed = JSON.parse(events[1]?.detail ?? '{}') as { from?: string; to?: string };
    expect(changed.from).toEqual(JSON.parse(events[0]?.detail ?? '{}').keySha256);
    expect(changed.to).not.toBe(changed.from);
  });

  it.each([
    ['31 bytes', b64url(randomBytes(31))],
    ['33 bytes', b64url(randomBytes(33))],
    ['not base64url', `${'A'.repeat(42)}+`],
  ])(
    'are refused with 400 when malformed (%s), at registration and at sign-in, storing nothing',
    async (_, key) => {
      const before = (await myPasskeys(team.other)).length;
      const { response } = await addPasskey(team.other, { prfPublicKey: true, prfSigningKey: key });
      await expectRefused(response, 400, 'invalid_request');
      expect((await myPasskeys(team.other)).length).toBe(before);
      await expectRefused(
        await signIn(team.guest, undefined, { prfSigningKey: key }),
        400,
        'invalid_request',
      );
      expect((await myPasskeys(team.guest))[0]?.prfSigningKey).toBeNull();
    },
  );

  it('are never accepted from an API token, as sealing keys are not', async () => {
    const person = await register('signing-token', await invite(team.admin, 'member'));
    await stepUp(person);
    const { token } = (await (await postAs(person, '/api/me/tokens', { name: 'ci' })).json()) as {
      token: string;
    };
    const started = (await (await postAs(person, '/api/auth/register/options', {})).json()) as {
      challengeId: string;
      options: Record<string, unknown>;
    };
    const created = await person.authenticator.create(started.options);
    const finish = await as(null, '/api/auth/register/verify', {
      method: 'POST',
      body: JSON.stringify({
        challengeId: started.challengeId,
        response: created,
        prfPublicKey: b64url(randomBytes(32)),
        prfSigningKey: b64url(randomBytes(32)),
      }),
      headers: { Authorization: `Bearer ${token}` },
    });
    await expectRefused(finish, 403, 'token_not_allowed');
    const passkeys = await myPasskeys(person);
    expect(passkeys.map((passkey) => passkey.id)).not.toContain(created.id);
    expect(passkeys.every((passkey) => passkey.prfSigningKey === null)).toBe(true);
    expect(await signingEvents(created.id)).toEqual([]);
  });
});

describe('the sender of a sealed secret', () => {
  async function metadataFor(viewer: Person | null, id: string): Promise<{ sender: unknown }> {
    const response = await as(viewer, `/api/secrets/${id}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { sender: unknown };
  }

  it('is named to its creator and its recipients only, and never for a secret that is not sealed', async () => {
    const sealed = await postAs(team.admin, '/api/secrets', {
      ciphertext: b64url(randomBytes(256)),
      expiresIn: 3600,
      access: 'people',
      recipients: [team.guest.id],
      sealed: true,
    });
    expect(sealed.status).toBe(201);
    const { id } = (await sealed.json()) as { id: string };
    const admin = {
      id: team.admin.id,
      name: 'signing-admin',
      displayName: expect.any(String),
      signingKeys: [],
      signatureRequired: false,
    };
    expect((await metadataFor(team.guest, id)).sender).toEqual(admin);
    expect((await metadataFor(team.admin, id)).sender).toEqual(admin);
    // Whoever holds only the id learns nothing of who sent it.
    expect((await metadataFor(team.member, id)).sender).toBeNull();
    expect((await metadataFor(null, id)).sender).toBeNull();

    const plain = await postAs(team.admin, '/api/secrets', {
      ciphertext: b64url(randomBytes(256)),
      expiresIn: 3600,
      claimHash: b64url(randomBytes(32)),
    });
    expect((await metadataFor(team.admin, ((await plain.json()) as { id: string }).id)).sender).toBeNull();
  });

  it('of a request’s answer is whoever answered it signed in, and nobody when it was answered signed out', async () => {
    const asker = await register('signing-asker', await invite(team.admin, 'member'), { prf: true });
    // The answerer's passkey gets its keys at a sign-in, as a browser that derived them sends them.
    const signingKey = b64url(randomBytes(32));
    const keys = { prfPublicKey: b64url(randomBytes(32)), prfSigningKey: signingKey };
    expect((await signIn(team.other, undefined, keys)).status).toBe(200);
    const answerAs = async (answerer: Person | null) => {
      const created = await postAs(asker, '/api/requests', { note: 'the key', expiresIn: 3600 });
      const { id } = (await created.json()) as { id: string };
      const answered = await postAs(answerer, `/api/requests/${id}/answer`, {
        ciphertext: b64url(randomBytes(400)),
      });
      expect(answered.status).toBe(201);
      return ((await answered.json()) as { secretId: string }).secretId;
    };
    const signedIn = await answerAs(team.other);
    expect((await metadataFor(asker, signedIn)).sender).toEqual({
      id: team.other.id,
      name: 'signing-other',
      displayName: expect.any(String),
      signingKeys: [signingKey],
      // The answerer had the key when answering: an unsigned answer would be a downgrade.
      signatureRequired: true,
    });
    // The answer's creator is the requester, but the requester did not seal it.
    expect((await metadataFor(asker, await answerAs(null))).sender).toBeNull();
  });
});
