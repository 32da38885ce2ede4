import type { Page } from 'playwright-core';
import { serverUrl } from './environment.ts';

/** The link-sharing text the app shows; tests match the exact sentences people read. */
export const TEXT = {
  incomplete: 'This link is incomplete: the part after # is missing or damaged.',
  gone: 'This secret is gone: it expired, was already viewed, or was revoked.',
  decryptionFailed: 'Could not decrypt: the passphrase is wrong, or the link was altered.',
} as const;

/** What the create page produced. */
export interface CreatedSecret {
  link: string;
  manageLink: string;
  id: string;
  /** The link key: the reveal link's fragment. */
  key: string;
  manageToken: string;
}

/** What to fill in on the create page. */
export interface SecretForm {
  text: string;
  /** A label of the expiry select; the page's default (1 day) when left out. */
  expiry?: string;
  views?: number;
  passphrase?: string;
}

/** Waits for the page's `<h1>` to read `name`. */
export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Splits `ORIGIN/x/ID#FRAGMENT` into its id and fragment, checking the shape on the way. */
export function splitLink(link: string, kind: 's' | 'm'): { id: string; fragment: string } {
  const match = new RegExp(
    `^${escapeRegExp(serverUrl())}/${kind}/([A-Za-z0-9_-]{22})#([A-Za-z0-9_-]{43})$`,
  ).exec(link);
  if (!match?.[1] || !match[2]) throw new Error(`not a /${kind}/ link of this server: ${link}`);
  return { id: match[1], fragment: match[2] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the create page, fills it in, submits it and reads the links it shows. */
export async function createSecretInPage(page: Page, form: SecretForm): Promise<CreatedSecret> {
  await page.goto(`${serverUrl()}/`);
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(form.text);
  if (form.expiry) await page.getByLabel('Expires after').selectOption({ label: form.expiry });
  if (form.views !== undefined) await page.getByLabel('Views allowed').fill(String(form.views));
  if (form.passphrase !== undefined) await page.getByLabel('Passphrase (optional)').fill(form.passphrase);
  await page.getByRole('button', { name: 'Create link' }).click();
  await waitForHeading(page, 'Your link is ready');
  const link = await page.getByRole('textbox', { name: 'Secret link' }).inputValue();
  const manageLink = await page.getByRole('textbox', { name: 'Manage link' }).inputValue();
  const { id, fragment: key } = splitLink(link, 's');
  const { id: manageId, fragment: manageToken } = splitLink(manageLink, 'm');
  if (manageId !== id) throw new Error('the manage link names another secret');
  return { link, manageLink, id, key, manageToken };
}

/**
 * Waits until the page shows a notice (gone, incomplete link, revoked) reading exactly `text`, and returns it; on
 * timeout, says what the page shows instead.
 */
export async function waitForNotice(page: Page, text: string): Promise<string> {
  const notice = page.locator('[data-notice]');
  try {
    await notice.filter({ hasText: text }).waitFor({ timeout: 20_000 });
  } catch {
    const shown = await page.locator('main').textContent();
    throw new Error(`expected the notice "${text}" on ${page.url()}, but the page shows: ${shown}`);
  }
  return (await notice.textContent()) ?? '';
}

/** The status code of `GET /api/secrets/:id` asked from Node: 200 while the secret is live, 404 once gone. */
export async function metadataStatus(id: string): Promise<number> {
  const response = await fetch(`${serverUrl()}/api/secrets/${id}`);
  await response.body?.cancel();
  return response.status;
}
