import { deriveRecipientKeyPair, PRF_SALT, type RecipientKeyPair } from '@hushlink/envelope';
import type { Browser, Page } from 'playwright-core';
import { createAccount, waitForSignedIn } from './account-flows.ts';
import { newPerson, type Person } from './browser.ts';
import { serverUrl } from './environment.ts';
import { waitForHeading } from './flows.ts';
import { seedInvite } from './local-d1.ts';
import type { RecordedRequest, Secret } from './request-recorder.ts';
import {
  addVirtualAuthenticator,
  credentialIds,
  type VirtualAuthenticator,
} from './virtual-authenticator.ts';

/** Someone with an account and their authenticators (the first one made the account). */
export interface Holder extends Person {
  name: string;
  displayName: string;
  /** The authenticator that made the account. */
  authenticator: VirtualAuthenticator;
  /** Every authenticator of theirs, the first one included. */
  authenticators: VirtualAuthenticator[];
}

/** The sealing flows answer 401, 403 and 404 on purpose; Chromium logs each as a console error. */
export const SEALING_WATCH = { expectedStatuses: [400, 401, 403, 404, 409] };

/**
 * An invite link for a member from the seeded admin of `adminToken`, stored straight in D1 (an API token may not
 * create invites; see `seedInvite`).
 */
export function inviteLink(adminToken: string): string {
  return `${serverUrl()}/join#${seedInvite(adminToken)}`;
}

/** A new person who joins with an invite and a passkey on an authenticator with or without PRF. */
export async function joinAs(
  browser: Browser,
  adminToken: string,
  name: string,
  displayName: string,
  options: { prf: boolean },
): Promise<Holder> {
  const person = await newPerson(browser, {}, SEALING_WATCH);
  const authenticator = await addVirtualAuthenticator(person.page, { prf: options.prf });
  await person.page.goto(inviteLink(adminToken));
  await createAccount(person.page, name, displayName);
  await waitForSignedIn(person.page);
  return { ...person, name, displayName, authenticator, authenticators: [authenticator] };
}

/**
 * The fingerprints the account page shows for my passkeys, by passkey name; null for a passkey that cannot
 * receive sealed secrets.
 */
export async function accountFingerprints(page: Page): Promise<Map<string, string | null>> {
  await page.goto(`${serverUrl()}/account`);
  await waitForHeading(page, 'Your account');
  const list = page.getByRole('list', { name: 'Your passkeys' });
  await list.locator('[data-sealing]').first().waitFor();
  await page.waitForFunction(
    () => ![...document.querySelectorAll('[data-fingerprint]')].some((node) => node.textContent === '…'),
  );
  const found = new Map<string, string | null>();
  for (const item of await list.locator('li[data-passkey]').all()) {
    const name = (await item.getAttribute('data-passkey')) ?? '';
    const fingerprint = item.locator('[data-fingerprint]');
    found.set(name, (await fingerprint.count()) > 0 ? await fingerprint.textContent() : null);
  }
  return found;
}

/**
 * The PRF output of the authenticator's passkey at Hushlink's salt, asked by the test itself in the page (a
 * username-less WebAuthn get, the way the app asks it), while the person's other authenticators do not answer.
 * PRF is deterministic, so this is the very output the app derived its key pair from: what must never leave the
 * browser.
 */
export async function prfOutputOf(page: Page, authenticator: VirtualAuthenticator): Promise<Uint8Array> {
  if ((await credentialIds(authenticator)).length !== 1) throw new Error('expected one passkey on it');
  const output = await page.evaluate(
    async (salt) => {
      const credential = (await navigator.credentials.get({
        publicKey: {
          challenge: crypto.getRandomValues(new Uint8Array(32)),
          rpId: location.hostname,
          userVerification: 'required',
          timeout: 15_000,
          extensions: { prf: { eval: { first: Uint8Array.from(salt) } } },
        },
      })) as PublicKeyCredential;
      const results = credential.getClientExtensionResults() as {
        prf?: { results?: { first?: ArrayBuffer } };
      };
      const first = results.prf?.results?.first;
      return first ? [...new Uint8Array(first)] : null;
    },
    [...PRF_SALT],
  );
  if (!output) throw new Error('the authenticator gave no PRF output');
  return Uint8Array.from(output);
}

/** The key pair the app derives from this authenticator's passkey, computed by the test on its own. */
export async function keyPairOf(page: Page, authenticator: VirtualAuthenticator): Promise<RecipientKeyPair> {
  return deriveRecipientKeyPair(await prfOutputOf(page, authenticator));
}

/** A value as it could appear in a request: base64url, base64 and hex. */
export function encodings(name: string, bytes: Uint8Array): Secret[] {
  const buffer = Buffer.from(bytes);
  return [
    { name: `${name} (base64url)`, value: buffer.toString('base64url') },
    { name: `${name} (base64)`, value: buffer.toString('base64').replace(/=+$/, '') },
    { name: `${name} (hex)`, value: buffer.toString('hex') },
  ];
}

/**
 * Every WebAuthn response sent to the server whose `clientExtensionResults.prf` still carries `results` (the PRF
 * output): an empty list means none did. Also any request body with a `"results"` key under `prf` in any form.
 */
export function prfResultsSent(requests: readonly RecordedRequest[]): string[] {
  const found: string[] = [];
  for (const request of requests) {
    if (!/"prf"\s*:/.test(request.body)) continue;
    if (/"prf"\s*:\s*\{[^}]*"results"/.test(request.body)) found.push(`${request.method} ${request.url}`);
  }
  return found;
}

/** The sealing public keys sent with passkey ceremonies (`prfPublicKey` of the verify bodies). */
export function sentPublicKeys(requests: readonly RecordedRequest[]): string[] {
  const keys: string[] = [];
  for (const request of requests) {
    if (!/\/api\/auth\/(register|login)\/verify$/.test(new URL(request.url).pathname)) continue;
    const body = JSON.parse(request.body) as { prfPublicKey?: string };
    if (body.prfPublicKey) keys.push(body.prfPublicKey);
  }
  return keys;
}

/** Waits for the page's `<h1>` to read `name`; on timeout, says what the page shows instead. */
export async function expectHeading(page: Page, name: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  } catch {
    throw new Error(
      `expected the heading "${name}" on ${page.url()}; the page shows: ${await page.locator('main').textContent()}`,
    );
  }
}
