import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  deriveSenderSigningKeyPair,
  fromBase64Url,
  signingKeyFingerprint,
  toBase64Url,
} from '@hushlink/envelope';
import { describe, expect, inject, it } from 'vitest';
import { freshHome, runCli, stderrLines } from './support/run-cli.ts';
import type { SeededAccount } from './support/seed-accounts.ts';
import { webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');
const env = { HUSHLINK_SERVER: server };

const { alice, bob, gina } = inject('accounts');

/** A HOME where `hushlink login` was run with `account`'s token. */
async function loggedIn(account: SeededAccount) {
  const home = freshHome();
  const run = await runCli(['login', '--json'], { input: `${account.token}\n`, env, home });
  expect(run.code).toBe(0);
  return home;
}

function idOf(link: string): string {
  return new URL(link).pathname.split('/')[2] ?? '';
}

describe('login, status and logout', () => {
  it('checks the token, saves it with mode 0600, lists my links, and logs out', async () => {
    const home = freshHome();
    const login = await runCli(['login', '--json'], { input: `${alice.token}\n`, env, home });
    expect(login.code).toBe(0);
    expect(JSON.parse(login.stdout)).toMatchObject({ server, user: { id: alice.id, name: alice.name } });
    const file = join(home.config, 'hushlink', 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home.config, 'hushlink')).mode & 0o777).toBe(0o700);

    // With the login saved, no HUSHLINK_SERVER is needed: the saved server is the default.
    const shared = await runCli(['share', '-q', '--views', '3', '--notify'], { input: 'mine', home });
    expect(shared.code).toBe(0);
    const link = shared.stdout.trim();
    expect((await runCli(['get', link], { home })).stdout).toBe('mine');

    const table = await runCli(['status'], { home });
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ACCESS\s+STATE\s+VIEWS\s+LEFT\s+EXPIRES\s+OPENED BY$/);
    expect(lines.find((line) => line.startsWith(idOf(link)))).toMatch(
      /\s+link\s+active\s+1\/3\s+2\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\S+/,
    );

    const json = await runCli(['status', '--json'], { home });
    const { secrets } = JSON.parse(json.stdout) as {
      secrets: { id: string; viewsUsed: number; notifyOnOpen: boolean }[];
    };
    expect(secrets.find((secret) => secret.id === idOf(link))).toMatchObject({
      viewsUsed: 1,
      notifyOnOpen: true,
    });

    const logout = await runCli(['logout', '--json'], { home });
    expect(JSON.parse(logout.stdout)).toEqual({ loggedOut: true });
    expect(readdirSync(join(home.config, 'hushlink'))).toEqual([]);
    const after = await runCli(['status'], { home, env });
    expect(after.code).toBe(3);
  });

  it('makes a signing key, registers it with the token, keeps it on a second login, and a new HOME replaces it', async () => {
    const listed = async (): Promise<string[]> => {
      const response = await fetch(`${server}/api/me/signing-keys`, {
        headers: { Authorization: `Bearer ${gina.token}` },
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { keys: { publicKey: string }[] }).keys.map((key) => key.publicKey);
    };
    const savedKey = async (home: { config: string }) => {
      const saved = JSON.parse(readFileSync(join(home.config, 'hushlink', 'config.json'), 'utf8')) as {
        signingSeed: string;
      };
      const { publicKey } = await deriveSenderSigningKeyPair(fromBase64Url(saved.signingSeed));
      return { publicKey: toBase64Url(publicKey), fingerprint: await signingKeyFingerprint(publicKey) };
    };
    const home = freshHome();
    const first = await runCli(['login', '--json'], { input: `${gina.token}\n`, env, home });
    expect(first.code, first.stderr).toBe(0);
    const key = await savedKey(home);
    expect(JSON.parse(first.stdout)).toMatchObject({ signingKey: key.fingerprint });
    expect(await listed()).toEqual([key.publicKey]);

    const again = await runCli(['login'], { input: `${gina.token}\n`, env, home });
    expect(again.code, again.stderr).toBe(0);
    expect(stderrLines(again)).toEqual([
      `Signing key kept: ${key.fingerprint} (listed on your Account page).`,
    ]);
    expect(await savedKey(home)).toEqual(key);

    const elsewhere = freshHome();
    const replaced = await runCli(['login'], { input: `${gina.token}\n`, env, home: elsewhere });
    expect(replaced.code, replaced.stderr).toBe(0);
    const newKey = await savedKey(elsewhere);
    expect(newKey.publicKey).not.toBe(key.publicKey);
    expect(stderrLines(replaced)).toEqual([
      `Signing key registered: ${newKey.fingerprint} (listed on your Account page).`,
    ]);
    expect(await listed()).toEqual([newKey.publicKey]);
  });

  it('uses HUSHLINK_TOKEN instead of the saved login', async () => {
    const home = await loggedIn(alice);
    const run = await runCli(['status', '--json'], { home, env: { ...env, HUSHLINK_TOKEN: bob.token } });
    expect(run.code).toBe(0);
    const mine = await runCli(['share', '--json'], {
      input: 'bob made this',
      home,
      env: { ...env, HUSHLINK_TOKEN: bob.token },
    });
    const { id } = JSON.parse(mine.stdout) as { id: string };
    const bobs = await runCli(['status', '--json'], { env: { ...env, HUSHLINK_TOKEN: bob.token } });
    expect(
      (JSON.parse(bobs.stdout) as { secrets: { id: string }[] }).secrets.map((secret) => secret.id),
    ).toContain(id);
    const alices = await runCli(['status', '--json'], { home });
    expect(
      (JSON.parse(alices.stdout) as { secrets: { id: string }[] }).secrets.map((secret) => secret.id),
    ).not.toContain(id);
  });
});

describe('access rules', () => {
  it('shares --to a person: they open it, someone else gets exit 3 and uses up nothing', async () => {
    const aliceHome = await loggedIn(alice);
    const bobHome = await loggedIn(bob);
    const shared = await runCli(['share', '-q', '--to', bob.name], {
      input: 'for bob only',
      home: aliceHome,
    });
    expect(shared.code).toBe(0);
    const link = shared.stdout.trim();
    expect((await webMetadata(server, idOf(link)))?.access).toBe('people');

    const stranger = await runCli(['get', link], { home: aliceHome });
    expect(stranger.code).toBe(3);
    expect(stderrLines(stranger)).toEqual([
      'hushlink: This secret was shared with other people, not with you.',
    ]);
    const anonymous = await runCli(['get', link]);
    expect(anonymous.code).toBe(3);
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);

    const run = await runCli(['get', link], { home: bobHome });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('for bob only');
  });

  it('refuses an unknown --to name (exit 1) and a guest looking people up (exit 3)', async () => {
    const aliceHome = await loggedIn(alice);
    const unknown = await runCli(['share', '--to', `nobody-${alice.name}`], { input: 'x', home: aliceHome });
    expect(unknown.code).toBe(1);
    expect(stderrLines(unknown)).toEqual([
      `hushlink: There is no account named "nobody-${alice.name}" on ${server}.`,
    ]);
    // A prefix of a real name is not that person.
    const prefix = await runCli(['share', '--to', alice.name.slice(0, -1)], { input: 'x', home: aliceHome });
    expect(prefix.code).toBe(1);

    const ginaHome = await loggedIn(gina);
    const guest = await runCli(['share', '--to', alice.name], { input: 'x', home: ginaHome });
    expect(guest.code).toBe(3);
    expect(stderrLines(guest)).toEqual(['hushlink: Your account is not allowed to do this.']);
  });

  it('opens signed-in (team) secrets only with a member or admin login, never a guest', async () => {
    const aliceHome = await loggedIn(alice);
    const shared = await runCli(['share', '-q', '--access', 'signed-in'], {
      input: 'members',
      home: aliceHome,
    });
    const link = shared.stdout.trim();
    const anonymous = await runCli(['get', link]);
    expect(anonymous.code).toBe(3);
    const ginaHome = await loggedIn(gina);
    const guest = await runCli(['get', link], { home: ginaHome });
    expect(guest.code).toBe(3);
    expect(stderrLines(guest)).toEqual([
      'hushlink: This secret is for the team (members and admins). Guests open only what is shared with them by name: ask the sender to share it with you.',
    ]);
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);
    const run = await runCli(['get', link], { home: await loggedIn(bob) });
    expect(run.stdout).toBe('members');

    const byGuest = await runCli(['share', '-q', '--access', 'signed-in'], { input: 'x', home: ginaHome });
    expect(byGuest.code).toBe(3);
    expect(stderrLines(byGuest)).toEqual([
      'hushlink: Guests cannot create links for the whole team (members and admins). Share with a link, or answer a request a member sent you.',
    ]);
  });
});

describe('revoke as the creator', () => {
  it('revokes my link by link or by id; not somebody else’s', async () => {
    const aliceHome = await loggedIn(alice);
    const first = (await runCli(['share', '-q'], { input: 'a', home: aliceHome })).stdout.trim();
    const second = (await runCli(['share', '-q'], { input: 'b', home: aliceHome })).stdout.trim();

    const byBob = await runCli(['revoke', first], { home: await loggedIn(bob) });
    expect(byBob.code).toBe(3);
    expect(stderrLines(byBob)).toEqual(['hushlink: Only the person who created this link can revoke it.']);

    expect((await runCli(['revoke', first], { home: aliceHome })).code).toBe(0);
    // `--` as a person must write it: an id is base64url and begins with '-' once in 64 links.
    expect((await runCli(['revoke', '--', idOf(second)], { home: aliceHome })).code).toBe(0);
    expect(await webMetadata(server, idOf(first))).toBeNull();
    expect(await webMetadata(server, idOf(second))).toBeNull();
  });
});
