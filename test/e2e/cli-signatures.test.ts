import { randomBytes } from 'node:crypto';
import {
  encryptSealedPayload,
  fromBase64Url,
  inspectEnvelope,
  loadSodium,
  toBase64Url,
} from '@hushlink/envelope';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { type CliHome, cliHome, runHushlink } from './support/cli.ts';
import { serverUrl } from './support/environment.ts';
import { metadataStatus, waitForHeading, waitForNotice } from './support/flows.ts';
import { queryD1, seedInviter, storedSecret } from './support/local-d1.ts';
import { expectHeading, type Holder, joinAs } from './support/sealing-flows.ts';

// The command line signs what it seals: `hushlink login` makes a signing key, registered with the API token it
// logs in with and listed on the Account page beside the passkeys; `hushlink share --to` signs with it, and the
// recipient's page says "Sealed by Alice …, verified" with the fingerprint the Account page shows. Once Alice has
// a signing key, an unsigned envelope swapped in for hers is refused; a key of hers Bob's browser has not seen
// before is flagged. Removing a key (with a step-up) revokes its token.

const REFUSED =
  'This secret is not signed by the person the server names as its sender. Do not trust it; tell the sender and your admin.';
const FINGERPRINT = '[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}';

let browser: Browser;
let home: CliHome;

beforeAll(async () => {
  browser = await launchBrowser();
  home = cliHome();
  await loadSodium();
});
afterAll(async () => {
  await browser?.close();
  home?.remove();
});

/** Creates an API token named `name` on the Account page (the step-up is the virtual authenticator's). */
async function createToken(page: Page, name: string): Promise<string> {
  await page.goto(`${serverUrl()}/account`);
  await waitForHeading(page, 'Your account');
  const tokens = page.getByRole('region', { name: 'API tokens' });
  await tokens.getByLabel('Token name').fill(name);
  await tokens.getByRole('button', { name: 'Create token' }).click();
  const created = tokens.getByRole('textbox', { name: `New token “${name}”` });
  await created.waitFor();
  return created.inputValue();
}

/** The Account page's list of command-line signing keys. */
async function cliKeyList(page: Page) {
  await page.goto(`${serverUrl()}/account`);
  await waitForHeading(page, 'Your account');
  return page.getByRole('list', { name: 'Your command-line signing keys' });
}

/** Opens a sealed secret and presses the one button (sign in or confirm with the passkey, or Open). */
async function openSealed(page: Page, id: string): Promise<void> {
  await page.goto(`${serverUrl()}/s/${id}`);
  await expectHeading(page, 'A sealed secret is waiting for you');
  await page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
}

/** Bob's sealing public keys, as the server lists them to his own page. */
async function sealingKeysOf(page: Page): Promise<Uint8Array[]> {
  const keys = await page.evaluate(async () => {
    const me = (await (await fetch('/api/me')).json()) as { user: { id: string } };
    const listed = (await (await fetch(`/api/users/${me.user.id}/keys`)).json()) as {
      keys: Array<{ publicKey: string }>;
    };
    return listed.keys.map((key) => key.publicKey);
  });
  return keys.map((key) => fromBase64Url(key));
}

describe('the hushlink CLI signs what it seals', () => {
  it('login registers a key the Account page lists; share --to is verified in the browser; an unsigned swap is refused; a second key is flagged as new; removing a key revokes its token', async () => {
    const suffix = randomBytes(3).toString('hex');
    const adminToken = seedInviter(`clisign${suffix}`);
    const alice: Holder = await joinAs(browser, adminToken, `calice${suffix}`, 'Alice Cli', { prf: true });
    const bob: Holder = await joinAs(browser, adminToken, `cbob${suffix}`, 'Bob Browser', { prf: true });
    const hushlink = (args: readonly string[], input?: string) =>
      runHushlink([...args, '--server', serverUrl()], home, {
        ...(input === undefined ? {} : { input }),
        timeoutMs: 120_000,
      });

    // ---- 1. Login makes the key; the Account page lists it with the same fingerprint. ----
    const token = await createToken(alice.page, 'laptop');
    const login = await hushlink(['login'], `${token}\n`);
    expect(login.code, login.stderr).toBe(0);
    const registered = new RegExp(
      `^Signing key registered: (${FINGERPRINT}) \\(listed on your Account page\\)\\.$`,
    );
    const fingerprint = registered.exec(login.stderr.trim())?.[1] ?? '';
    expect(fingerprint, login.stderr).toMatch(new RegExp(`^${FINGERPRINT}$`));
    const listed = (await cliKeyList(alice.page)).locator('li[data-cli-signing-key="laptop"]');
    await listed.locator('[data-signing-fingerprint]').filter({ hasText: fingerprint }).waitFor();

    // ---- 2. share --to Bob: signed v3; Bob's page names Alice, with the key her Account page shows. ----
    const text = `from the terminal ${randomBytes(8).toString('hex')}`;
    const shared = await hushlink(['share', '--to', bob.name], text);
    expect(shared.code, shared.stderr).toBe(0);
    expect(shared.stderr).toContain(`Signed with your key ${fingerprint}.`);
    const id = /\/s\/([A-Za-z0-9_-]{22})$/.exec(shared.stdout.trim())?.[1] ?? '';
    expect(inspectEnvelope(fromBase64Url(storedSecret(id).ciphertext ?? ''))).toMatchObject({
      version: 3,
      signed: true,
    });
    await openSealed(bob.page, id);
    await expectHeading(bob.page, 'The secret');
    expect(await bob.page.locator('#secret-sender').textContent()).toBe(
      `Sealed by Alice Cli (@${alice.name}), key ${fingerprint}, verified: the signature matches a key of theirs.`,
    );
    expect(await bob.page.locator('#revealed-secret').textContent()).toBe(text);

    // ---- 3. The server swaps in an unsigned envelope sealed to Bob's key: Alice signs, so it is refused. ----
    const genuine = await hushlink(['share', '--to', bob.name], 'genuine');
    const swappedId = /\/s\/([A-Za-z0-9_-]{22})$/.exec(genuine.stdout.trim())?.[1] ?? '';
    const forged = `unsigned ${randomBytes(6).toString('hex')}`;
    const unsigned = await encryptSealedPayload(
      { kind: 'text', text: forged },
      await sealingKeysOf(bob.page),
    );
    const envelope = toBase64Url(unsigned);
    expect(envelope).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(swappedId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    queryD1(
      `UPDATE secrets SET ciphertext = '${envelope}', size = ${unsigned.length} WHERE id = '${swappedId}'`,
    );
    expect(storedSecret(swappedId).ciphertext).toBe(envelope);
    await openSealed(bob.page, swappedId);
    await waitForNotice(bob.page, REFUSED);
    expect((await bob.page.locator('main').textContent()) ?? '').not.toContain(forged);
    expect(await bob.page.locator('#revealed-secret').count()).toBe(0);
    expect(await metadataStatus(swappedId)).toBe(404);

    // ---- 4. Alice logs in on another machine: a second key. Bob's browser verifies it, and says it is new. ----
    const desk = cliHome();
    try {
      const deskToken = await createToken(alice.page, 'desk');
      const deskLogin = await runHushlink(['login', '--server', serverUrl()], desk, {
        input: `${deskToken}\n`,
        timeoutMs: 120_000,
      });
      expect(deskLogin.code, deskLogin.stderr).toBe(0);
      const deskFingerprint = registered.exec(deskLogin.stderr.trim())?.[1] ?? '';
      expect(deskFingerprint).not.toBe(fingerprint);
      const fromDesk = await runHushlink(['share', '--to', bob.name, '--server', serverUrl()], desk, {
        input: 'from the desk',
        timeoutMs: 120_000,
      });
      expect(fromDesk.code, fromDesk.stderr).toBe(0);
      const deskId = /\/s\/([A-Za-z0-9_-]{22})$/.exec(fromDesk.stdout.trim())?.[1] ?? '';
      await openSealed(bob.page, deskId);
      await expectHeading(bob.page, 'The secret');
      expect(await bob.page.locator('#secret-sender').textContent()).toBe(
        `Sealed by Alice Cli (@${alice.name}), key ${deskFingerprint}, verified: the signature matches a key of theirs. This browser has not seen this key of theirs before: compare its fingerprint with the one on their Account page.`,
      );
    } finally {
      desk.remove();
    }

    // ---- 5. Alice removes the laptop's key (a step-up, by her passkey): it is gone, and so is its token. ----
    const list = await cliKeyList(alice.page);
    await list.locator('li[data-cli-signing-key="laptop"]').waitFor();
    await list.getByRole('button', { name: 'Remove the signing key of token “laptop”' }).click();
    await alice.page.getByRole('button', { name: 'Yes, remove it' }).click();
    await alice.page.getByText('Removed the signing key of token “laptop”, and revoked the token.').waitFor();
    await list.locator('li[data-cli-signing-key="laptop"]').waitFor({ state: 'detached' });
    await list.locator('li[data-cli-signing-key="desk"]').waitFor();
    const after = await hushlink(['status']);
    expect(after.code).toBe(3);

    for (const person of [alice, bob]) expect(person.watch.problems()).toEqual([]);
  }, 300_000);
});
