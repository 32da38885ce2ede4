import { randomBytes } from 'node:crypto';
import {
  deriveSenderSigningKeyPair,
  encryptSealedPayload,
  fromBase64Url,
  inspectEnvelope,
  loadSodium,
  type SenderSigningKeyPair,
  toBase64Url,
} from '@hushlink/envelope';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { metadataStatus, waitForHeading, waitForNotice } from './support/flows.ts';
import { queryD1, seedInviter, storedSecret } from './support/local-d1.ts';
import { expectHeading, type Holder, joinAs, prfOutputOf } from './support/sealing-flows.ts';

// Sender authentication of sealed secrets (envelope v3): Alice's page signs what she seals with the key derived
// from her passkey's PRF output; Bob's page checks the signature against the keys the server lists for the sender
// it names, and refuses an envelope the server (here: the test, writing to D1) replaced with one sealed to Bob's
// key and signed by someone else, or not signed at all (a downgrade: Alice had a signing key when she sealed it).

const REFUSED =
  'This secret is not signed by the person the server names as its sender. Do not trust it; tell the sender and your admin.';
const FINGERPRINT = '[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await loadSodium();
});
afterAll(async () => {
  await browser?.close();
});

/** The signing key fingerprint the Account page shows for my only passkey. */
async function accountSigningFingerprint(page: Page): Promise<string> {
  await page.goto(`${serverUrl()}/account`);
  await waitForHeading(page, 'Your account');
  const fingerprint = page.getByRole('list', { name: 'Your passkeys' }).locator('[data-signing-fingerprint]');
  await fingerprint.filter({ hasText: new RegExp(`^${FINGERPRINT}$`) }).waitFor();
  return (await fingerprint.textContent()) ?? '';
}

/** Alice seals `text` to `name` on the create page (people access, sealing on); returns the secret's id. */
async function sealInPage(page: Page, text: string, name: string): Promise<string> {
  await page.goto(`${serverUrl()}/`);
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(text);
  await page.getByLabel('Only these people').check();
  const picker = page.getByRole('combobox', { name: 'People' });
  await picker.fill(name);
  await page.getByRole('option', { name: new RegExp(`@${name}\\)`) }).waitFor();
  await picker.press('Enter');
  await page
    .getByRole('list', { name: 'Sealing keys of the chosen people' })
    .locator(`li[data-recipient="${name}"]`)
    .getByText(/receive sealed secrets/)
    .waitFor();
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.getByRole('heading', { level: 1, name: /^Your links? (is|are) ready$/ }).waitFor();
  const link = await page.getByRole('textbox', { name: 'Sealed link', exact: true }).inputValue();
  const id = /\/s\/([A-Za-z0-9_-]{22})$/.exec(link)?.[1];
  if (!id) throw new Error(`not a sealed link: ${link}`);
  return id;
}

/** Opens a sealed secret and presses the one button (sign in or confirm with the passkey, or Open). */
async function openSealed(page: Page, id: string): Promise<void> {
  await page.goto(`${serverUrl()}/s/${id}`);
  await expectHeading(page, 'A sealed secret is waiting for you');
  await page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
}

/** What the server stores for Bob, asked in his own signed-in page: his sealing public keys. */
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

/** Replaces a stored secret's envelope, as a malicious server (or whoever writes to its database) could. */
function replaceEnvelope(id: string, envelope: Uint8Array): void {
  const encoded = toBase64Url(envelope);
  if (!/^[A-Za-z0-9_-]+$/.test(encoded) || !/^[A-Za-z0-9_-]{22}$/.test(id))
    throw new Error('unexpected bytes');
  queryD1(`UPDATE secrets SET ciphertext = '${encoded}', size = ${envelope.length} WHERE id = '${id}'`);
  expect(storedSecret(id).ciphertext).toBe(encoded);
}

describe('sealed secrets say who sealed them', () => {
  it('Bob sees Alice’s verified signature with the fingerprint her Account page shows, refuses an envelope the server replaced with one signed by Carol, or unsigned, without showing it', async () => {
    const suffix = randomBytes(3).toString('hex');
    const adminToken = seedInviter(`signadmin${suffix}`);
    const alice: Holder = await joinAs(browser, adminToken, `salice${suffix}`, 'Alice Sender', { prf: true });
    const bob: Holder = await joinAs(browser, adminToken, `sbob${suffix}`, 'Bob Reader', { prf: true });
    const carol: Holder = await joinAs(browser, adminToken, `scarol${suffix}`, 'Carol Other', { prf: true });
    const people = [alice, bob, carol];

    const aliceFingerprint = await accountSigningFingerprint(alice.page);
    expect(aliceFingerprint).toMatch(new RegExp(`^${FINGERPRINT}$`));

    // ---- 1. Alice seals to Bob: the envelope is v3 and signed; Bob's page says by whom, with her key. ----
    const first = `db password ${randomBytes(8).toString('hex')}`;
    const firstId = await sealInPage(alice.page, first, bob.name);
    expect(inspectEnvelope(fromBase64Url(storedSecret(firstId).ciphertext ?? ''))).toMatchObject({
      version: 3,
      sealed: true,
      signed: true,
    });
    // Bob is signed out: the page learns the sender only once his passkey has signed him in.
    await bob.page.context().clearCookies();
    await openSealed(bob.page, firstId);
    await expectHeading(bob.page, 'The secret');
    const sender = bob.page.locator('#secret-sender');
    expect(await sender.textContent()).toBe(
      `Sealed by Alice Sender (@${alice.name}), key ${aliceFingerprint}, verified: the signature matches a key of theirs.`,
    );
    expect(await sender.getAttribute('data-sender')).toBe('verified');
    // The line is read with the heading, which takes the focus.
    expect(await bob.page.getByRole('heading', { name: 'The secret' }).getAttribute('aria-describedby')).toBe(
      'secret-sender',
    );
    expect(await bob.page.locator('#revealed-secret').textContent()).toBe(first);

    // ---- 2. The server swaps in an envelope sealed to Bob's key from the API, signed by Carol (a member). ----
    const bobKeys = await sealingKeysOf(bob.page);
    expect(bobKeys).toHaveLength(1);
    const carolSigning: SenderSigningKeyPair = await deriveSenderSigningKeyPair(
      await prfOutputOf(carol.page, carol.authenticator),
    );
    {
      const genuine = `genuine ${randomBytes(6).toString('hex')}`;
      const id = await sealInPage(alice.page, genuine, bob.name);
      const forged = `attacker's ${randomBytes(6).toString('hex')}`;
      replaceEnvelope(
        id,
        await encryptSealedPayload({ kind: 'text', text: forged }, bobKeys, { signer: carolSigning }),
      );

      await openSealed(bob.page, id);
      await waitForNotice(bob.page, REFUSED);
      await expectHeading(bob.page, 'Do not trust this secret');
      const shown = (await bob.page.locator('main').textContent()) ?? '';
      expect(shown).not.toContain(forged);
      expect(shown).not.toContain(genuine);
      expect(await bob.page.locator('#revealed-secret').count()).toBe(0);
      expect(await metadataStatus(id)).toBe(404);
    }

    // ---- 3. Swapped for an unsigned one: Alice had a signing key when she sealed it, so it is refused too. ----
    {
      const id = await sealInPage(alice.page, `genuine ${randomBytes(6).toString('hex')}`, bob.name);
      const forged = `unsigned ${randomBytes(6).toString('hex')}`;
      replaceEnvelope(id, await encryptSealedPayload({ kind: 'text', text: forged }, bobKeys));
      await openSealed(bob.page, id);
      await waitForNotice(bob.page, REFUSED);
      expect((await bob.page.locator('main').textContent()) ?? '').not.toContain(forged);
      expect(await bob.page.locator('#revealed-secret').count()).toBe(0);
    }

    for (const person of people) expect(person.watch.problems()).toEqual([]);
  }, 300_000);

  it('an answer to a request sent by someone signed in with a PRF passkey is signed: the requester sees it verified', async () => {
    const suffix = randomBytes(3).toString('hex');
    const adminToken = seedInviter(`signreq${suffix}`);
    const alice: Holder = await joinAs(browser, adminToken, `ralice${suffix}`, 'Alice Asks', { prf: true });
    const carol: Holder = await joinAs(browser, adminToken, `rcarol${suffix}`, 'Carol Answers', {
      prf: true,
    });
    const carolFingerprint = await accountSigningFingerprint(carol.page);

    await alice.page.goto(`${serverUrl()}/links`);
    await expectHeading(alice.page, 'My links');
    await alice.page.getByLabel('What do you need?').fill(`the API key (${suffix})`);
    await alice.page.getByRole('button', { name: 'Create request link' }).click();
    const link = await alice.page.getByRole('textbox', { name: 'Request link', exact: true }).inputValue();
    const requestId = /\/r\/([A-Za-z0-9_-]{22})#/.exec(link)?.[1] ?? '';

    // Carol's page was reloaded since she signed in, so it asks her passkey for the signing key first.
    const plaintext = `api key ${randomBytes(10).toString('hex')}`;
    await carol.page.goto(link);
    await expectHeading(carol.page, 'Alice Asks asks you for a secret');
    await carol.page.getByRole('textbox', { name: 'Secret', exact: true }).fill(plaintext);
    await carol.page.getByRole('button', { name: 'Seal and send' }).click();
    await expectHeading(carol.page, 'Sent');

    await alice.page.goto(`${serverUrl()}/links`);
    const item = alice.page.locator(`li[data-request-id="${requestId}"]`);
    await item.getByText('Answered', { exact: true }).waitFor();
    const href = (await item.getByRole('link', { name: 'Open the answer' }).getAttribute('href')) ?? '';
    const secretId = /^\/s\/([A-Za-z0-9_-]{22})$/.exec(href)?.[1] ?? '';
    expect(inspectEnvelope(fromBase64Url(storedSecret(secretId).ciphertext ?? ''))).toMatchObject({
      version: 3,
      signed: true,
    });
    await openSealed(alice.page, secretId);
    await expectHeading(alice.page, 'The secret');
    expect(await alice.page.locator('#secret-sender').textContent()).toBe(
      `Sealed by Carol Answers (@${carol.name}), key ${carolFingerprint}, verified: the signature matches a key of theirs.`,
    );
    expect(await alice.page.locator('#revealed-secret').textContent()).toBe(plaintext);
    for (const person of [alice, carol]) expect(person.watch.problems()).toEqual([]);
  }, 300_000);
});
