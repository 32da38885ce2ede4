import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { type CreatedSecret, createSecretInPage, metadataStatus, waitForHeading } from './support/flows.ts';
import {
  changeOneByte,
  startTamperingProxy,
  type Tamper,
  type TamperingProxy,
} from './support/tampering-proxy.ts';

const MISMATCH = "This page's code does not match";
const PLAINTEXT = 'only the code that was built may read this';
const DIST = new URL('../../apps/web/dist/', import.meta.url);

/** The built scripts that `name` imports, directly or through others (the file worker's own copies, for one). */
function importedBy(name: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(new URL(`assets/${name}`, DIST), 'utf8');
  for (const [, imported] of code.matchAll(/\.\/([\w-]+\.js)/g)) {
    if (imported === undefined || seen.has(imported)) continue;
    seen.add(imported);
    importedBy(imported, seen);
  }
  return seen;
}

/**
 * The path of the page's built script whose name starts with `prefix`: the file worker bundles its own copies of
 * the envelope and libsodium chunks, which the reveal page does not load.
 */
function builtScript(prefix: string): string {
  const names = readdirSync(new URL('assets/', DIST));
  const worker = new Set(
    names.filter((name) => name.startsWith('file-worker-')).flatMap((name) => [...importedBy(name)]),
  );
  const found = names.filter((name) => name.startsWith(prefix) && name.endsWith('.js') && !worker.has(name));
  expect(found, prefix).toHaveLength(1);
  return `/assets/${found[0]}`;
}

/** The page's entry script: the module script after the guard in the built index.html. */
function entryScript(): string {
  const html = readFileSync(new URL('index.html', DIST), 'utf8');
  const sources = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"/g)].map(
    (match) => match[1],
  );
  expect(sources[0]).toMatch(/\/assets\/page-guard-/);
  expect(sources[1]).toMatch(/\/assets\/index-/);
  return sources[1] ?? '';
}

/** A tamper that changes one byte of the file at `path`. */
function oneByteIn(path: string): Tamper {
  return (requested, body) => (requested === path && body ? changeOneByte(body) : null);
}

let browser: Browser;
let secret: CreatedSecret;
const proxies: TamperingProxy[] = [];
const people: Person[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const sender = await newPerson(browser);
  people.push(sender);
  secret = await createSecretInPage(sender.page, { text: PLAINTEXT });
});

afterAll(async () => {
  for (const person of people) await person.context.close();
  for (const proxy of proxies) await proxy.close();
  await browser?.close();
});

/** Opens the secret's link through a proxy that applies `tamper`, as a new person; returns them and the proxy. */
async function openThrough(
  tamper: Tamper,
): Promise<{ person: Person; proxy: TamperingProxy; console: string[] }> {
  const proxy = await startTamperingProxy(serverUrl(), tamper);
  proxies.push(proxy);
  const person = await newPerson(browser);
  people.push(person);
  const console: string[] = [];
  person.page.on('console', (message) => console.push(message.text()));
  // Only until the answer arrives: a page the guard stops (`window.stop()`) may never fire `load`.
  await person.page.goto(`${proxy.url}/s/${secret.id}#${secret.key}`, { waitUntil: 'commit' });
  return { person, proxy, console };
}

/** The page stopped with the guard's error naming `path`, showed no secret, and asked nothing of the reveal API. */
async function expectStopped(person: Person, path: string): Promise<void> {
  await waitForHeading(person.page, MISMATCH);
  expect(await person.page.locator('main li').allTextContents()).toContain(path);
  expect(await person.page.evaluate(() => document.documentElement.dataset.codeCheck)).toBe('mismatch');
  expect(await person.page.getByRole('button', { name: 'Reveal' }).count()).toBe(0);
  expect(await person.page.content()).not.toContain(PLAINTEXT);
  const requests = await person.recorder.requests();
  expect(requests.filter((request) => /\/api\/secrets\/[^/]+\/reveal$/.test(request.url))).toEqual([]);
}

describe('a server that changes one byte of the code is caught by the page', () => {
  for (const [what, path] of [
    ['a lazily loaded chunk (the envelope code)', () => builtScript('envelope-link-')],
    ['libsodium', () => builtScript('libsodium-wrappers-')],
    ['the entry script', entryScript],
  ] as const) {
    it(`stops the reveal when ${what} differs`, async () => {
      const { person, console } = await openThrough(oneByteIn(path()));
      await expectStopped(person, path());
      // The browser refused the bytes (Subresource Integrity), so the changed code never ran.
      expect(console.some((line) => /integrity/i.test(line))).toBe(true);
    });
  }

  it('does not run a script added to the page, inline or from a file, and says the page is not the one built', async () => {
    const added = 'document.documentElement.dataset.added = "ran";';
    const { person } = await openThrough((path, body) => {
      if (path === '/assets/added.js') return Buffer.from(added);
      if (path.startsWith('/s/') && body) {
        const html = body.toString('utf8');
        return Buffer.from(
          html.replace(
            '</head>',
            `<script type="module" src="/assets/added.js"></script><script>${added}</script></head>`,
          ),
        );
      }
      return null;
    });
    await waitForHeading(person.page, MISMATCH);
    // The guard names what it saw: the added file (refused by Integrity-Policy) or the inline script (by the CSP).
    expect((await person.page.locator('main li').allTextContents()).join()).toMatch(
      /added\.js|inline script/,
    );
    expect(await person.page.evaluate(() => document.documentElement.dataset.added)).toBeUndefined();
    expect(await person.page.getByRole('button', { name: 'Reveal' }).count()).toBe(0);
  });

  it('reveals through the same proxy untouched, with no CSP, Trusted Types or integrity error; the view was unused', async () => {
    expect(await metadataStatus(secret.id)).toBe(200);
    const { person } = await openThrough(() => null);
    await person.page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(person.page, 'The secret');
    expect(await person.page.locator('#revealed-secret').textContent()).toBe(PLAINTEXT);
    expect(person.watch.problems()).toEqual([]);
  });
});
