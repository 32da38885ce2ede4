import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { metadataStatus, waitForNotice } from './support/flows.ts';
import { seedInviter } from './support/local-d1.ts';
import type { RecordedRequest } from './support/request-recorder.ts';
import { expectHeading, type Holder, joinAs, SEALING_WATCH } from './support/sealing-flows.ts';

// What surprised a first-time user, each checked through the real pages: the sender re-opening their own sealed
// link, an answer already read, a share with nobody able to receive sealed secrets, and a sealed link opened by
// someone without an account or by a signed-in person it is not for.

const NOT_FOR_YOU = 'This secret was shared with other people, not with you.';

let browser: Browser;
const people: Person[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Chooses `names` as the people on the create page, after typing `text`; sealing stays on (the default). */
async function choosePeople(page: Page, text: string, names: readonly string[]): Promise<void> {
  await page.goto(`${serverUrl()}/`);
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(text);
  await page.getByLabel('Only these people').check();
  const picker = page.getByRole('combobox', { name: 'People' });
  for (const name of names) {
    await picker.fill(name);
    await page.getByRole('option', { name: new RegExp(`@${name}\\)`) }).waitFor();
    await picker.press('Enter');
  }
  const list = page.getByRole('list', { name: 'Sealing keys of the chosen people' });
  for (const name of names) {
    await list
      .locator(`li[data-recipient="${name}"]`)
      .getByText(/receive sealed secrets/)
      .waitFor();
  }
}

async function createdLink(page: Page, label: string): Promise<string> {
  await expectHeading(page, 'Your link is ready');
  return page.getByRole('textbox', { name: label, exact: true }).inputValue();
}

function idOf(link: string): string {
  return /\/s\/([A-Za-z0-9_-]{22})/.exec(link)?.[1] ?? '';
}

/** The passkey ceremonies a page started: sign-in options asked of the server. */
function passkeyPrompts(requests: readonly RecordedRequest[]): number {
  return requests.filter((request) => /\/api\/auth\/.*options/.test(request.url)).length;
}

async function viewsLeft(id: string): Promise<number> {
  const response = await fetch(`${serverUrl()}/api/secrets/${id}`);
  return ((await response.json()) as { viewsLeft: number }).viewsLeft;
}

describe('first use', () => {
  it('a sender re-opens their sealed link without spending the view; strangers and non-recipients are told before any passkey prompt; a share with nobody able to receive sealed secrets is labelled; an answer read shows when and by whom', async () => {
    const suffix = randomBytes(3).toString('hex');
    const adminToken = seedInviter(`fuadmin${suffix}`);
    const alice: Holder = await joinAs(browser, adminToken, `fualice${suffix}`, 'Alice Sender', {
      prf: true,
    });
    const bob: Holder = await joinAs(browser, adminToken, `fubob${suffix}`, 'Bob Reader', { prf: true });
    const carol: Holder = await joinAs(browser, adminToken, `fucarol${suffix}`, 'Carol Other', { prf: true });
    const dave: Holder = await joinAs(browser, adminToken, `fudave${suffix}`, 'Dave NoPrf', { prf: false });
    const stranger = await newPerson(browser, {}, SEALING_WATCH);
    people.push(alice, bob, carol, dave, stranger);

    // ---- 1. Alice seals to Bob with one view; "I can re-open it too" is ticked by default. ----
    const text = `for bob ${randomBytes(8).toString('hex')}`;
    await choosePeople(alice.page, text, [bob.name]);
    expect(await alice.page.getByLabel('I can re-open it too').isChecked()).toBe(true);
    await alice.page
      .locator('#seal-self-hint')
      .getByText('Opening it yourself does not use up a view.')
      .waitFor();
    await alice.page.getByRole('button', { name: 'Create link' }).click();
    const sealed = await createdLink(alice.page, 'Sealed link');
    await alice.page.getByText('Only their passkeys and yours can open it.').waitFor();
    expect(await alice.page.locator('section[data-link-kind="sealed"]').textContent()).toContain(
      'Opening it yourself does not use up a view.',
    );
    const id = idOf(sealed);
    expect(await viewsLeft(id)).toBe(1);

    // ---- 4. Someone without an account is told who can open it and how to get access, before any prompt. ----
    await stranger.page.goto(sealed);
    await expectHeading(stranger.page, 'A sealed secret is waiting for you');
    const forWhom = stranger.page.locator('#sealed-for-whom');
    expect(await forWhom.isVisible()).toBe(true);
    expect(await forWhom.textContent()).toContain('This link is for specific people');
    expect(await forWhom.textContent()).toContain('ask the person who sent it to invite you');
    expect(passkeyPrompts(await stranger.recorder.requests())).toBe(0);

    // ---- 5. Carol, signed in and not named, is told at once; no passkey prompt, nothing consumed. ----
    const carolBefore = passkeyPrompts(await carol.recorder.requests());
    await carol.page.goto(sealed);
    await expectHeading(carol.page, 'Not for you');
    const notice = await waitForNotice(carol.page, NOT_FOR_YOU);
    expect(notice).toContain(`signed in as Carol Other (@${carol.name})`);
    expect(
      await carol.page
        .getByRole('button')
        .filter({ hasText: /passkey/ })
        .count(),
    ).toBe(0);
    expect(passkeyPrompts(await carol.recorder.requests())).toBe(carolBefore);
    expect(await viewsLeft(id)).toBe(1);

    // ---- 1. Alice opens her own link twice: the page says it costs nothing, and the view is still Bob's. ----
    for (let round = 0; round < 2; round++) {
      await alice.page.goto(sealed);
      await expectHeading(alice.page, 'A sealed secret is waiting for you');
      await alice.page
        .getByText('You sealed this secret, and opening it yourself does not use up a view')
        .waitFor();
      expect(await alice.page.locator('#sealed-for-whom').isVisible()).toBe(false);
      await alice.page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
      await expectHeading(alice.page, 'The secret');
      expect(await alice.page.locator('#revealed-secret').textContent()).toBe(text);
      expect(await viewsLeft(id)).toBe(1);
    }
    await bob.page.goto(sealed);
    await expectHeading(bob.page, 'A sealed secret is waiting for you');
    expect(await bob.page.locator('main').textContent()).toContain('This is the last one');
    await bob.page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
    await expectHeading(bob.page, 'The secret');
    expect(await bob.page.locator('#revealed-secret').textContent()).toBe(text);
    expect(await metadataStatus(id)).toBe(404);

    // ---- 3. Only Dave, who cannot receive sealed secrets: the panel and the result say so, as for a mixed share.
    const forDave = `for dave ${randomBytes(8).toString('hex')}`;
    await choosePeople(alice.page, forDave, [dave.name]);
    const nothingSealed = alice.page.locator('[data-nothing-sealed]');
    await nothingSealed.waitFor();
    expect(await nothingSealed.textContent()).toContain('nothing will be sealed');
    await alice.page.getByRole('button', { name: 'Create link' }).click();
    const gated = await createdLink(alice.page, 'Server-checked link');
    await alice.page.getByRole('heading', { level: 2, name: 'For Dave NoPrf: not sealed' }).waitFor();
    expect(await alice.page.locator('.lede').textContent()).toContain(
      'None of the people you chose can receive sealed secrets',
    );
    expect(await alice.page.getByRole('textbox', { name: 'Sealed link', exact: true }).count()).toBe(0);
    expect(gated).toMatch(/\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$/);
    await dave.page.goto(gated);
    await dave.page.getByRole('button', { name: 'Reveal' }).click();
    await expectHeading(dave.page, 'The secret');
    expect(await dave.page.locator('#revealed-secret').textContent()).toBe(forDave);

    // ---- 2. Alice asks for a secret; the stranger answers; once Alice read it, My links says when and by whom.
    await alice.page.goto(`${serverUrl()}/links`);
    await expectHeading(alice.page, 'My links');
    await alice.page.getByLabel('What do you need?').fill(`the VPN key (${suffix})`);
    await alice.page.getByRole('button', { name: 'Create request link' }).click();
    const requestLink = await alice.page
      .getByRole('textbox', { name: 'Request link', exact: true })
      .inputValue();
    const requestId = /\/r\/([A-Za-z0-9_-]{22})#/.exec(requestLink)?.[1] ?? '';
    await stranger.page.goto(requestLink);
    await stranger.page.getByRole('textbox', { name: 'Secret', exact: true }).fill(`vpn ${suffix}`);
    await stranger.page.getByRole('button', { name: 'Seal and send' }).click();
    await expectHeading(stranger.page, 'Sent');
    await alice.page.goto(`${serverUrl()}/links`);
    const item = alice.page.locator(`li[data-request-id="${requestId}"]`);
    await item.getByRole('link', { name: 'Open the answer' }).click();
    await expectHeading(alice.page, 'A sealed secret is waiting for you');
    // The requester is the answer's one recipient: her opening is its one view, and the page does not say otherwise.
    expect(await alice.page.locator('main').textContent()).toContain('This is the last one');
    await alice.page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
    await expectHeading(alice.page, 'The secret');
    await alice.page.goto(`${serverUrl()}/links`);
    const opened = item.locator('[data-answer="opened"]');
    await opened.waitFor();
    expect(await opened.textContent()).toContain(`Opened by Alice Sender (@${alice.name}), `);
    expect(await opened.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await item.getByRole('link', { name: 'Open the answer' }).count()).toBe(0);

    for (const person of people) expect(person.watch.problems()).toEqual([]);
  }, 300_000);
});
