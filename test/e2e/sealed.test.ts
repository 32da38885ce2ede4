import { randomBytes } from 'node:crypto';
import {
  decryptPayload,
  decryptSealedPayload,
  deriveRecipientKeyPair,
  EnvelopeError,
  fromBase64Url,
  inspectEnvelope,
  loadSodium,
  toBase64Url,
} from '@hushlink/envelope';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { metadataStatus, waitForNotice } from './support/flows.ts';
import { seedInviter, storedSecret } from './support/local-d1.ts';
import { findLeaks, type RecordedRequest, type Secret } from './support/request-recorder.ts';
import {
  accountFingerprints,
  encodings,
  expectHeading,
  type Holder,
  joinAs,
  prfOutputOf,
  prfResultsSent,
  sentPublicKeys,
} from './support/sealing-flows.ts';
import { answerAddPasskeyPrompts, stepUps } from './support/step-up-flows.ts';
import {
  addVirtualAuthenticator,
  setAnswering,
  type VirtualAuthenticator,
} from './support/virtual-authenticator.ts';

// One long scenario, like accounts.test.ts: its people and their passkeys build on each other. The inviter is
// seeded in D1, so this file works whether or not another file created the first account.

const NOT_FOR_YOU = 'This secret was shared with other people, not with you.';
const FINGERPRINT = /^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/;

let browser: Browser;
const people: Holder[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await loadSodium();
});
afterAll(async () => {
  await browser?.close();
});

/** What sharing with people produced: the sealed link and/or the server-gated one. */
interface SharedLinks {
  sealed?: string;
  gated?: string;
  /** What the sealing panel said about each recipient, by user name. */
  panel: Map<string, string>;
}

/** Creates a secret for `names` on the create page (people access, sealing on by default) and reads the links. */
async function shareInPage(page: Page, text: string, names: readonly string[]): Promise<SharedLinks> {
  await page.goto(`${serverUrl()}/`);
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(text);
  await page.getByLabel('Only these people').check();
  const picker = page.getByRole('combobox', { name: 'People' });
  for (const name of names) {
    await picker.fill(name);
    await page.getByRole('option', { name: new RegExp(`@${name}\\)`) }).waitFor();
    await picker.press('Enter');
  }
  const panel = new Map<string, string>();
  const list = page.getByRole('list', { name: 'Sealing keys of the chosen people' });
  for (const name of names) {
    const item = list.locator(`li[data-recipient="${name}"]`);
    await item.getByText(/receive sealed secrets/).waitFor();
    panel.set(name, (await item.textContent()) ?? '');
  }
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.getByRole('heading', { level: 1, name: /^Your links? (is|are) ready$/ }).waitFor();
  const read = async (label: string) => {
    const field = page.getByRole('textbox', { name: label, exact: true });
    return (await field.count()) > 0 ? field.inputValue() : undefined;
  };
  const sealed = await read('Sealed link');
  const gated = await read('Server-checked link');
  return { ...(sealed ? { sealed } : {}), ...(gated ? { gated } : {}), panel };
}

function idOf(link: string): string {
  const match = /\/s\/([A-Za-z0-9_-]{22})(?:#|$)/.exec(link);
  if (!match?.[1]) throw new Error(`not a secret link: ${link}`);
  return match[1];
}

/** Opens a sealed link and presses the one button (sign in or confirm with the passkey, or Open). */
async function openSealed(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expectHeading(page, 'A sealed secret is waiting for you');
  await page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
}

async function revealedText(page: Page): Promise<string | null> {
  await expectHeading(page, 'The secret').catch(async () => {
    throw new Error(`no secret shown; the page says: ${await page.locator('main').textContent()}`);
  });
  return page.locator('#revealed-secret').textContent();
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof EnvelopeError ? error.code : String(error);
  }
  return 'opened';
}

async function allRequests(): Promise<RecordedRequest[]> {
  return (await Promise.all(people.map((person) => person.recorder.requests()))).flat();
}

describe('secrets sealed to people’s passkeys', () => {
  it('seals to Bob’s passkeys only: Bob (with either passkey) opens it, Carol and the stored row with the link cannot, Dave without PRF gets a server-gated link, and no key leaves a browser', async () => {
    const suffix = randomBytes(3).toString('hex');
    const adminToken = seedInviter(`sealadmin${suffix}`);
    const alice = await joinAs(browser, adminToken, `alice${suffix}`, 'Alice Sender', { prf: true });
    const bob = await joinAs(browser, adminToken, `bob${suffix}`, 'Bob Reader', { prf: true });
    const carol = await joinAs(browser, adminToken, `carol${suffix}`, 'Carol Other', { prf: true });
    const dave = await joinAs(browser, adminToken, `dave${suffix}`, 'Dave NoPrf', { prf: false });
    people.push(alice, bob, carol, dave);

    // ---- Account pages: a fingerprint per PRF passkey; Dave's passkey cannot receive sealed secrets. ----
    const bobKeys = await accountFingerprints(bob.page);
    expect(bobKeys.size).toBe(1);
    const [bobFingerprint] = [...bobKeys.values()];
    expect(bobFingerprint).toMatch(FINGERPRINT);
    const daveKeys = await accountFingerprints(dave.page);
    expect([...daveKeys.values()]).toEqual([null]);
    await dave.page.getByText('Cannot receive sealed secrets').waitFor();

    // ---- 1. Alice seals a secret to Bob. The panel shows Bob's fingerprint; the link has no key. ----
    const first = `sealed for bob ${randomBytes(8).toString('hex')}`;
    const one = await shareInPage(alice.page, first, [bob.name]);
    expect(one.panel.get(bob.name)).toContain(`Can receive sealed secrets. Keys: ${bobFingerprint}`);
    expect(one.gated).toBeUndefined();
    expect(one.sealed).toMatch(new RegExp(`^${serverUrl()}/s/[A-Za-z0-9_-]{22}$`));
    const oneId = idOf(one.sealed ?? '');

    // The stored row together with the whole link: no claim hash, a sealed envelope, and nothing in the link
    // opens it. The test's own derivation from Bob's passkey does (so the checks below are not vacuous).
    const row = storedSecret(oneId);
    expect(row.claimHash).toBeNull();
    const stored = fromBase64Url(row.ciphertext ?? '');
    // Bob's key and Alice's own ("I can re-open it too" is on by default when she has keys).
    expect(inspectEnvelope(stored)).toMatchObject({ sealed: true, recipients: 2, passphrase: false });
    const linkBytes = new TextEncoder().encode(one.sealed);
    const fromLink = [
      new Uint8Array(await crypto.subtle.digest('SHA-256', linkBytes)),
      new Uint8Array(32).fill(0),
      // The id's bytes, twice: the only other thing the link holds.
      Uint8Array.from(Buffer.from(`${oneId}${oneId}`, 'base64url').subarray(0, 32)),
    ];
    for (const key of fromLink) {
      expect(await rejection(decryptPayload(stored, key))).not.toBe('opened');
      expect(await rejection(decryptSealedPayload(stored, { publicKey: key, privateKey: key }))).not.toBe(
        'opened',
      );
    }
    // Each passkey's PRF output, computed by the test while it is its person's only authenticator. (Bob's second
    // and late passkeys are left out: once the test's own prompt went to one of several virtual authenticators,
    // Chromium's others stop answering the app's later prompts; the structural check below covers them.)
    const outputs = new Map<string, Uint8Array>();
    const measure = async (label: string, holder: Holder, authenticator: VirtualAuthenticator) => {
      const output = await prfOutputOf(holder.page, authenticator);
      outputs.set(label, output);
      return deriveRecipientKeyPair(output);
    };
    const carolPair = await measure('Carol’s passkey', carol, carol.authenticator);
    expect(await rejection(decryptSealedPayload(stored, carolPair))).toBe('NOT_A_RECIPIENT');
    const bobPair = await measure('Bob’s first passkey', bob, bob.authenticator);
    const opened = await decryptSealedPayload(stored, bobPair);
    expect(opened).toEqual({ kind: 'text', text: first });

    // Carol, signed in with her own PRF passkey, is told by the page at once (the server says she is not named);
    // nothing is consumed.
    await carol.page.goto(one.sealed ?? '');
    await waitForNotice(carol.page, NOT_FOR_YOU);
    expect(await carol.page.locator('main').textContent()).not.toContain(first);
    expect(await metadataStatus(oneId)).toBe(200);

    // Bob (signed in, so he confirms with his passkey) reads it; it was the only view.
    await openSealed(bob.page, one.sealed ?? '');
    expect(await revealedText(bob.page)).toBe(first);
    expect(await metadataStatus(oneId)).toBe(404);

    // ---- 2. Bob adds a second PRF passkey (another authenticator) on his account page. ----
    // He confirms it's him with his first passkey (the step-up), then the new authenticator creates the passkey;
    // afterwards only the second one answers.
    const bobSecond = await addVirtualAuthenticator(bob.page, { prf: true, transport: 'usb' });
    bob.authenticators.push(bobSecond);
    let stopSwitching = await answerAddPasskeyPrompts(bob.page, {
      confirming: [bob.authenticator],
      creating: bobSecond,
    });
    await bob.page.goto(`${serverUrl()}/account`);
    await expectHeading(bob.page, 'Your account');
    await bob.page.getByLabel('Name of the new passkey (optional)').fill('Second key');
    await bob.page.getByRole('button', { name: 'Add a passkey', exact: true }).click();
    await bob.page.getByText('Passkey added. It can receive sealed secrets.').waitFor();
    await stopSwitching();
    expect(stepUps(await bob.recorder.requests())).toBe(1);
    const bobBoth = await accountFingerprints(bob.page);
    expect(bobBoth.size).toBe(2);
    const secondFingerprint = bobBoth.get('Second key');
    expect(secondFingerprint).toMatch(FINGERPRINT);

    // Alice seals again: she is warned that Bob's keys changed since she last sealed to him.
    const second = `second for bob ${randomBytes(8).toString('hex')}`;
    const two = await shareInPage(alice.page, second, [bob.name]);
    expect(two.panel.get(bob.name)).toContain(
      `keys changed since you last sealed to them (new ${secondFingerprint})`,
    );
    expect(
      inspectEnvelope(fromBase64Url(storedSecret(idOf(two.sealed ?? '')).ciphertext ?? '')),
    ).toMatchObject({
      sealed: true,
      recipients: 3,
    });
    // Bob opens it with his second passkey (the first one does not answer).
    await openSealed(bob.page, two.sealed ?? '');
    expect(await revealedText(bob.page)).toBe(second);

    // ---- 3. A passkey added after sealing is not among the recipients: the page names the ones to use, and
    // trying another passkey does not cost another view. ----
    const third = `third for bob ${randomBytes(8).toString('hex')}`;
    const three = await shareInPage(alice.page, third, [bob.name]);
    // Confirmed with either passkey he has, created on a third authenticator, which alone answers afterwards.
    const bobThird = await addVirtualAuthenticator(bob.page, { prf: true, transport: 'usb' });
    bob.authenticators.push(bobThird);
    stopSwitching = await answerAddPasskeyPrompts(bob.page, {
      confirming: [bob.authenticator, bobSecond],
      creating: bobThird,
    });
    await bob.page.goto(`${serverUrl()}/account`);
    await expectHeading(bob.page, 'Your account');
    await bob.page.getByLabel('Name of the new passkey (optional)').fill('Late key');
    await bob.page.getByRole('button', { name: 'Add a passkey', exact: true }).click();
    await bob.page.getByText('Passkey added. It can receive sealed secrets.').waitFor();
    await stopSwitching();
    await openSealed(bob.page, three.sealed ?? '');
    const status = bob.page.locator('.status-error');
    await status.getByText('It was not sealed to the passkey you used (“Late key”).').waitFor();
    expect(await status.textContent()).toContain('“Second key”');
    expect(await metadataStatus(idOf(three.sealed ?? ''))).toBe(404);
    await setAnswering(bobThird, false);
    await setAnswering(bob.authenticator, true);
    await bob.page.getByRole('button', { name: 'Use another passkey' }).click();
    expect(await revealedText(bob.page)).toBe(third);

    // ---- 4. Bob and Dave: two links, each labelled for whom. Dave reads the server-gated one. ----
    const fourth = `for bob and dave ${randomBytes(8).toString('hex')}`;
    const four = await shareInPage(alice.page, fourth, [bob.name, dave.name]);
    expect(four.panel.get(dave.name)).toContain('Cannot receive sealed secrets');
    expect(four.sealed).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
    expect(four.gated).toMatch(/\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$/);
    await alice.page.getByRole('heading', { name: 'Sealed to Bob Reader' }).waitFor();
    await alice.page.getByRole('heading', { name: 'For Dave NoPrf: not sealed' }).waitFor();
    const gatedRow = storedSecret(idOf(four.gated ?? ''));
    expect(gatedRow.claimHash).not.toBeNull();
    await dave.page.goto(four.gated ?? '');
    await expectHeading(dave.page, 'A secret is waiting for you');
    await dave.page.getByRole('button', { name: 'Reveal' }).click();
    expect(await revealedText(dave.page)).toBe(fourth);
    await openSealed(bob.page, four.sealed ?? '');
    expect(await revealedText(bob.page)).toBe(fourth);

    // ---- 5. What left the browsers: the public keys, never a PRF output, a private key, a link key or a text.
    const requests = await allRequests();
    expect(prfResultsSent(requests)).toEqual([]);
    await measure('Alice’s passkey', alice, alice.authenticator);
    const leaks: Secret[] = [
      { name: 'the first text', value: first },
      { name: 'the second text', value: second },
      { name: 'the third text', value: third },
      { name: 'the fourth text', value: fourth },
      { name: 'the gated link key', value: (four.gated ?? '#').split('#')[1] ?? '' },
    ];
    const sent = sentPublicKeys(requests);
    expect(outputs.size).toBe(3);
    for (const [label, output] of outputs) {
      const pair = await deriveRecipientKeyPair(output);
      // Positive control: the key pair the test derives is the one the app derived (its public key was sent), so
      // the outputs looked for below are the very ones the app held.
      expect(sent, label).toContain(toBase64Url(pair.publicKey));
      leaks.push(
        ...encodings(`${label}'s PRF output`, output),
        ...encodings(`${label}'s private key`, pair.privateKey),
      );
    }
    expect(findLeaks(requests, leaks)).toEqual([]);
    for (const person of people) expect(person.watch.problems(), person.name).toEqual([]);
  }, 300_000);
});
