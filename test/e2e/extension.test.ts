import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReleaseKey, signManifest } from '@hushlink/integrity';
import { healthResponseSchema } from '@hushlink/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../scripts/lib/integrity-manifest.ts';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { buttonTitles, type ExtensionBrowser, launchWithExtension } from './support/extension.ts';
import { type CreatedSecret, createSecretInPage, waitForHeading } from './support/flows.ts';
import {
  changeOneByte,
  startTamperingProxy,
  type Tamper,
  type TamperingProxy,
} from './support/tampering-proxy.ts';

const DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const COMMIT = 'c0ffee0000000000000000000000000000000000';
const PLAINTEXT = 'checked by the extension before any code ran';
/** A script a compromised server adds, pinned by its own hash so that the browser alone would run it. */
const LEAK = "fetch('/api/leak/' + location.hash.slice(1));";

let extension: ExtensionBrowser;
let browser: Browser;
let version: string;
let folder: string;
const proxies: TamperingProxy[] = [];
const people: Person[] = [];

/** A proxy in front of the server that applies `tamper` and records every path asked of it. */
async function proxyWith(tamper: Tamper): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  const proxy = await startTamperingProxy(serverUrl(), (path, body) => {
    paths.push(path);
    return tamper(path, body);
  });
  proxies.push(proxy);
  return { url: proxy.url, paths };
}

/** A new secret, created in a browser without the extension. */
async function newSecret(): Promise<CreatedSecret> {
  const sender = await newPerson(browser);
  people.push(sender);
  return createSecretInPage(sender.page, { text: PLAINTEXT });
}

const LEAK_PIN = `sha256-${createHash('sha256').update(LEAK).digest('base64')}`;

/** The page with `added.js` pinned by its own hash before the entry script; `added.js` itself. */
const addScript: Tamper = (path, body) => {
  if (path === '/assets/added.js') return Buffer.from(LEAK);
  if (!path.startsWith('/s/') || body === null) return null;
  const tag = `<script type="module" crossorigin src="/assets/added.js" integrity="${LEAK_PIN}"></script>`;
  return Buffer.from(body.toString('utf8').replace('</head>', `${tag}</head>`));
};

/** A script in a frame of the page's own origin (`srcdoc`), which reads the page's fragment through `parent`. */
const FRAMED_LEAK = "fetch('/api/leak/' + parent.location.hash.slice(1));";
const FRAMED_PIN = `sha256-${createHash('sha256').update(FRAMED_LEAK).digest('base64')}`;

/** The page with a `srcdoc` frame whose script is pinned by its own hash: `srcdoc` is no navigation `frame-src` governs. */
const addFramedScript: Tamper = (path, body) => {
  if (path === '/assets/framed.js') return Buffer.from(FRAMED_LEAK);
  if (!path.startsWith('/s/') || body === null) return null;
  const frame = `<iframe srcdoc="<script type=module crossorigin src=/assets/framed.js integrity=${FRAMED_PIN}></script>"></iframe>`;
  return Buffer.from(body.toString('utf8').replace('<body>', `<body>${frame}`));
};

/** Opens `url` in the extension's browser and waits until the extension sent the tab to its warning page. */
async function openStopped(url: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForURL(/^chrome-extension:\/\/[a-z]+\/warning\.html\?/);
  // The warning page marks itself ready once it has shown the verdict, on the page and on the button.
  await page.locator('html[data-ready="true"]').waitFor();
  return page;
}

beforeAll(async () => {
  const health = healthResponseSchema.parse(await (await fetch(`${serverUrl()}/api/health`)).json());
  version = health.version.startsWith('v') ? health.version : `v${health.version}`;
  folder = mkdtempSync(join(tmpdir(), 'hushlink-extension-test-'));
  // A throwaway release key, built into the test's extension: the real one never comes near a test.
  const key = await generateReleaseKey();
  const signed = await signManifest(buildManifest({ dist: DIST, version, commit: COMMIT }), key.secretKey);
  mkdirSync(join(folder, 'manifests'));
  writeFileSync(join(folder, 'manifests', `${version}.json`), JSON.stringify(signed));
  extension = await launchWithExtension({
    origins: [serverUrl()],
    publicKeys: [key.publicKey],
    manifestFolders: [join(folder, 'manifests')],
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const person of people) await person.context.close();
  for (const proxy of proxies) await proxy.close();
  await browser?.close();
  await extension?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the browser extension', () => {
  it('says "verified" for an untouched server, and the page then reveals as usual', async () => {
    const secret = await newSecret();
    const page = await extension.context.newPage();
    await page.goto(`${serverUrl()}/s/${secret.id}#${secret.key}`);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(page, 'The secret');
    expect(await page.locator('#revealed-secret').textContent()).toBe(PLAINTEXT);
    expect(await buttonTitles(extension.worker)).toContain(
      `Hushlink: verified ${version} (commit ${COMMIT.slice(0, 12)})`,
    );
    await page.close();
  });

  it('stops a page with an added script that the browser alone would run, before it reads the fragment', async () => {
    const secret = await newSecret();
    // Without the extension, the added script runs and sends the fragment: the tamper is real.
    const control = await proxyWith(addScript);
    const person = await newPerson(browser);
    people.push(person);
    const leaked = person.page.waitForRequest((request) => request.url().includes('/api/leak/'));
    await person.page.goto(`${control.url}/s/${secret.id}#${secret.key}`);
    expect((await leaked).url()).toContain(`/api/leak/${secret.key}`);

    const tampered = await proxyWith(addScript);
    const page = await openStopped(`${tampered.url}/s/${secret.id}#${secret.key}`);
    expect(await page.locator('h1').textContent()).toBe("This page's code does not match its release");
    expect(await page.locator('li').allTextContents()).toContain(
      '/assets/added.js: a script the release does not have',
    );
    expect(await buttonTitles(extension.worker)).toContain(
      `Hushlink: this page does not match ${version}; it was stopped`,
    );
    // The page's own document is gone: nothing it asked for used the fragment or touched the secret.
    expect(tampered.paths.filter((path) => path.startsWith('/api/leak/'))).toEqual([]);
    expect(tampered.paths.filter((path) => path.startsWith(`/api/secrets/${secret.id}`))).toEqual([]);
    await page.close();
  });

  it('stops a page with a same-origin frame whose script the browser alone would run', async () => {
    const secret = await newSecret();
    const control = await proxyWith(addFramedScript);
    const person = await newPerson(browser);
    people.push(person);
    const leaked = person.page.waitForRequest((request) => request.url().includes('/api/leak/'));
    await person.page.goto(`${control.url}/s/${secret.id}#${secret.key}`);
    expect((await leaked).url()).toContain(`/api/leak/${secret.key}`);

    const tampered = await proxyWith(addFramedScript);
    const page = await openStopped(`${tampered.url}/s/${secret.id}#${secret.key}`);
    expect(tampered.paths.filter((path) => path.startsWith('/api/leak/'))).toEqual([]);
    expect(tampered.paths.filter((path) => path.startsWith(`/api/secrets/${secret.id}`))).toEqual([]);
    await page.close();
  });

  it('stops a page whose entry script has one byte changed, naming it', async () => {
    const secret = await newSecret();
    const entry = /<script type="module" crossorigin src="(\/assets\/index-[^"]+)"/;
    let entryPath = '';
    const tampered = await proxyWith((path, body) => {
      if (path.startsWith('/s/') && body) entryPath = entry.exec(body.toString('utf8'))?.[1] ?? '';
      return path === entryPath && body ? changeOneByte(body) : null;
    });
    const page = await openStopped(`${tampered.url}/s/${secret.id}#${secret.key}`);
    expect(entryPath).toMatch(/^\/assets\/index-/);
    expect((await page.locator('li').allTextContents()).join('\n')).toContain(
      `${entryPath}: content differs`,
    );
    expect(tampered.paths.filter((path) => path.startsWith(`/api/secrets/${secret.id}`))).toEqual([]);
    await page.close();
  });

  it('treats a release it has no signed manifest of as unverified, and stops the page', async () => {
    const tampered = await proxyWith((path) =>
      path === '/api/health' ? Buffer.from(JSON.stringify({ ok: true, version: '9.9.9' })) : null,
    );
    const page = await openStopped(`${tampered.url}/s/AAAAAAAAAAAAAAAAAAAAAA#${'A'.repeat(43)}`);
    expect(await page.locator('#explanation').textContent()).toContain(
      'no signed manifest of release v9.9.9 in this extension',
    );
    expect(await buttonTitles(extension.worker)).toContain(
      'Hushlink: unverified (no signed manifest of release v9.9.9 in this extension); the page was stopped',
    );
    expect(tampered.paths.filter((path) => path.startsWith('/api/secrets/'))).toEqual([]);
    await page.close();
  });
});
