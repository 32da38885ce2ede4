import { randomBytes } from 'node:crypto';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, tabUntil, unnamedControls } from './support/accessibility.ts';
import { signInInPage, waitForSignedOut } from './support/account-flows.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { waitForHeading } from './support/flows.ts';
import { queryD1, seedInviter } from './support/local-d1.ts';
import { apiCalls } from './support/request-recorder.ts';
import { type Holder, joinAs, SEALING_WATCH } from './support/sealing-flows.ts';
import { answerAddPasskeyPrompts, stepUps } from './support/step-up-flows.ts';
import {
  addVirtualAuthenticator,
  assertionCount,
  copyPasskeys,
  setAnswering,
} from './support/virtual-authenticator.ts';

// Sessions on the Account page, the step-up before sensitive changes, and the admin's view of a person's
// passkeys and tokens. The people join with invites from an admin seeded in D1 (like sealed.test.ts), so this file
// works whether or not accounts.test.ts made the first account.

const TOKEN = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;
const CANCELLED =
  'You did not confirm with your passkey, so nothing was changed. Try again when you are ready.';

let browser: Browser;
let inviterToken: string;
const people: Holder[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  inviterToken = seedInviter(`stepadmin${randomBytes(3).toString('hex')}`);
});
afterAll(async () => {
  await browser?.close();
});

async function join(name: string, displayName: string): Promise<Holder> {
  const person = await joinAs(
    browser,
    inviterToken,
    `${name}${randomBytes(3).toString('hex')}`,
    displayName,
    {
      prf: false,
    },
  );
  people.push(person);
  return person;
}

async function openAccount(page: Page): Promise<void> {
  await page.goto(`${serverUrl()}/account`);
  await waitForHeading(page, 'Your account');
}

/** `GET /api/me` with the page's cookies: 200 while its session lives, 401 once it ended. */
async function meStatus(page: Page): Promise<number> {
  return (await page.request.get(`${serverUrl()}/api/me`)).status();
}

/** Every API answer the page gets, as `STATUS METHOD /path`, from now on. */
function recordAnswers(page: Page): string[] {
  const answers: string[] = [];
  page.on('response', (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/api/')) answers.push(`${response.status()} ${response.request().method()} ${path}`);
  });
  return answers;
}

/** Creates a token on the Account page and returns what the page shows of it. */
async function createTokenInPage(page: Page, name: string): Promise<string> {
  const tokens = page.getByRole('region', { name: 'API tokens' });
  await tokens.getByLabel('Token name').fill(name);
  await tokens.getByRole('button', { name: 'Create token' }).click();
  const field = tokens.getByRole('textbox', { name: `New token “${name}”` });
  await field.waitFor();
  return field.inputValue();
}

describe('sessions and step-up', () => {
  it('lists my sessions, and signs out another browser from this one, one or all', async () => {
    const sam = await join('sam', 'Sam Sessions');
    // A second browser of Sam's, with the same passkey (as a synced passkey would be).
    const laptop = await newPerson(browser, {}, SEALING_WATCH);
    const laptopAuthenticator = await addVirtualAuthenticator(laptop.page);
    await copyPasskeys(sam.authenticator, laptopAuthenticator);
    await signInInPage(laptop.page);

    // Each browser sees both sessions, and its own marked.
    await openAccount(laptop.page);
    const laptopSessions = laptop.page.getByRole('list', { name: 'Your sessions' });
    await laptopSessions.locator('li[data-current]').getByText('This device').waitFor();
    await openAccount(sam.page);
    const sessions = sam.page.getByRole('list', { name: 'Your sessions' });
    await sessions.locator('li[data-session]').nth(1).waitFor();
    expect(await sessions.locator('li[data-session]').count()).toBe(2);
    const mine = sessions.locator('li[data-current]');
    expect(await mine.textContent()).toMatch(
      /^Headless Chrome on Linux This device.*signed in .* · last used /,
    );
    expect(await mine.getByRole('button').count()).toBe(0);
    const other = sessions.locator('li[data-session]:not([data-current])');
    expect(await other.textContent()).toMatch(/^Headless Chrome on Linux[0-9a-f.:]+ · signed in /);
    expect(await unnamedControls(sam.page)).toEqual([]);

    // Sign out the laptop's session from here: the laptop is signed out on its next request.
    await other.getByRole('button', { name: /^Sign out Headless Chrome on Linux, signed in / }).click();
    await sam.page.getByText(/^Signed out Headless Chrome on Linux \(/).waitFor();
    expect(await sessions.locator('li[data-session]').count()).toBe(1);
    await sam.page.getByText('You are signed in on this browser only.').waitFor();
    expect(await focused(sam.page)).toBe('h2#sessions-heading "Sessions"');
    expect(await meStatus(laptop.page)).toBe(401);
    await openAccount(laptop.page);
    await laptop.page.getByText('Sign in with your passkey to see your passkeys').waitFor();
    await waitForSignedOut(laptop.page);
    expect(await meStatus(sam.page)).toBe(200);

    // The laptop signs in again; "Sign out all other sessions", by keyboard, asks first, then ends it.
    await signInInPage(laptop.page);
    await openAccount(sam.page);
    await sessions.locator('li[data-session]').nth(1).waitFor();
    await tabUntil(sam.page, (description) => description === 'button "Sign out all other sessions"', 60);
    await sam.page.keyboard.press('Enter');
    await sam.page.getByText('Sign out the other session?', { exact: false }).waitFor();
    await tabUntil(sam.page, (description) => description === 'button "Yes, sign them out"', 3);
    await sam.page.keyboard.press('Enter');
    await sam.page.getByText('Signed out 1 other session.').waitFor();
    expect(await meStatus(laptop.page)).toBe(401);
    expect(await meStatus(sam.page)).toBe(200);
    expect(apiCalls(await sam.recorder.requests())).toContain('DELETE /api/me/sessions');
    expect([...sam.watch.problems(), ...laptop.watch.problems()]).toEqual([]);
    await laptop.context.close();
  });

  it('asks for the passkey before creating a token, then shows it; a closed prompt changes nothing', async () => {
    const tia = await join('tia', 'Tia Tokens');
    await openAccount(tia.page);
    const answers = recordAnswers(tia.page);
    const tokens = tia.page.getByRole('region', { name: 'API tokens' });
    await tokens.getByText('No tokens yet.').waitFor();

    // A closed prompt: the authenticator refuses user verification, as a person cancelling it. No token exists.
    await tia.authenticator.cdp.send('WebAuthn.setUserVerified', {
      authenticatorId: tia.authenticator.id,
      isUserVerified: false,
    });
    await tokens.getByLabel('Token name').fill('cancelled');
    await tokens.getByRole('button', { name: 'Create token' }).click();
    await tokens.getByText(CANCELLED).waitFor();
    expect(await tokens.getByRole('textbox', { name: /^New token/ }).count()).toBe(0);
    await tokens.getByText('No tokens yet.').waitFor();
    expect(stepUps(await tia.recorder.requests())).toBe(0);

    // The session alone is refused; the page asks for the passkey (one assertion), and the retry creates it.
    await tia.authenticator.cdp.send('WebAuthn.setUserVerified', {
      authenticatorId: tia.authenticator.id,
      isUserVerified: true,
    });
    answers.length = 0;
    const assertionsBefore = await assertionCount(tia.authenticator);
    const token = await createTokenInPage(tia.page, 'deploy');
    expect(token).toMatch(TOKEN);
    expect(await assertionCount(tia.authenticator)).toBe(assertionsBefore + 1);
    expect(answers.filter((answer) => !answer.includes('GET /api/me/tokens'))).toEqual([
      '403 POST /api/me/tokens',
      '200 POST /api/auth/step-up/options',
      '200 POST /api/auth/step-up/verify',
      '201 POST /api/me/tokens',
    ]);
    const asScript = await fetch(`${serverUrl()}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(asScript.status).toBe(200);
    await tokens.getByRole('button', { name: 'Revoke deploy' }).waitFor();

    // Within the step-up's minutes, a second token needs no second prompt.
    const second = await createTokenInPage(tia.page, 'backup');
    expect(second).toMatch(TOKEN);
    expect(stepUps(await tia.recorder.requests())).toBe(1);
    expect(await unnamedControls(tia.page)).toEqual([]);
    expect(tia.watch.problems()).toEqual([]);
  });

  it('shows the admin each token and passkey with where it was added; revoke one, remove one, then end all access', async () => {
    const ada = await join('ada', 'Ada Admin');
    queryD1(`UPDATE users SET role = 'admin' WHERE name = '${ada.name}'`);
    const vic = await join('vic', 'Vic Victim');

    // Vic makes two tokens and adds a second passkey (a security key), each behind one step-up.
    await openAccount(vic.page);
    const ci = await createTokenInPage(vic.page, 'ci');
    const laptop = await createTokenInPage(vic.page, 'laptop script');
    const key = await addVirtualAuthenticator(vic.page, { transport: 'usb' });
    const stopSwitching = await answerAddPasskeyPrompts(vic.page, {
      confirming: [vic.authenticator],
      creating: key,
    });
    await vic.page.getByLabel('Name of the new passkey (optional)').fill('Security key');
    await vic.page.getByRole('button', { name: 'Add a passkey', exact: true }).click();
    await vic.page.getByText('Passkey added.', { exact: false }).waitFor();
    await stopSwitching();
    await setAnswering(vic.authenticator, true);
    expect(stepUps(await vic.recorder.requests())).toBe(1);

    // The admin's page lists them, each with when, from which address and which browser it was added.
    await ada.page.goto(`${serverUrl()}/admin`);
    await waitForHeading(ada.page, 'Admin');
    const card = ada.page.locator(`[data-user="${vic.name}"]`);
    const tokenList = card.getByRole('list', { name: 'API tokens of Vic Victim' });
    await tokenList.waitFor();
    for (const name of ['ci', 'laptop script']) {
      expect(await tokenList.locator(`li[data-token="${name}"]`).textContent()).toMatch(
        /· Active · added .+ from [0-9a-f.:]+ with Headless Chrome on Linux · never used/,
      );
    }
    const passkeyList = card.getByRole('list', { name: 'Passkeys of Vic Victim' });
    expect(await passkeyList.locator('li[data-passkey="Security key"]').textContent()).toMatch(
      /added .+ from [0-9a-f.:]+ with Headless Chrome on Linux/,
    );
    expect(await unnamedControls(ada.page)).toEqual([]);

    // Revoke one token: it stops working at once.
    await card.getByRole('button', { name: 'Revoke API token ci of Vic Victim' }).click();
    await card.getByRole('button', { name: 'Yes, revoke it' }).click();
    await ada.page.getByText('Revoked the API token “ci” of Vic Victim.').waitFor();
    expect(
      (await fetch(`${serverUrl()}/api/me`, { headers: { Authorization: `Bearer ${ci}` } })).status,
    ).toBe(401);
    await ada.page.locator(`[data-user="${vic.name}"] li[data-token="ci"][data-state="Revoked"]`).waitFor();

    // Remove the passkey an intruder could have added: the admin confirms with their own passkey first.
    const adminStepUps = stepUps(await ada.recorder.requests());
    await ada.page
      .locator(`[data-user="${vic.name}"]`)
      .getByRole('button', { name: 'Remove passkey Security key of Vic Victim' })
      .click();
    await ada.page
      .locator(`[data-user="${vic.name}"]`)
      .getByRole('button', { name: 'Yes, remove it' })
      .click();
    await ada.page.getByText('Removed the passkey “Security key” of Vic Victim.').waitFor();
    expect(stepUps(await ada.recorder.requests())).toBe(adminStepUps + 1);

    // The compromised-account action: every session ends and every token is revoked, and the page says both.
    const vicCard = ada.page.locator(`[data-user="${vic.name}"]`);
    await vicCard.getByRole('button', { name: 'End sessions and revoke tokens' }).click();
    await vicCard.getByText('End every session of Vic Victim and revoke all their API tokens?').waitFor();
    await vicCard.getByRole('button', { name: 'End sessions and revoke tokens' }).click();
    await ada.page.getByText('Ended 1 session and revoked 1 API token of Vic Victim.').waitFor();
    expect(
      (await fetch(`${serverUrl()}/api/me`, { headers: { Authorization: `Bearer ${laptop}` } })).status,
    ).toBe(401);
    expect(await meStatus(vic.page)).toBe(401);
    expect(
      await ada.page.locator(`[data-user="${vic.name}"] li[data-token][data-state="Active"]`).count(),
    ).toBe(0);
    expect([...ada.watch.problems(), ...vic.watch.problems()]).toEqual([]);
  });
});
