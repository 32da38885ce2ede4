import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSealedDecryptor,
  decryptSealedPayloadWithSender,
  decryptSealedText,
  deriveSenderSigningKeyPair,
  EnvelopeError,
  fromBase64Url,
  keyFingerprint,
  signingKeyFingerprint,
  toBase64Url,
} from '@hushlink/envelope';
import { type RevealResponse, revealResponseSchema } from '@hushlink/protocol';
import { describe, expect, inject, it } from 'vitest';
import { writeRandomFile } from './support/files.ts';
import { freshHome, runCli, stderrLines } from './support/run-cli.ts';
import type { SeededAccount } from './support/seed-accounts.ts';
import { tempDir } from './support/temp-dir.ts';
import { ALICE_KEY, CAROL_KEYS, keyPair } from './support/test-accounts.ts';
import { webMetadata } from './support/web-client.ts';

const server = inject('serverUrl');
const SEALED_MESSAGE =
  "hushlink: This secret is sealed to people's passkeys, which this CLI cannot use; open it in a browser.";

// alice (sender, one key), carol (two keys), bob (no key), erin (sender with no key, who must create nothing).
const { sealedAlice: alice, sealedBob: bob, sealedCarol: carol, sealedErin: erin } = inject('accounts');

/** The environment of a person running the CLI with their token. */
function as(account: SeededAccount) {
  return { HUSHLINK_SERVER: server, HUSHLINK_TOKEN: account.token };
}

const homes = new Map<string, Promise<{ home: string; config: string }>>();

/**
 * A HOME where `account` ran `hushlink login`, which saved the signing key `share --to` signs with: one per account
 * in this file (a second login with the token would replace the key the first saved).
 */
function loggedIn(account: SeededAccount): Promise<{ home: string; config: string }> {
  let home = homes.get(account.id);
  if (!home) {
    home = (async () => {
      const made = freshHome();
      const run = await runCli(['login'], {
        input: `${account.token}\n`,
        env: { HUSHLINK_SERVER: server },
        home: made,
      });
      expect(run.code, run.stderr).toBe(0);
      return made;
    })();
    homes.set(account.id, home);
  }
  return home;
}

/** The public key and fingerprint of the signing key `account`'s login saved (read from its 0600 config). */
async function signingKeyOf(account: SeededAccount): Promise<{ publicKey: Uint8Array; fingerprint: string }> {
  const { config } = await loggedIn(account);
  const path = join(config, 'hushlink', 'config.json');
  expect(statSync(path).mode & 0o777).toBe(0o600);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { signingSeed: string };
  const { publicKey } = await deriveSenderSigningKeyPair(fromBase64Url(saved.signingSeed));
  return { publicKey, fingerprint: await signingKeyFingerprint(publicKey) };
}

/** `GET /api/secrets/:id` as `account`: who the server says sealed it, with their signing keys. */
async function senderNamedTo(
  account: SeededAccount,
  id: string,
): Promise<{ id: string; signingKeys: string[] }> {
  const response = await fetch(`${server}/api/secrets/${id}`, {
    headers: { Authorization: `Bearer ${account.token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { sender: { id: string; signingKeys: string[] } }).sender;
}

/** How a sender runs the CLI: their token and their login's HOME (with its signing key). */
async function asSender(account: SeededAccount) {
  return { env: as(account), home: await loggedIn(account) };
}

function idOf(link: string): string {
  return new URL(link).pathname.split('/')[2] ?? '';
}

/** `POST /api/secrets/:id/reveal` with `{}`, as a sealed secret's reveal page does, signed in as `account`. */
async function revealAs(account: SeededAccount, id: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server}/api/secrets/${id}/reveal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${account.token}` },
    body: '{}',
  });
  return { status: response.status, body: await response.json() };
}

async function revealed(account: SeededAccount, id: string): Promise<RevealResponse> {
  const answer = await revealAs(account, id);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return revealResponseSchema.parse(answer.body);
}

function inlineEnvelope(answer: RevealResponse): Uint8Array {
  if (!('ciphertext' in answer)) throw new Error('expected an inline envelope');
  return fromBase64Url(answer.ciphertext);
}

async function fingerprintOf(seed: number): Promise<string> {
  return keyFingerprint((await keyPair(seed)).publicKey);
}

async function notARecipient(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(EnvelopeError);
  expect((error as EnvelopeError).code).toBe('NOT_A_RECIPIENT');
}

describe('share --to people whose passkeys have keys', () => {
  it('seals to every recipient key and the sender’s: a keyless link, fingerprints on stderr', async () => {
    const text = 'sealed for carol\nwith a second line ✓';
    const run = await runCli(['share', '--views', '3', '--to', carol.name], {
      input: text,
      ...(await asSender(alice)),
    });
    expect(run.code, run.stderr).toBe(0);
    const link = run.stdout.trim();
    expect(link).toMatch(new RegExp(`^${server}/s/[A-Za-z0-9_-]{22}$`));
    const [carol1, carol2, own] = await Promise.all([
      fingerprintOf(CAROL_KEYS[0] ?? 0),
      fingerprintOf(CAROL_KEYS[1] ?? 0),
      fingerprintOf(ALICE_KEY),
    ]);
    const signing = await signingKeyOf(alice);
    expect(stderrLines(run)).toEqual([
      `Sealed to ${carol.name}: ${carol1} (key 1); ${carol2} (key 2)`,
      `Sealed to you (${alice.name}) too: ${own} (key 1)`,
      `Signed with your key ${signing.fingerprint}.`,
      expect.stringMatching(/^Manage link \(keep it to revoke the secret\): http.*\/m\/.+#.+$/),
    ]);
    // The server holds no claim for it: its metadata says sealed, and a reveal with a claim is refused.
    const metadata = await webMetadata(server, idOf(link));
    expect(metadata).toMatchObject({ sealed: true, access: 'people', storage: 'inline', viewsLeft: 3 });

    // Either of carol's passkeys opens the stored envelope to the exact text, and so does the sender's.
    const envelope = inlineEnvelope(await revealed(carol, idOf(link)));
    expect(await decryptSealedText(envelope, await keyPair(CAROL_KEYS[0] ?? 0))).toBe(text);
    expect(await decryptSealedText(envelope, await keyPair(CAROL_KEYS[1] ?? 0))).toBe(text);
    expect(await decryptSealedText(envelope, await keyPair(ALICE_KEY))).toBe(text);
    await notARecipient(decryptSealedText(envelope, await keyPair(0x99)));
    // Signed with the key login registered, which the server names as the sender's, as a browser checks it.
    const sender = await senderNamedTo(carol, idOf(link));
    expect(sender.id).toBe(alice.id);
    expect(sender.signingKeys).toContain(toBase64Url(signing.publicKey));
    const opened = await decryptSealedPayloadWithSender(envelope, await keyPair(CAROL_KEYS[0] ?? 0), {
      senders: sender.signingKeys.map(fromBase64Url),
    });
    expect(opened.sender).toMatchObject({ signed: true, fingerprint: signing.fingerprint });
    // The sender was added to the people who may open it, so their browser can re-open it.
    expect(inlineEnvelope(await revealed(alice, idOf(link)))).toEqual(envelope);
    expect((await revealAs(bob, idOf(link))).status).toBe(403);
  });

  it('leaves the sender’s keys out with --no-self, and says sealed in --json', async () => {
    const run = await runCli(['share', '--no-self', '--json', '--to', carol.name], {
      input: 'only carol',
      ...(await asSender(alice)),
    });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { link: string; id: string; sealed: boolean };
    expect(result.sealed).toBe(true);
    expect(result.link).toBe(`${server}/s/${result.id}`);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(new RegExp(`^Sealed to ${carol.name}: `)),
      `Signed with your key ${(await signingKeyOf(alice)).fingerprint}.`,
    ]);
    expect((await revealAs(alice, result.id)).status).toBe(403);
    const envelope = inlineEnvelope(await revealed(carol, result.id));
    await notARecipient(decryptSealedText(envelope, await keyPair(ALICE_KEY)));
    expect(await decryptSealedText(envelope, await keyPair(CAROL_KEYS[1] ?? 0))).toBe('only carol');
  });

  it('seals files too, as an upload of the exact declared length', async () => {
    const folder = tempDir();
    const path = join(folder, 'backup.zst');
    await writeRandomFile(path, 300_000);
    const run = await runCli(['share', '-q', '--json', '--to', carol.name, path], await asSender(erin));
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { link: string; id: string; sealed: boolean };
    expect(result).toMatchObject({ sealed: true, link: `${server}/s/${result.id}` });
    expect(await webMetadata(server, result.id)).toMatchObject({ sealed: true, storage: 'upload' });

    const answer = await revealed(carol, result.id);
    if (!('download' in answer)) throw new Error('expected a download grant');
    const download = await fetch(`${server}/api/secrets/${result.id}/download`, {
      headers: { Authorization: `Bearer ${answer.download.token}` },
    });
    expect(download.status).toBe(200);
    const decryptor = await createSealedDecryptor(await keyPair(CAROL_KEYS[0] ?? 0));
    const content: Uint8Array[] = [];
    for await (const piece of download.body ?? []) content.push(...(await decryptor.push(piece)));
    content.push(...(await decryptor.finish()));
    expect(decryptor.metadata).toEqual({
      kind: 'files',
      files: [{ name: 'backup.zst', type: 'application/octet-stream', size: 300_000 }],
    });
    expect(Buffer.concat(content).equals(readFileSync(path))).toBe(true);
  });

  it('refuses to seal without the signing key login saves, and creates nothing', async () => {
    // HUSHLINK_TOKEN alone, in a HOME with no login: the secret would be unsigned, which recipients refuse.
    const run = await runCli(['share', '--json', '--to', carol.name], { input: 'unsigned', env: as(alice) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      `hushlink: A sealed secret is signed with the key \`hushlink login\` makes, and none is saved for ${server}. Run \`hushlink login --server ${server}\` (again: a login from before signing keys, or HUSHLINK_TOKEN alone, has none).`,
    ]);
  });

  it('makes hushlink get say it is sealed and exit 4, using up nothing', async () => {
    const shared = await runCli(['share', '-q', '--to', carol.name], {
      input: 'browser only',
      ...(await asSender(alice)),
    });
    const link = shared.stdout.trim();
    const asCarol = await runCli(['get', link], { env: as(carol) });
    expect(asCarol.code).toBe(4);
    expect(stderrLines(asCarol)).toEqual([SEALED_MESSAGE]);
    const anonymous = await runCli(['get', link]);
    expect(anonymous.code).toBe(4);
    expect(stderrLines(anonymous)).toEqual([SEALED_MESSAGE]);
    // A key pasted onto it changes nothing: the metadata still says sealed.
    const withKey = await runCli(['get', `${link}#${'B'.repeat(42)}A`], { env: as(carol) });
    expect(stderrLines(withKey)).toEqual([SEALED_MESSAGE]);
    expect((await webMetadata(server, idOf(link)))?.viewsLeft).toBe(1);
  });
});

describe('share --to someone without a key', () => {
  it('makes the server-gated link for everyone and names who cannot receive sealed secrets', async () => {
    const run = await runCli(['share', '--json', '--to', carol.name, '--to', bob.name], {
      input: 'for both',
      env: as(alice),
    });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { link: string; id: string; sealed: boolean };
    expect(result.sealed).toBe(false);
    expect(result.link).toMatch(new RegExp(`^${server}/s/${result.id}#[A-Za-z0-9_-]{43}$`));
    expect(stderrLines(run)).toEqual([
      `Not sealed: ${bob.name} cannot receive sealed secrets (no passkey with a sealing key); this is a link with its key that only the named people can open.`,
    ]);
    expect(await webMetadata(server, result.id)).toMatchObject({ sealed: false, access: 'people' });
    const asBob = await runCli(['get', result.link], { env: as(bob) });
    expect(asBob.code, asBob.stderr).toBe(0);
    expect(asBob.stdout).toBe('for both');
  });

  it('refuses --sealed with exit 1 and creates nothing; --no-seal makes the gated link even for carol', async () => {
    const mine = async () => {
      const status = await runCli(['status', '--json'], { env: as(erin) });
      expect(status.code, status.stderr).toBe(0);
      return (JSON.parse(status.stdout) as { secrets: { id: string }[] }).secrets
        .map((secret) => secret.id)
        .sort();
    };
    const before = await mine();
    const refused = await runCli(['share', '--sealed', '--to', carol.name, '--to', bob.name], {
      input: 'never stored',
      env: as(erin),
    });
    expect(refused.code).toBe(1);
    expect(stderrLines(refused)).toEqual([
      `hushlink: --sealed: ${bob.name} cannot receive sealed secrets (no passkey with a sealing key); nothing was shared. Leave out --sealed for a link with its key that only the named people can open.`,
    ]);
    expect(refused.stdout).toBe('');
    expect(await mine()).toEqual(before);

    const gated = await runCli(['share', '--no-seal', '--json', '--to', carol.name], {
      input: 'gated',
      env: as(erin),
    });
    expect(gated.code, gated.stderr).toBe(0);
    const result = JSON.parse(gated.stdout) as { link: string; id: string; sealed: boolean };
    expect(result.sealed).toBe(false);
    expect(result.link).toMatch(/#[A-Za-z0-9_-]{43}$/);
    expect(gated.stderr).toBe('');
    expect(await webMetadata(server, result.id)).toMatchObject({ sealed: false, access: 'people' });
    // The listing does show what erin creates: the refused share is missing from it because it never existed.
    expect(await mine()).toEqual([...before, result.id].sort());
  });

  it('refuses contradicting or misplaced sealing options with exit 1', async () => {
    const both = await runCli(['share', '--sealed', '--no-seal', '--to', carol.name], {
      input: 'x',
      env: as(alice),
    });
    expect(both.code).toBe(1);
    expect(stderrLines(both)).toEqual(['hushlink: --sealed and --no-seal contradict each other.']);
    const alone = await runCli(['share', '--sealed'], { input: 'x', env: as(alice) });
    expect(alone.code).toBe(1);
    expect(stderrLines(alone)).toEqual([
      'hushlink: --sealed goes with --to USER (a secret for named people).',
    ]);
  });
});
