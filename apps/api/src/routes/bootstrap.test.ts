import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { as, invite, type Person, sessionCookieOf } from '../../test/accounts.ts';
import { type RegistrationCeremony, registrationCeremony } from '../../test/ceremonies.ts';

// This file needs a database with no account in it: each test file gets its own (D1 in the Workers pool, an
// in-memory SQLite database on Node), and the trials below empty the account tables between them.

const PARALLEL = 8;
const TRIALS = 5;

async function count(sql: string): Promise<number> {
  return (await env.DB.prepare(sql).first<{ n: number }>())?.n ?? 0;
}

async function emptyAccounts(): Promise<void> {
  await env.DB.prepare('DELETE FROM passkeys').run();
  await env.DB.prepare('DELETE FROM users').run();
}

/** A barrier for `parties` callers: each call resolves once all of them have called. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release = () => {};
  const open = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    arrived += 1;
    if (arrived === parties) release();
    return open;
  };
}

async function bodyOf(ceremony: RegistrationCeremony): Promise<Record<string, { code?: string } & object>> {
  return (await ceremony.response.json()) as Record<string, { code?: string } & object>;
}

describe('first-account bootstrap', () => {
  // Each trial is a test of its own, with the whole time budget of one (a trial takes about 1 s on a loaded
  // workerd).
  for (let trial = 0; trial < TRIALS; trial++) {
    const title = `gives one admin of ${PARALLEL} racing first registrations, and clear refusals (trial ${trial + 1})`;
    it(title, async () => {
      await emptyAccounts();
      // Whole ceremonies in parallel. The barrier lets every options call see the empty instance and plan an
      // admin before any verify runs (else a slow one would be refused at its options, 403, which proves
      // nothing); then the verifies race, and only the insert itself can tell the winner.
      const allStarted = barrier(PARALLEL);
      const ceremonies = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          registrationCeremony(`boot-${trial}-${i}`, { afterOptions: allStarted }),
        ),
      );
      const created = ceremonies.filter((ceremony) => ceremony.response.status === 201);
      const refused = ceremonies.filter((ceremony) => ceremony.response.status !== 201);
      expect(created).toHaveLength(1);
      expect((await bodyOf(created[0] as RegistrationCeremony)).user).toMatchObject({ role: 'admin' });
      for (const ceremony of refused) {
        expect(ceremony.response.status).toBe(409);
        expect(await bodyOf(ceremony)).toEqual({
          error: {
            code: 'registration_closed',
            message: 'The first account already exists. Ask its admin for an invite.',
          },
        });
      }
      expect(await count('SELECT count(*) AS n FROM users')).toBe(1);
      expect(await count("SELECT count(*) AS n FROM users WHERE role = 'admin'")).toBe(1);
      // No refused ceremony left a passkey behind, on no account.
      expect(await count('SELECT count(*) AS n FROM passkeys')).toBe(1);
      expect(
        await count('SELECT count(*) AS n FROM passkeys WHERE user_id NOT IN (SELECT id FROM users)'),
      ).toBe(0);
    });
  }

  it('gives one account when two registrations race with the same invite', async () => {
    await emptyAccounts();
    const first = await registrationCeremony('boot-admin');
    expect(first.response.status).toBe(201);
    const admin: Person = {
      id: '',
      name: 'boot-admin',
      role: 'admin',
      authenticator: first.authenticator,
      cookie: sessionCookieOf(first.response),
      ip: first.ip,
    };
    const token = await invite(admin, 'member');
    // Both plan their account with the unused invite before either verifies; then the verifies race.
    const bothStarted = barrier(2);
    const racing = await Promise.all([
      registrationCeremony('boot-invited-a', { inviteToken: token, afterOptions: bothStarted }),
      registrationCeremony('boot-invited-b', { inviteToken: token, afterOptions: bothStarted }),
    ]);
    const statuses = racing.map((ceremony) => ceremony.response.status).sort();
    expect(statuses).toEqual([201, 409]);
    const loser = racing.find((ceremony) => ceremony.response.status === 409) as RegistrationCeremony;
    expect((await bodyOf(loser)).error?.code).toBe('invite_invalid');
    expect(await count('SELECT count(*) AS n FROM users')).toBe(2);
    expect(await count('SELECT count(*) AS n FROM passkeys')).toBe(2);
    expect((await as(admin, '/api/me')).status).toBe(200);
  });

  it('gives one account when two registrations race for one name, and gives the other its invite back', async () => {
    await emptyAccounts();
    const first = await registrationCeremony('boot-admin');
    const admin: Person = {
      id: '',
      name: 'boot-admin',
      role: 'admin',
      authenticator: first.authenticator,
      cookie: sessionCookieOf(first.response),
      ip: first.ip,
    };
    const tokens = [await invite(admin, 'member'), await invite(admin, 'member')];
    const bothStarted = barrier(2);
    const racing = await Promise.all(
      tokens.map((inviteToken) =>
        registrationCeremony('boot-same-name', { inviteToken, afterOptions: bothStarted }),
      ),
    );
    expect(racing.map((ceremony) => ceremony.response.status).sort()).toEqual([201, 409]);
    const loserIndex = racing.findIndex((ceremony) => ceremony.response.status === 409);
    expect((await bodyOf(racing[loserIndex] as RegistrationCeremony)).error?.code).toBe('name_taken');
    expect(await count("SELECT count(*) AS n FROM users WHERE name = 'boot-same-name'")).toBe(1);
    expect(await count('SELECT count(*) AS n FROM passkeys')).toBe(2);
    // The loser's invite was not spent: it makes an account under another name.
    const again = await registrationCeremony('boot-other-name', {
      inviteToken: tokens[loserIndex] as string,
    });
    expect(again.response.status).toBe(201);
  });
});
