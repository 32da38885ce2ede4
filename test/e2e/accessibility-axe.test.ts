import { randomBytes } from 'node:crypto';
import { AUDIT_EVENT_NAMES } from '@hushlink/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsInEachAppearance } from './support/accessibility.ts';
import { createAccount, signInInPage } from './support/account-flows.ts';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { randomContent, stubSaveFilePicker, testFolder } from './support/files.ts';
import { createSecretInPage, TEXT, waitForHeading, waitForNotice } from './support/flows.ts';
import { queryD1, seedInviter } from './support/local-d1.ts';
import { expectHeading, type Holder, inviteLink, joinAs, SEALING_WATCH } from './support/sealing-flows.ts';
import { addVirtualAuthenticator, copyPasskeys } from './support/virtual-authenticator.ts';

// axe-core (WCAG 2.2 A and AA, and best practices) on every page and state a person meets, each in light and dark
// and on a desktop and a phone-wide window. A state's violations are collected and the test fails once at its
// end, listing them all (rule, impact, element), so one run shows everything to fix. The people join with
// invites from an admin seeded in D1 (like sealed.test.ts), so the file works on its own or after the others.

/**
 * The budget of a test in which people join and sign in: each joins with a passkey ceremony, and each state is
 * checked four times (one axe run a few tenths of a second, more on a loaded machine).
 */
const WITH_PEOPLE = 120_000;

let browser: Browser;
let inviterToken: string;
const people: Person[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  inviterToken = seedInviter(`axeadmin${randomBytes(3).toString('hex')}`);
});
afterAll(async () => {
  await browser?.close();
});

/** Someone new, watched for CSP violations and errors like every person in these tests. */
async function person(): Promise<Person> {
  const someone = await newPerson(browser, {}, SEALING_WATCH);
  people.push(someone);
  return someone;
}

async function join(name: string, displayName: string, prf = true): Promise<Holder> {
  const handle = `${name}${randomBytes(3).toString('hex')}`;
  const holder = await joinAs(browser, inviterToken, handle, displayName, { prf });
  people.push(holder);
  return holder;
}

/**
 * Collects each state's violations; `expectNone()` fails with all of them, and with any CSP violation or error
 * in anyone's pages (injecting axe must not trip the pages' Trusted Types).
 */
function audit() {
  const found: string[] = [];
  return {
    async check(page: Page, state: string): Promise<void> {
      found.push(...(await axeViolationsInEachAppearance(page, state)));
    },
    expectNone(): void {
      expect(found, `axe found ${found.length} violation(s):\n${found.join('\n')}`).toEqual([]);
      expect(people.flatMap((someone) => someone.watch.problems())).toEqual([]);
    },
  };
}

describe('axe finds no violation', () => {
  it('on the create, created and reveal pages of a link, and on gone, damaged and unknown links', async () => {
    const axe = audit();
    const { page } = await person();
    await page.goto(`${serverUrl()}/`);
    await waitForHeading(page, 'Share a secret');
    await axe.check(page, 'create');
    const created = await createSecretInPage(page, { text: `axe ${Date.now()}`, views: 1 });
    await axe.check(page, 'created');

    const { page: reader } = await person();
    await reader.goto(created.link);
    await waitForHeading(reader, 'A secret is waiting for you');
    await axe.check(reader, 'reveal');
    await reader.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(reader, 'The secret');
    await axe.check(reader, 'revealed');

    await reader.goto('about:blank');
    await reader.goto(created.link);
    await waitForNotice(reader, TEXT.gone);
    await axe.check(reader, 'reveal, gone');
    await reader.goto(`${serverUrl()}/s/not-an-id#${created.key}`);
    await waitForHeading(reader, 'This link is damaged');
    await axe.check(reader, 'reveal, damaged link');
    axe.expectNone();
  });

  it('on the reveal page that asks for a passphrase, and its messages', async () => {
    const axe = audit();
    const { page } = await person();
    const created = await createSecretInPage(page, { text: `axe ${Date.now()}`, passphrase: 'pass' });
    const { page: reader } = await person();
    await reader.goto(created.link);
    await waitForHeading(reader, 'A secret is waiting for you');
    await axe.check(reader, 'reveal, passphrase prompt');
    await reader.getByRole('button', { name: 'Reveal' }).click();
    await reader.getByRole('status').getByText('Enter the passphrase first').waitFor();
    await axe.check(reader, 'reveal, passphrase missing');
    await reader.getByLabel('Passphrase', { exact: true }).fill('wrong');
    await reader.getByRole('button', { name: 'Reveal' }).click();
    await reader.getByRole('status').getByText(TEXT.decryptionFailed).waitFor();
    await axe.check(reader, 'reveal, wrong passphrase');
    axe.expectNone();
  });

  it('on the manage page, its confirmation and the revoked page', async () => {
    const axe = audit();
    const { page } = await person();
    const created = await createSecretInPage(page, { text: `axe ${Date.now()}` });
    await page.goto(created.manageLink);
    await waitForHeading(page, 'Manage your secret');
    await axe.check(page, 'manage');
    await page.getByRole('button', { name: 'Revoke now' }).click();
    await page.getByText('Revoke this secret?').waitFor();
    await axe.check(page, 'manage, confirm revoking');
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await waitForHeading(page, 'Revoked');
    await axe.check(page, 'manage, revoked');
    axe.expectNone();
  });

  it('on the create page with files chosen, and on revealing and saving them', async () => {
    const axe = audit();
    const folder = testFolder();
    const files = [
      folder.write('notes.txt', randomContent(2_000)),
      folder.write('db.env', randomContent(300)),
    ];
    const { page } = await person();
    await page.goto(`${serverUrl()}/`);
    await waitForHeading(page, 'Share a secret');
    await page.getByLabel('Files (optional)').setInputFiles(files.map((file) => file.path));
    await page.getByRole('button', { name: 'Remove db.env' }).waitFor();
    await axe.check(page, 'create, files chosen');
    await page.getByRole('button', { name: 'Create link' }).click();
    await waitForHeading(page, 'Your link is ready');
    await axe.check(page, 'created, files');
    const link = await page.getByRole('textbox', { name: 'Secret link' }).inputValue();

    const recipient = await person();
    await stubSaveFilePicker(recipient.context);
    await recipient.page.goto(link);
    await waitForHeading(recipient.page, 'A secret is waiting for you');
    await axe.check(recipient.page, 'reveal, files');
    await recipient.page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(recipient.page, 'The files');
    await axe.check(recipient.page, 'revealed, files');
    await recipient.page.getByRole('button', { name: 'Save db.env' }).click();
    await recipient.page.getByText('Saved: decrypted and checked in full.').waitFor();
    await axe.check(recipient.page, 'revealed, a file saved');
    folder.remove();
    axe.expectNone();
  });

  it(
    'on the sign-in page, and on joining with an invite',
    async () => {
      const axe = audit();
      const { page } = await person();
      await page.goto(`${serverUrl()}/signin`);
      await waitForHeading(page, 'Sign in');
      await axe.check(page, 'sign in');
      await page.goto(`${serverUrl()}/account`);
      await waitForHeading(page, 'Your account');
      await page.getByText('Sign in with your passkey to see your passkeys').waitFor();
      await axe.check(page, 'account, signed out');

      await addVirtualAuthenticator(page);
      await page.goto(await inviteLink(inviterToken));
      await waitForHeading(page, 'Join this Hushlink');
      await axe.check(page, 'join');
      await createAccount(page, `axejoin${randomBytes(3).toString('hex')}`, 'Jo Joiner');
      await expectHeading(page, 'Welcome, Jo Joiner');
      await axe.check(page, 'joined');
      axe.expectNone();
    },
    WITH_PEOPLE,
  );

  it(
    'on sharing with people, and the sealed reveal: opened, not for you, signed out',
    async () => {
      const axe = audit();
      const [alice, bob, carol] = await Promise.all([
        join('axealice', 'Alice Axe'),
        join('axebob', 'Bob Axe'),
        join('axecarol', 'Carol Axe'),
      ]);

      // Alice shares with Bob: the people picker and the sealing panel, then the sealed link.
      const { page } = alice;
      await page.goto(`${serverUrl()}/`);
      await page.getByRole('textbox', { name: 'Secret', exact: true }).fill('sealed for Bob');
      await page.getByLabel('Views allowed').fill('5');
      await page.getByLabel('Only these people').check();
      const picker = page.getByRole('combobox', { name: 'People' });
      await picker.fill(bob.name);
      await page.getByRole('option', { name: new RegExp(`@${bob.name}\\)`) }).waitFor();
      await axe.check(page, 'create, people suggested');
      await picker.press('Enter');
      await page
        .getByRole('list', { name: 'Sealing keys of the chosen people' })
        .getByText(/receive sealed secrets/)
        .waitFor();
      await axe.check(page, 'create, sealed to people');
      await page.getByRole('button', { name: 'Create link' }).click();
      await page.getByRole('heading', { level: 1, name: /^Your links? (is|are) ready$/ }).waitFor();
      await axe.check(page, 'created, sealed');
      const sealed = await page.getByRole('textbox', { name: 'Sealed link', exact: true }).inputValue();

      await bob.page.goto(sealed);
      await expectHeading(bob.page, 'A sealed secret is waiting for you');
      await axe.check(bob.page, 'sealed reveal');
      await bob.page.getByRole('button', { name: /passkey and open$|^Open$/ }).click();
      await expectHeading(bob.page, 'The secret');
      await axe.check(bob.page, 'sealed, revealed');

      // Signed in and not named: the page says so at once, before any passkey prompt.
      await carol.page.goto(sealed);
      await waitForNotice(carol.page, 'This secret was shared with other people, not with you.');
      await axe.check(carol.page, 'sealed, not for you');

      const stranger = await person();
      await stranger.page.goto(sealed);
      await expectHeading(stranger.page, 'A sealed secret is waiting for you');
      await axe.check(stranger.page, 'sealed, signed out');

      axe.expectNone();
    },
    WITH_PEOPLE,
  );

  it(
    'on My links with a request, the request page, and its answer',
    async () => {
      const axe = audit();
      const alice = await join('axeasker', 'Alice Axe');
      const stranger = await person();
      const { page } = alice;
      await page.goto(`${serverUrl()}/links`);
      await expectHeading(page, 'My links');
      await page.getByLabel('What do you need?').fill('The staging password, please');
      await page.getByRole('button', { name: 'Create request link' }).click();
      const request = await page.getByRole('textbox', { name: 'Request link', exact: true }).inputValue();
      await axe.check(page, 'links, a request made');
      await stranger.page.goto(request);
      await expectHeading(stranger.page, 'Alice Axe asks you for a secret');
      await axe.check(stranger.page, 'request');
      await stranger.page.getByRole('textbox', { name: 'Secret', exact: true }).fill('hunter2');
      await stranger.page.getByRole('button', { name: 'Seal and send' }).click();
      await expectHeading(stranger.page, 'Sent');
      await axe.check(stranger.page, 'request, sent');
      await page.goto(`${serverUrl()}/links`);
      await page.getByText('Answered', { exact: true }).waitFor();
      await axe.check(page, 'links, a link and an answered request');
      axe.expectNone();
    },
    WITH_PEOPLE,
  );

  it(
    'on the account page: passkeys, sessions, and API tokens with the step-up',
    async () => {
      const axe = audit();
      const tess = await join('axetess', 'Tess Axe', false);
      const { page } = tess;
      await page.goto(`${serverUrl()}/account`);
      await waitForHeading(page, 'Your account');
      const tokens = page.getByRole('region', { name: 'API tokens' });
      await tokens.getByText('No tokens yet.').waitFor();
      await axe.check(page, 'account');

      // The step-up: a refused prompt, the prompt's message (its options held while axe looks), the token it allowed.
      await tess.authenticator.cdp.send('WebAuthn.setUserVerified', {
        authenticatorId: tess.authenticator.id,
        isUserVerified: false,
      });
      await tokens.getByLabel('Token name').fill('deploy');
      await tokens.getByRole('button', { name: 'Create token' }).click();
      await tokens
        .getByText('You did not confirm with your passkey, so nothing was changed.', { exact: false })
        .waitFor();
      await axe.check(page, 'account, step-up refused');
      await tess.authenticator.cdp.send('WebAuthn.setUserVerified', {
        authenticatorId: tess.authenticator.id,
        isUserVerified: true,
      });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/api/auth/step-up/options', async (route) => {
        await held;
        await route.continue();
      });
      await tokens.getByRole('button', { name: 'Create token' }).click();
      await page.getByText('Confirm it’s you with your passkey.').waitFor();
      await axe.check(page, 'account, step-up asked');
      release();
      await tokens.getByRole('textbox', { name: 'New token “deploy”' }).waitFor();
      await page.unroute('**/api/auth/step-up/options');
      await axe.check(page, 'account, token created');

      // A second browser of Tess's, so that Sessions lists two. Its passkey is copied only now: a copy signs with
      // the same counter, and the server refuses an assertion whose counter did not go up.
      const laptop = await person();
      await copyPasskeys(tess.authenticator, await addVirtualAuthenticator(laptop.page));
      await signInInPage(laptop.page);
      await page.goto(`${serverUrl()}/account`);
      await waitForHeading(page, 'Your account');
      await page.getByRole('list', { name: 'Your sessions' }).locator('li[data-session]').nth(1).waitFor();
      await axe.check(page, 'account, two sessions');
      await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
      await page.getByText('Sign out the other session?', { exact: false }).waitFor();
      await axe.check(page, 'account, confirm signing out others');
      await page.getByRole('button', { name: 'Yes, sign them out' }).click();
      await page.getByText('Signed out 1 other session.').waitFor();
      await axe.check(page, 'account, others signed out');
      axe.expectNone();
    },
    WITH_PEOPLE,
  );

  describe('as an admin', () => {
    let ada: Holder;
    beforeAll(async () => {
      ada = await join('axeada', 'Ada Axe', false);
      queryD1(`UPDATE users SET role = 'admin' WHERE name = '${ada.name}'`);
    });

    it('on the account page of an admin, with an invite made', async () => {
      const axe = audit();
      const { page } = ada;
      await page.goto(`${serverUrl()}/account`);
      await waitForHeading(page, 'Your account');
      const invite = page.getByRole('region', { name: 'Invite someone' });
      await invite.getByLabel('Invite as').selectOption({ label: 'Guest' });
      await invite.getByRole('button', { name: 'Create invite link' }).click();
      await invite.getByRole('textbox', { name: 'Invite link' }).waitFor();
      await axe.check(page, 'account, invite created');
      axe.expectNone();
    });

    it(
      'on the admin page: people with passkeys and tokens, a confirmation, and the audit log',
      async () => {
        const axe = audit();
        const { page } = ada;

        // Someone with a token, so the admin sees a person's tokens and passkeys.
        const vic = await join('axevic', 'Vic Axe', false);
        await vic.page.goto(`${serverUrl()}/account`);
        const tokens = vic.page.getByRole('region', { name: 'API tokens' });
        await tokens.getByLabel('Token name').fill('ci');
        await tokens.getByRole('button', { name: 'Create token' }).click();
        await tokens.getByRole('textbox', { name: 'New token “ci”' }).waitFor();

        await page.goto(`${serverUrl()}/admin`);
        await waitForHeading(page, 'Admin');
        const card = page.locator(`[data-user="${vic.name}"]`);
        await card.getByRole('list', { name: 'API tokens of Vic Axe' }).waitFor();
        await page
          .getByRole('region', { name: 'Audit log' })
          .getByText(/events? shown\.$/)
          .waitFor();
        await axe.check(page, 'admin');

        // The Event filter offers every event the API records (issue 21, item 6), and finds Vic's step-up.
        const log = page.getByRole('region', { name: 'Audit log' });
        const events = log.getByLabel('Event', { exact: true });
        expect(await events.locator('option').allTextContents()).toEqual(['Any event', ...AUDIT_EVENT_NAMES]);
        await log.getByLabel('Person').selectOption({ label: `Vic Axe (@${vic.name})` });
        await events.selectOption('session.stepped_up');
        await log.getByRole('button', { name: 'Show events' }).click();
        await log.getByText('1 event shown.').waitFor();
        expect(await log.locator('tbody tr').getAttribute('data-event')).toBe('session.stepped_up');
        await axe.check(page, 'admin, audit log filtered');
        await card.getByRole('button', { name: 'Revoke API token ci of Vic Axe' }).click();
        await card.getByRole('button', { name: 'Yes, revoke it' }).waitFor();
        await axe.check(page, 'admin, confirm revoking a token');
        await card.getByRole('button', { name: 'Yes, revoke it' }).click();
        await page.getByText('Revoked the API token “ci” of Vic Axe.').waitFor();
        await axe.check(page, 'admin, token revoked');
        axe.expectNone();
      },
      WITH_PEOPLE,
    );
  });
});
