import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeLinkKey, deriveClaim, loadSodium, toBase64Url } from '@hushlink/envelope';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unnamedControls } from './support/accessibility.ts';
import {
  createAccount,
  createInviteInPage,
  signInInPage,
  signOutInPage,
  siteNav,
  waitForSignedIn,
  waitForSignedOut,
} from './support/account-flows.ts';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import {
  createSecretInPage,
  metadataStatus,
  splitLink,
  TEXT,
  waitForHeading,
  waitForNotice,
} from './support/flows.ts';
import { apiCalls, findLeaks, type RecordedRequest } from './support/request-recorder.ts';
import { stepUps } from './support/step-up-flows.ts';
import {
  addVirtualAuthenticator,
  passkeyCount,
  removeVirtualAuthenticator,
  type VirtualAuthenticator,
} from './support/virtual-authenticator.ts';

// The first account can be created once per database, and the suite shares one server: this file is the only one
// that creates accounts, and its scenario runs as one long test. The second test reuses its member.

/** Screenshots of the account pages, light and dark, for a person to look at. */
const SCREENSHOTS = join(tmpdir(), 'hushlink-e2e-screenshots');
const VIEWPORT = { width: 1100, height: 900 };
/** The account flows answer 400, 401, 403, 404 and 409 on purpose; Chromium logs each as a console error. */
const WATCH = { expectedStatuses: [400, 401, 403, 404, 409] };
const NOT_FOR_YOU = 'This secret was shared with other people, not with you.';
/** The `signed-in` access rule as the create form and the reveal page name it. */
const TEAM = 'Anyone on the team (members and admins, not guests)';
const NOT_FOR_A_GUEST =
  'This secret is for the team (members and admins), and guests cannot open it. Ask the sender to share it with you by name.';

/** Someone with an account: a browser context of their own, with their own virtual authenticator. */
interface AccountHolder extends Person {
  authenticator: VirtualAuthenticator;
}

let browser: Browser;
const people: Person[] = [];
let member: AccountHolder | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await loadSodium();
});
afterAll(async () => {
  await browser?.close();
});

async function newVisitor(): Promise<Person> {
  const person = await newPerson(browser, { viewport: VIEWPORT, colorScheme: 'light' }, WATCH);
  people.push(person);
  return person;
}

async function newAccountHolder(): Promise<AccountHolder> {
  const person = await newVisitor();
  return { ...person, authenticator: await addVirtualAuthenticator(person.page) };
}

/** Screenshots `page` light and dark, after checking that every control on it has an accessible name. */
async function screenshot(page: Page, name: string): Promise<void> {
  expect(await unnamedControls(page), name).toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: no colour transition half-way through when the scheme flips.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A JSON POST from Node (no browser, no cookie): its status and error code. */
async function postFromNode(path: string, body: unknown): Promise<{ status: number; code?: string }> {
  const response = await fetch(`${serverUrl()}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
  return answer.error?.code
    ? { status: response.status, code: answer.error.code }
    : { status: response.status };
}

async function instanceFacts(): Promise<unknown> {
  return (await fetch(`${serverUrl()}/api/instance`)).json();
}

/** The `<dd>` after the `<dt>` reading `term`. */
async function fact(page: Page, term: string): Promise<string | null> {
  return page.locator(`dt:text-is("${term}") + dd`).textContent();
}

async function allRequests(): Promise<RecordedRequest[]> {
  return (await Promise.all(people.map((person) => person.recorder.requests()))).flat();
}

describe('passkey accounts', () => {
  it('bootstraps an admin, invites a guest and a member, shares with the guest only, and takes it all back', async () => {
    const url = serverUrl();
    const plaintext = `prod db: postgres://contractor:${Date.now()}@db.internal/app`;
    const guestPlaintext = `guest note ${Date.now()}`;

    // ---- Bootstrap: the first account becomes the admin. ----
    expect(await instanceFacts()).toEqual({
      bootstrapped: false,
      openRegistration: false,
      anonymousLinks: true,
      maxSecretBytes: 1024 * 1024 * 1024,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    const admin = await newAccountHolder();
    await admin.page.goto(`${url}/`);
    await waitForHeading(admin.page, 'Share a secret');
    await waitForSignedOut(admin.page);
    await admin.page.getByRole('link', { name: 'Create the first account' }).click();
    await waitForHeading(admin.page, 'Create the first account');
    await screenshot(admin.page, 'first-account');
    await createAccount(admin.page, 'Ada', 'Ada Admin');
    await waitForHeading(admin.page, 'Your account');
    await waitForSignedIn(admin.page);
    await siteNav(admin.page).getByRole('link', { name: 'Admin' }).waitFor();
    expect(await instanceFacts()).toMatchObject({ bootstrapped: true });
    // Once is enough: nobody else becomes the first account.
    expect(await postFromNode('/api/auth/register/options', { name: 'mallory' })).toEqual({
      status: 403,
      code: 'registration_closed',
    });

    // ---- Passkeys: listed; a device that holds one cannot add another; add, rename, remove; never the last. ----
    // Adding or removing a passkey and creating a token need a fresh passkey check (a step-up): the first click
    // makes one with the passkey the account has, and the changes just after it need no other.
    const passkeys = admin.page.getByRole('list', { name: 'Your passkeys' });
    expect(await passkeys.getByRole('listitem').count()).toBe(1);
    expect(await passkeys.textContent()).toContain('This device only');
    await admin.page.getByRole('button', { name: 'Add a passkey' }).click();
    await admin.page.getByText('This device already holds a passkey for your account').waitFor();
    expect(stepUps(await admin.recorder.requests())).toBe(1);
    // The first device is lost; a new one (a new authenticator) adds a passkey named "Laptop".
    await removeVirtualAuthenticator(admin.authenticator);
    admin.authenticator = await addVirtualAuthenticator(admin.page);
    await admin.page.getByLabel('Name of the new passkey (optional)').fill('Laptop');
    await admin.page.getByRole('button', { name: 'Add a passkey' }).click();
    await admin.page.getByText('Passkey added.').waitFor();
    expect(await passkeys.getByRole('listitem').count()).toBe(2);
    expect(await passkeyCount(admin.authenticator)).toBe(1);
    await admin.page.getByRole('button', { name: 'Rename Device-bound passkey' }).click();
    await admin.page.getByLabel('New name for Device-bound passkey').fill('Lost phone');
    await admin.page.getByRole('button', { name: 'Save' }).click();
    await passkeys.getByText('Lost phone').waitFor();
    await admin.page.getByRole('button', { name: 'Remove Lost phone' }).click();
    await admin.page.getByRole('button', { name: 'Yes, remove it' }).click();
    await admin.page.getByText('Removed “Lost phone”.').waitFor();
    expect(await passkeys.getByRole('listitem').count()).toBe(1);
    await admin.page.getByRole('button', { name: 'Remove Laptop' }).click();
    await admin.page.getByRole('button', { name: 'Yes, remove it' }).click();
    await admin.page.getByText('This is your only passkey. Add another before removing it.').waitFor();
    expect(await passkeys.getByRole('listitem').count()).toBe(1);

    // ---- A personal API token: shown once, works as a bearer token, and stops working when revoked. ----
    const tokens = admin.page.getByRole('region', { name: 'API tokens' });
    await tokens.getByLabel('Token name').fill('ci deploy');
    await tokens.getByRole('button', { name: 'Create token' }).click();
    const apiToken = await tokens.getByRole('textbox', { name: 'New token “ci deploy”' }).inputValue();
    const asScript = () => fetch(`${url}/api/me`, { headers: { Authorization: `Bearer ${apiToken}` } });
    expect(await (await asScript()).json()).toMatchObject({ user: { name: 'ada', role: 'admin' } });
    await screenshot(admin.page, 'account');
    await tokens.getByRole('button', { name: 'Revoke ci deploy' }).click();
    await tokens.getByRole('button', { name: 'Yes, revoke it' }).click();
    await tokens.getByText('Revoked “ci deploy”.').waitFor();
    expect((await asScript()).status).toBe(401);
    expect(stepUps(await admin.recorder.requests())).toBe(1);

    // ---- Invites: the admin invites a guest and a member; each registers through /join#TOKEN. ----
    const guestInvite = await createInviteInPage(admin.page, 'Guest');
    const invitePattern = /^(.+)\/join#([A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})$/;
    expect(invitePattern.exec(guestInvite)?.[1]).toBe(url);
    const guestInviteToken = invitePattern.exec(guestInvite)?.[2] ?? '';
    const memberInvite = await createInviteInPage(admin.page, 'Member');

    const guest = await newAccountHolder();
    await guest.page.goto(guestInvite);
    await waitForHeading(guest.page, 'Join this Hushlink');
    await screenshot(guest.page, 'join');
    await createAccount(guest.page, 'gus', 'Gus Guest');
    await waitForHeading(guest.page, 'Welcome, Gus Guest');
    await waitForSignedIn(guest.page);
    expect(await guest.page.evaluate(() => location.hash)).toBe('');
    expect(await siteNav(guest.page).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    // An invite works once.
    expect(
      await postFromNode('/api/auth/register/options', { name: 'gus2', inviteToken: guestInviteToken }),
    ).toEqual({ status: 400, code: 'invite_invalid' });

    member = await newAccountHolder();
    await member.page.goto(memberInvite);
    await createAccount(member.page, 'mia', 'Mia Member');
    await waitForHeading(member.page, 'Welcome, Mia Member');

    // The guest shares a link of their own (revoked later, when they are disabled). Guests cannot name people.
    await guest.page.goto(`${url}/`);
    // Guests cannot name people, nor make a team link (which they could not open): the link is their one choice.
    await guest.page.getByRole('radio', { name: 'Anyone with the link' }).waitFor();
    expect(await guest.page.getByRole('radio', { name: 'Only these people' }).count()).toBe(0);
    expect(await guest.page.getByRole('radio', { name: TEAM }).count()).toBe(0);
    const guestLink = await createSecretInPage(guest.page, { text: guestPlaintext });

    // ---- The admin shares a `people` link with the guest, chosen with the type-ahead. ----
    const { page } = admin;
    await page.goto(`${url}/`);
    await waitForHeading(page, 'Share a secret');
    await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(plaintext);
    const picker = page.getByRole('combobox', { name: 'People' });
    expect(await picker.isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'Only these people' }).check();
    await picker.fill('gu');
    await page.getByRole('option', { name: 'Gus Guest (@gus)' }).click();
    const chosen = page.getByRole('list', { name: 'Chosen people', exact: true });
    await chosen.getByText('Gus Guest (@gus)').waitFor();
    // The keyboard works too: Enter takes the highlighted person; the chip's button takes them out again.
    await picker.fill('mi');
    await page.getByRole('option', { name: 'Mia Member (@mia)' }).waitFor();
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'people-picker');
    await picker.press('Enter');
    await chosen.getByText('Mia Member (@mia)').waitFor();
    await page.getByRole('button', { name: 'Remove Mia Member' }).click();
    expect(await chosen.getByRole('listitem').count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Notify me when it is opened' }).check();
    await screenshot(page, 'create-people');
    await page.getByRole('button', { name: 'Create link' }).click();
    await waitForHeading(page, 'Your link is ready');
    // Gus's passkey cannot receive sealed secrets, so his is the one labelled server-checked link (issue 21, item 3).
    await page.getByRole('heading', { name: 'For Gus Guest: not sealed' }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Server-checked link', exact: true }).inputValue();
    const manage = await page
      .getByRole('textbox', { name: 'Manage link of the server-checked link', exact: true })
      .inputValue();
    const { id, fragment: key } = splitLink(link, 's');

    // ---- Signed out: the page says who may open it and asks to sign in; the server refuses without a session. ----
    const stranger = await newVisitor();
    await stranger.page.goto(link);
    await waitForHeading(stranger.page, 'A secret is waiting for you');
    expect(await fact(stranger.page, 'Who can open it')).toBe('Only the people it was shared with');
    await stranger.page.getByRole('button', { name: 'Sign in with a passkey' }).waitFor();
    expect(await stranger.page.getByRole('button', { name: 'Reveal' }).isVisible()).toBe(false);
    await screenshot(stranger.page, 'reveal-sign-in');
    const claim = toBase64Url(await deriveClaim(decodeLinkKey(key)));
    expect(await postFromNode(`/api/secrets/${id}/reveal`, { claim })).toEqual({
      status: 401,
      code: 'sign_in_required',
    });
    expect(await metadataStatus(id)).toBe(200);

    // ---- A signed-in member who is not named is refused, and nothing is consumed. ----
    await member.page.goto(link);
    await waitForHeading(member.page, 'A secret is waiting for you');
    await member.page.getByText('Signed in as Mia Member (@mia).').waitFor();
    await member.page.getByRole('button', { name: 'Reveal' }).click();
    expect(await waitForNotice(member.page, NOT_FOR_YOU)).toBe(NOT_FOR_YOU);
    await waitForHeading(member.page, 'Not for you');
    expect(await metadataStatus(id)).toBe(200);

    // ---- The guest opens it. Meanwhile the admin ends the guest's sessions, so Reveal is refused for want of a
    // session: the page asks to sign in right there, keeps the link key, and reveals after the passkey. ----
    await guest.page.goto(link);
    await waitForHeading(guest.page, 'A secret is waiting for you');
    await guest.page.getByText('Signed in as Gus Guest (@gus).').waitFor();
    await page.goto(`${url}/admin`);
    await waitForHeading(page, 'Admin');
    const gusCard = page.locator('[data-user="gus"]');
    await gusCard.getByRole('button', { name: 'End sessions and revoke tokens' }).click();
    await gusCard.getByRole('button', { name: 'End sessions and revoke tokens' }).click();
    await page.getByText('Ended 1 session and revoked 0 API tokens of Gus Guest.').waitFor();
    await guest.page.getByRole('button', { name: 'Reveal' }).click();
    await guest.page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await waitForHeading(guest.page, 'The secret');
    expect(await guest.page.locator('#revealed-secret').textContent()).toBe(plaintext);
    expect(apiCalls(await guest.recorder.requests()).filter((call) => call.endsWith('/reveal'))).toEqual([
      `POST /api/secrets/${id}/reveal`,
      `POST /api/secrets/${id}/reveal`,
    ]);
    await waitForSignedIn(guest.page);

    // ---- A team link: the member makes one; the guest is told it is for the team, and nothing is consumed. ----
    await member.page.goto(`${url}/`);
    await member.page.getByRole('textbox', { name: 'Secret', exact: true }).fill(`team ${Date.now()}`);
    await member.page.getByRole('radio', { name: TEAM }).check();
    await member.page.getByRole('button', { name: 'Create link' }).click();
    await waitForHeading(member.page, 'Your link is ready');
    expect(await fact(member.page, 'Who can open it')).toBe(TEAM);
    const teamLink = await member.page.getByRole('textbox', { name: 'Secret link' }).inputValue();
    await guest.page.goto(teamLink);
    await waitForHeading(guest.page, 'A secret is waiting for you');
    expect(await fact(guest.page, 'Who can open it')).toBe(TEAM);
    await guest.page.getByRole('button', { name: 'Reveal' }).click();
    expect(await waitForNotice(guest.page, NOT_FOR_A_GUEST)).toBe(NOT_FOR_A_GUEST);
    expect(await metadataStatus(splitLink(teamLink, 's').id)).toBe(200);

    // ---- "My links": the admin sees that the guest opened it; revoke one link, then all. ----
    const spare = await createSecretInPage(page, { text: `spare ${Date.now()}` });
    const another = await createSecretInPage(page, { text: `another ${Date.now()}` });
    await page.goto(`${url}/links`);
    await waitForHeading(page, 'My links');
    const row = page.locator(`tr[data-secret-id="${id}"]`);
    await row.waitFor();
    const rowText = await row.textContent();
    for (const part of ['Only Gus Guest', 'Used up', '1 used, 0 left', 'Gus Guest (@gus)', 'Notifies you']) {
      expect(rowText).toContain(part);
    }
    await screenshot(page, 'my-links');
    await page.locator(`tr[data-secret-id="${spare.id}"]`).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await page.getByText('Revoked: the link no longer works.').waitFor();
    await page.locator(`tr[data-secret-id="${spare.id}"]`).getByText('Revoked').waitFor();
    expect(await metadataStatus(spare.id)).toBe(404);
    await page.getByRole('button', { name: 'Revoke all' }).click();
    await page.getByRole('button', { name: 'Yes, revoke all' }).click();
    await page.getByText('Revoked 1 link.').waitFor();
    expect(await metadataStatus(another.id)).toBe(404);

    // ---- The admin changes the member's role, and back. ----
    await page.goto(`${url}/admin`);
    const mia = page.locator('[data-user="mia"]');
    await mia.getByLabel('Role of Mia Member').selectOption('guest');
    await mia.getByRole('button', { name: 'Change role' }).click();
    await page.getByText('Mia Member is now a guest.').waitFor();
    expect(await (await member.page.request.get(`${url}/api/me`)).json()).toMatchObject({
      user: { role: 'guest' },
    });
    await page.locator('[data-user="mia"]').getByLabel('Role of Mia Member').selectOption('member');
    await page.locator('[data-user="mia"]').getByRole('button', { name: 'Change role' }).click();
    await page.getByText('Mia Member is now a member.').waitFor();

    // ---- The admin disables the guest and revokes their links. ----
    const gus = page.locator('[data-user="gus"]');
    await gus.getByRole('button', { name: 'Disable…' }).click();
    await gus.getByRole('checkbox', { name: 'Also revoke every link they created' }).check();
    await gus.getByRole('button', { name: 'Disable account' }).click();
    await page.getByText('Gus Guest is disabled, and every link they created is revoked.').waitFor();
    await page.locator('[data-user="gus"]').getByText('Disabled', { exact: true }).waitFor();
    await screenshot(page, 'admin');
    // The guest's next request is refused, and the page shows them signed out.
    await guest.page.goto(`${url}/links`);
    await waitForHeading(guest.page, 'My links');
    await guest.page.getByText('Sign in with your passkey to see the links you created').waitFor();
    await waitForSignedOut(guest.page);
    expect((await guest.page.request.get(`${url}/api/me`)).status()).toBe(401);
    // The link the guest had shared is gone.
    expect(await metadataStatus(guestLink.id)).toBe(404);
    await stranger.page.goto(guestLink.link);
    expect(await waitForNotice(stranger.page, TEXT.gone)).toBe(TEXT.gone);
    // And their passkey no longer signs them in.
    await guest.page.goto(`${url}/signin`);
    await guest.page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await guest.page.getByText('This account is disabled. Ask an admin of this Hushlink.').waitFor();

    // ---- Username-less sign-in: sign out, sign in without typing a name. A replayed assertion is refused. ----
    await signOutInPage(page);
    expect((await page.request.get(`${url}/api/me`)).status()).toBe(401);
    let assertion: string | undefined;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === `${url}/api/auth/login/verify`) {
        assertion = request.postData() ?? undefined;
      }
    });
    await page.goto(`${url}/signin`);
    await waitForHeading(page, 'Sign in');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await screenshot(page, 'sign-in');
    await signInInPage(page);
    await siteNav(page).getByText('Ada Admin').waitFor();
    expect(assertion).toBeDefined();
    const replay = await page.request.post(`${url}/api/auth/login/verify`, {
      data: JSON.parse(assertion ?? '{}'),
      headers: { Origin: url },
    });
    expect(replay.status()).toBe(400);
    expect(await replay.json()).toMatchObject({ error: { code: 'challenge_invalid' } });

    // ---- The audit log shows the failed sign-ins with their reasons, filtered by event. ----
    await page.goto(`${url}/admin`);
    const audit = page.getByRole('region', { name: 'Audit log' });
    await audit.getByLabel('Event', { exact: true }).selectOption('sign_in.failed');
    await audit.getByRole('button', { name: 'Show events' }).click();
    await expect.poll(() => audit.locator('tbody tr:not([data-event="sign_in.failed"])').count()).toBe(0);
    await audit.getByText('reason: challenge_invalid').waitFor();
    await audit.getByText('reason: account_disabled').waitFor();
    await audit.getByLabel('Person').selectOption({ label: 'Gus Guest (@gus)' });
    await audit.getByLabel('Event', { exact: true }).selectOption('');
    await audit.getByRole('button', { name: 'Show events' }).click();
    await audit.locator('tbody tr[data-event="registered"]').waitFor();
    await screenshot(page, 'audit');
    // A time window before any of this happened holds nothing.
    await audit.getByLabel('Until').fill('2001-01-01T00:00');
    await audit.getByRole('button', { name: 'Show events' }).click();
    await audit.getByText('No events match these filters.').waitFor();
    expect(await audit.locator('tbody tr').count()).toBe(0);
    await audit.getByLabel('Until').fill('');
    // Everything, 25 at a time: "Show older events" appends the next page, with no event twice.
    await audit.getByLabel('Person').selectOption('');
    await audit.getByRole('button', { name: 'Show events' }).click();
    await audit.getByText('25 events shown.').waitFor();
    await audit.getByRole('button', { name: 'Show older events' }).click();
    await audit.getByText(/^(2[6-9]|[3-9]\d) events shown\.$/).waitFor();
    const ids = await audit.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.id));
    expect(ids.length).toBeGreaterThan(25);
    expect(new Set(ids).size).toBe(ids.length);
    const times = await audit
      .locator('tbody tr time')
      .evaluateAll((cells) => cells.map((cell) => Date.parse(cell.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // ---- Nothing secret ever reached the network. ----
    const { fragment: manageToken } = splitLink(manage, 'm');
    const sent = await allRequests();
    expect(sent.some((request) => request.body.includes('"claim"'))).toBe(true);
    expect(
      findLeaks(sent, [
        { name: 'the link key', value: key },
        { name: 'the plaintext', value: plaintext },
        { name: "the guest's link key", value: guestLink.key },
        { name: "the guest's plaintext", value: guestPlaintext },
        { name: 'the manage token', value: manageToken },
        { name: 'the API token', value: apiToken },
        {
          name: 'the invite token',
          value: guestInviteToken,
          allowedIn: (request, header) =>
            header === null &&
            request.method === 'POST' &&
            request.url === `${url}/api/auth/register/options`,
        },
      ]),
    ).toEqual([]);
    expect(people.flatMap((person) => person.watch.problems())).toEqual([]);
  }, 240_000);

  it('asks visitors to sign in before sharing when the instance takes no anonymous links', async () => {
    // The suite's server allows anonymous links (the other files need them); this one answer is changed to see
    // what the create page tells a visitor on an instance that does not. The server enforces it either way.
    const visitor = await newVisitor();
    await visitor.page.route(`${serverUrl()}/api/instance`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), anonymousLinks: false } });
    });
    await visitor.page.goto(`${serverUrl()}/`);
    await waitForHeading(visitor.page, 'Share a secret');
    await visitor.page.getByText('only people with an account can share secrets').waitFor();
    expect(await visitor.page.getByRole('textbox', { name: 'Secret', exact: true }).count()).toBe(0);
    await visitor.page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await waitForHeading(visitor.page, 'Sign in');
    await visitor.page.getByRole('button', { name: 'Sign in with a passkey' }).waitFor();
    expect(visitor.watch.problems()).toEqual([]);
  });

  it('refuses /admin to a member: the page says so and the API answers 403', async () => {
    if (!member) throw new Error('the first test did not get as far as creating the member');
    const url = serverUrl();
    const { page } = member;
    await page.goto(`${url}/admin`);
    await waitForHeading(page, 'Admin');
    expect(await waitForNotice(page, 'Only admins')).toBe('Only admins of this Hushlink can see this page.');
    expect(await siteNav(page).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    const users = await page.request.get(`${url}/api/admin/users`);
    expect(users.status()).toBe(403);
    expect(await users.json()).toMatchObject({ error: { code: 'forbidden' } });
    // The audit log answers, but with the member's own events only.
    const audit = (await (await page.request.get(`${url}/api/audit`)).json()) as {
      events: { actor: { name: string } | null }[];
    };
    expect(audit.events.length).toBeGreaterThan(0);
    expect(new Set(audit.events.map((event) => event.actor?.name))).toEqual(new Set(['mia']));
    expect(member.watch.problems()).toEqual([]);
  });
});
