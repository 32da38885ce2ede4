import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, tabUntil, unnamedControls } from './support/accessibility.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { metadataStatus, splitLink, TEXT, waitForHeading, waitForNotice } from './support/flows.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard and assistive technology', () => {
  it('creates, copies, reveals and revokes a secret with the keyboard alone; every control has a name', async () => {
    const sender = await newPerson(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = sender;
    await page.goto(`${serverUrl()}/`);
    await waitForHeading(page, 'Share a secret');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Hushlink');

    // Names as people hear them: each control is found by its label or role name.
    await page.getByRole('textbox', { name: 'Secret', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Expires after' }).waitFor();
    await page.getByRole('spinbutton', { name: 'Views allowed' }).waitFor();
    await page.getByLabel('Passphrase (optional)').waitFor();
    await page.getByRole('button', { name: 'Create link' }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    expect(await page.getByRole('combobox', { name: 'Expires after' }).inputValue()).toBe(
      String(24 * 60 * 60),
    );

    // Tab to the secret, type it, Tab through the options, and press Enter on the button.
    expect(await tabUntil(page, (element) => element === 'textarea#secret')).toBe('textarea#secret');
    await page.keyboard.type('typed without a mouse');
    expect(await tabUntil(page, (element) => element === 'select#expiry')).toBe('select#expiry');
    await page.keyboard.press('ArrowDown'); // 1 day → 7 days
    expect(await tabUntil(page, (element) => element === 'input#views')).toBe('input#views');
    await page.keyboard.press('ArrowUp'); // 1 → 2 views
    await tabUntil(page, (element) => element === 'button "Create link"');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Your link is ready');
    expect(await focused(page)).toBe('h1 "Your link is ready"');
    expect(await page.locator('dt:has-text("Views allowed") + dd').textContent()).toBe('2');
    expect(await page.locator('time').textContent()).toContain('in 7 days');
    expect(await unnamedControls(page)).toEqual([]);
    await page.getByRole('img', { name: 'QR code of the secret link' }).waitFor();

    // Copy link from the keyboard: the clipboard holds the link and the live region says so.
    const link = await page.getByRole('textbox', { name: 'Secret link' }).inputValue();
    splitLink(link, 's');
    await tabUntil(page, (element) => element === 'button "Copy link"');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The reveal side, keyboard only: Tab to Reveal, Enter, focus lands on the secret's heading.
    const recipient = await newPerson(browser);
    await recipient.page.goto(link);
    await waitForHeading(recipient.page, 'A secret is waiting for you');
    expect(await unnamedControls(recipient.page)).toEqual([]);
    await tabUntil(recipient.page, (element) => element === 'button "Reveal"');
    await recipient.page.keyboard.press('Enter');
    await waitForHeading(recipient.page, 'The secret');
    expect(await focused(recipient.page)).toBe('h1#revealed-heading "The secret"');
    expect(await recipient.page.locator('#revealed-secret').textContent()).toBe('typed without a mouse');
    expect(await unnamedControls(recipient.page)).toEqual([]);
    await recipient.page.getByRole('button', { name: 'Copy' }).waitFor();
    await recipient.page.getByRole('button', { name: 'Hide' }).waitFor();

    // A visible focus ring: the focused button's outline is drawn.
    await tabUntil(recipient.page, (element) => element === 'button "Hide"');
    const outline = await recipient.page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ style: 'solid', width: '3px' });

    // Revoke from the keyboard: the manage link (read from its field, then typed into the address bar), Tab to
    // "Revoke now" and Space; focus goes to the question, so a held key confirms nothing; Tab to "Yes, revoke it"
    // and Enter. The link (one view still left) is gone for the recipient.
    const manageLink = await page.getByRole('textbox', { name: 'Manage link' }).inputValue();
    await page.goto(manageLink);
    await waitForHeading(page, 'Manage your secret');
    expect(await page.locator('dt:has-text("Views left") + dd').textContent()).toBe('1');
    await tabUntil(page, (element) => element === 'button "Revoke now"');
    await page.keyboard.press('Space');
    await page.getByText('Revoke this secret?').waitFor();
    expect(await focused(page)).toBe(
      'p#confirm-question "Revoke this secret? Its link stops working at once, for everyone. This cannot be undone."',
    );
    expect(await tabUntil(page, (element) => element.startsWith('button'), 3)).toBe(
      'button "Yes, revoke it"',
    );
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Revoked');
    expect(await focused(page)).toBe('h1 "Revoked"');
    expect(await unnamedControls(page)).toEqual([]);
    await recipient.page.goto('about:blank');
    await recipient.page.goto(link);
    await waitForNotice(recipient.page, TEXT.gone);
    expect(await metadataStatus(splitLink(link, 's').id)).toBe(404);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });
});
