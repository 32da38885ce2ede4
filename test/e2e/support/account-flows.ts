import type { Page } from 'playwright-core';
import { serverUrl } from './environment.ts';
import { waitForHeading } from './flows.ts';

/** The header's navigation. */
export function siteNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Waits until the header shows a signed-in account (its "Sign out" button). */
export async function waitForSignedIn(page: Page): Promise<void> {
  await siteNav(page).getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Waits until the header shows "Sign in" (signed out). */
export async function waitForSignedOut(page: Page): Promise<void> {
  await siteNav(page).getByRole('link', { name: 'Sign in', exact: true }).waitFor();
}

/** Fills the new-account form (first account, invite or open registration) and creates the passkey. */
export async function createAccount(page: Page, name: string, displayName: string): Promise<void> {
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByRole('button', { name: 'Create account with a passkey' }).click();
}

/** Signs out with the header's button and waits for the header to say so. */
export async function signOutInPage(page: Page): Promise<void> {
  await siteNav(page).getByRole('button', { name: 'Sign out' }).click();
  await waitForSignedOut(page);
}

/** Opens `/signin` and signs in with whatever passkey the page's authenticator holds (no name typed). */
export async function signInInPage(page: Page): Promise<void> {
  await page.goto(`${serverUrl()}/signin`);
  await waitForHeading(page, 'Sign in');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await waitForSignedIn(page);
}

/** Creates an invite on `/account` and returns its link. */
export async function createInviteInPage(page: Page, role: 'Member' | 'Guest'): Promise<string> {
  await page.goto(`${serverUrl()}/account`);
  await waitForHeading(page, 'Your account');
  const invite = page.getByRole('region', { name: 'Invite someone' });
  const roleSelect = invite.getByLabel('Invite as');
  if ((await roleSelect.count()) > 0) await roleSelect.selectOption({ label: role });
  await invite.getByRole('button', { name: 'Create invite link' }).click();
  const field = invite.getByRole('textbox', { name: 'Invite link' });
  await field.waitFor();
  return field.inputValue();
}
