import { randomBytes } from 'node:crypto';
import {
  decryptSealedPayload,
  EnvelopeError,
  fromBase64Url,
  inspectEnvelope,
  loadSodium,
  toBase64Url,
} from '@hushlink/envelope';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { metadataStatus, waitForNotice } from './support/flows.ts';
import { seedInviter, storedSecret } from './support/local-d1.ts';
import { findLeaks, type RecordedRequest } from './support/request-recorder.ts';
import {
  encodings,
  expectHeading,
  type Holder,
  joinAs,
  keyPairOf,
  prfOutputOf,
  prfResultsSent,
  SEALING_WATCH,
} from './support/sealing-flows.ts';

const NOT_FOR_YOU = 'This secret was shared with other people, not with you.';

let browser: Browser;
const people: Person[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await loadSodium();
});
afterAll(async () => {
  await browser?.close();
});

async function allRequests(): Promise<RecordedRequest[]> {
  return (await Promise.all(people.map((person) => person.recorder.requests()))).flat();
}

describe('requests for a secret', () => {
  it('answers a request link signed out, sealed to the requester’s keys from the link; only the requester reads it', async () => {
    const suffix = randomBytes(3).toString('hex');
    const adminToken = seedInviter(`reqadmin${suffix}`);
    const alice: Holder = await joinAs(browser, adminToken, `ralice${suffix}`, 'Alice Asks', { prf: true });
    const carol: Holder = await joinAs(browser, adminToken, `rcarol${suffix}`, 'Carol Other', { prf: true });
    const stranger = await newPerson(browser, {}, SEALING_WATCH);
    people.push(alice, carol, stranger);
    const alicePair = await keyPairOf(alice.page, alice.authenticator);
    const carolPair = await keyPairOf(carol.page, carol.authenticator);

    // ---- Alice asks on My links; the link carries her public key after #. ----
    const note = `Please send the staging DB password (${suffix})`;
    await alice.page.goto(`${serverUrl()}/links`);
    await expectHeading(alice.page, 'My links');
    await alice.page.getByLabel('What do you need?').fill(note);
    await alice.page.getByRole('button', { name: 'Create request link' }).click();
    const link = await alice.page.getByRole('textbox', { name: 'Request link', exact: true }).inputValue();
    const match = new RegExp(`^${serverUrl()}/r/([A-Za-z0-9_-]{22})#([A-Za-z0-9_.-]+)$`).exec(link);
    expect(match).not.toBeNull();
    const [, requestId, keys] = match ?? [];
    expect(keys?.split('.')).toEqual([toBase64Url(alicePair.publicKey)]);
    await alice.page
      .locator(`li[data-request-id="${requestId}"]`)
      .getByText('Waiting for an answer')
      .waitFor();

    // ---- A link whose keys were swapped (Carol's key) is flagged before anything is sent. ----
    await stranger.page.goto(`${serverUrl()}/r/${requestId}#${toBase64Url(carolPair.publicKey)}`);
    await expectHeading(stranger.page, 'Alice Asks asks you for a secret');
    await stranger.page.locator('[data-key-mismatch]').waitFor();

    // ---- Someone without an account answers the real link. ----
    const plaintext = `staging: postgres://app:${randomBytes(12).toString('hex')}@db/staging`;
    await stranger.page.goto(link);
    await expectHeading(stranger.page, 'Alice Asks asks you for a secret');
    expect(await stranger.page.locator('#request-note').textContent()).toBe(note);
    expect(await stranger.page.locator('[data-key-mismatch]').count()).toBe(0);
    await stranger.page.getByRole('textbox', { name: 'Secret', exact: true }).fill(plaintext);
    await stranger.page.getByRole('button', { name: 'Seal and send' }).click();
    await expectHeading(stranger.page, 'Sent');

    // The request is answered; the link no longer takes an answer.
    await stranger.page.goto(link);
    await waitForNotice(
      stranger.page,
      'This request is no longer open: it was already answered, or it expired or was withdrawn.',
    );

    // ---- Alice sees it answered; the answer is a sealed secret stored with no claim, only her key opens it. ----
    await alice.page.goto(`${serverUrl()}/links`);
    const item = alice.page.locator(`li[data-request-id="${requestId}"]`);
    await item.getByText('Answered', { exact: true }).waitFor();
    const answer = item.getByRole('link', { name: 'Open the answer' });
    const href = (await answer.getAttribute('href')) ?? '';
    const secretId = /^\/s\/([A-Za-z0-9_-]{22})$/.exec(href)?.[1] ?? '';
    expect(secretId).not.toBe('');
    const row = storedSecret(secretId);
    expect(row.claimHash).toBeNull();
    const stored = fromBase64Url(row.ciphertext ?? '');
    expect(inspectEnvelope(stored)).toMatchObject({ sealed: true, recipients: 1 });
    const refused = await decryptSealedPayload(stored, carolPair).then(
      () => 'opened',
      (error: unknown) => (error instanceof EnvelopeError ? error.code : String(error)),
    );
    expect(refused).toBe('NOT_A_RECIPIENT');

    // Carol, signed in with her PRF passkey, is told at once that it is not for her, and consumes nothing.
    await carol.page.goto(`${serverUrl()}${href}`);
    await waitForNotice(carol.page, NOT_FOR_YOU);
    expect(await metadataStatus(secretId)).toBe(200);

    // Alice opens it from the dashboard with her passkey.
    await answer.click();
    await expectHeading(alice.page, 'A sealed secret is waiting for you');
    await alice.page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
    await expectHeading(alice.page, 'The secret');
    expect(await alice.page.locator('#revealed-secret').textContent()).toBe(plaintext);
    // Answered signed out: unsigned, and the server names no sender; the page says so instead of "verified".
    expect(await alice.page.locator('#secret-sender').textContent()).toBe(
      'Sender not verified: answered through your request link by someone who was not signed in.',
    );
    expect(inspectEnvelope(stored)).toMatchObject({ version: 3, signed: false });
    expect(await metadataStatus(secretId)).toBe(404);

    // ---- Nothing secret left a browser. ----
    const requests = await allRequests();
    expect(prfResultsSent(requests)).toEqual([]);
    const aliceOutput = await prfOutputOf(alice.page, alice.authenticator);
    expect(
      findLeaks(requests, [
        { name: 'the plaintext', value: plaintext },
        ...encodings("Alice's PRF output", aliceOutput),
        ...encodings("Alice's private key", alicePair.privateKey),
        ...encodings("Carol's private key", carolPair.privateKey),
      ]),
    ).toEqual([]);
    for (const person of people) expect(person.watch.problems()).toEqual([]);
  }, 300_000);
});
