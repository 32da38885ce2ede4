import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { contentSecurityPolicy, importMapOf, NO_INDEX_HEADERS, SECURITY_HEADERS } from '@hushlink/protocol';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { createSecretInPage, waitForHeading } from './support/flows.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SOME_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function headersOf(path: string): Promise<Headers> {
  const response = await fetch(`${serverUrl()}${path}`);
  await response.body?.cancel();
  expect(response.status, path).toBe(200);
  return response.headers;
}

/** The CSP of the built page and its static files: the import map of dist/index.html allowed by its SHA-256. */
function pagePolicy(): string {
  const html = readFileSync(new URL('../../apps/web/dist/index.html', import.meta.url), 'utf8');
  const importMap = importMapOf(html);
  expect(importMap).not.toBeNull();
  return contentSecurityPolicy([
    `sha256-${createHash('sha256')
      .update(importMap ?? '')
      .digest('base64')}`,
  ]);
}

/** The security headers; the page and the static files carry the page's CSP, the API the one without a hash. */
function expectSecurityHeaders(headers: Headers, path: string, policy = pagePolicy()): void {
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, 'Content-Security-Policy': policy }))
    expect(headers.get(name), `${name} on ${path}`).toBe(value);
}

/** The built assets (the files the server serves under /assets/). */
function builtAssets(): string[] {
  return readdirSync(new URL('../../apps/web/dist/assets/', import.meta.url));
}

describe('headers', () => {
  it('puts the CSP and the security headers on every page, no-store on pages, noindex on secret pages', async () => {
    const root = await headersOf('/');
    expectSecurityHeaders(root, '/');
    expect(root.get('Cache-Control')).toBe('no-store');
    expect(root.get('Content-Security-Policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(root.get('Content-Security-Policy')).toContain("require-trusted-types-for 'script'");

    for (const path of [`/s/${SOME_ID}`, `/m/${SOME_ID}`]) {
      const headers = await headersOf(path);
      expect(headers.get('Content-Type'), path).toContain('text/html');
      expectSecurityHeaders(headers, path);
      for (const [name, value] of Object.entries(NO_INDEX_HEADERS))
        expect(headers.get(name), path).toBe(value);
      expect(headers.get('Cache-Control'), path).toBe('no-store');
    }

    // The account pages are the single-page app's index.html too, with the same headers and no caching.
    for (const path of ['/signin', '/join', '/links', '/account', '/admin']) {
      const headers = await headersOf(path);
      expect(headers.get('Content-Type'), path).toContain('text/html');
      expectSecurityHeaders(headers, path);
      expect(headers.get('Cache-Control'), path).toBe('no-store');
    }
    expect((await headersOf('/join')).get('X-Robots-Tag')).toBe(NO_INDEX_HEADERS['X-Robots-Tag']);
  });

  it('serves every built script and stylesheet as immutable, with the security headers', async () => {
    const assets = builtAssets().filter((name) => name.endsWith('.js') || name.endsWith('.css'));
    expect(assets.some((name) => name.includes('libsodium'))).toBe(true);
    for (const name of assets) {
      const headers = await headersOf(`/assets/${name}`);
      expect(headers.get('Cache-Control'), name).toBe(IMMUTABLE);
      expectSecurityHeaders(headers, name);
    }
    const api = await fetch(`${serverUrl()}/api/health`);
    expect(api.headers.get('Content-Security-Policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(api.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers a missing asset 404, never cached and not the page; only page routes get the page', async () => {
    const page = await (await fetch(`${serverUrl()}/`)).text();
    // Fetched as a script would be, and navigated to (Workers' single-page fallback looked at Sec-Fetch-Mode).
    // Fetched as a script or by `fetch` (Node's `fetch` sends its own Sec-Fetch-Mode; Chromium navigates below).
    for (const path of ['/assets/does-not-exist.js', '/assets/does-not-exist.css', '/no-such-page']) {
      for (const headers of [{}, { Accept: 'text/html' }]) {
        const response = await fetch(`${serverUrl()}${path}`, { headers });
        const body = await response.text();
        const what = `${path} ${JSON.stringify(headers)}`;
        expect(response.status, what).toBe(404);
        expect(response.headers.get('Cache-Control'), what).toBe('no-store');
        expect(response.headers.get('Content-Type'), what).not.toContain('text/html');
        expect(body, what).not.toContain('<!doctype html>');
        expectSecurityHeaders(response.headers, what, SECURITY_HEADERS['Content-Security-Policy']);
      }
    }
    for (const path of [`/s/${SOME_ID}`, `/m/${SOME_ID}`, `/r/${SOME_ID}`, '/links/', '/signin']) {
      const response = await fetch(`${serverUrl()}${path}`, { headers: { 'Sec-Fetch-Mode': 'navigate' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
      expect(await response.text(), path).toBe(page);
    }

    // In Chromium, navigating to a missing script: the 404, not the app.
    const visitor = await newPerson(browser);
    const missing = await visitor.page.goto(`${serverUrl()}/assets/does-not-exist.js`);
    expect(missing?.status()).toBe(404);
    expect(await visitor.page.locator('h1').count()).toBe(0);
    // A mistyped address: still a 404 that no cache keeps, but the page, which says so.
    const mistyped = await visitor.page.goto(`${serverUrl()}/no-such-page`);
    expect(mistyped?.status()).toBe(404);
    expect(mistyped?.headers()['cache-control']).toBe('no-store');
    expect(mistyped?.headers()['content-security-policy']).toBe(pagePolicy());
    await waitForHeading(visitor.page, 'Page not found');
    await visitor.context.close();
  });

  it('runs under that CSP in Chromium: libsodium compiles (wasm-unsafe-eval) while eval and markup stay blocked', async () => {
    const sender = await newPerson(browser);
    const response = await sender.page.goto(`${serverUrl()}/`);
    expect(response?.headers()['content-security-policy']).toBe(pagePolicy());
    expect(response?.headers()['integrity-policy']).toBe('blocked-destinations=(script)');
    const created = await createSecretInPage(sender.page, { text: 'works under the CSP' });

    const recipient = await newPerson(browser);
    const page = recipient.page;
    const opened = await page.goto(created.link);
    expect(opened?.headers()['x-robots-tag']).toBe(NO_INDEX_HEADERS['X-Robots-Tag']);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(page, 'The secret');
    expect(await page.locator('#revealed-secret').textContent()).toBe('works under the CSP');
    // The libsodium chunk came from /assets/ (nothing inlined, nothing from elsewhere).
    const scripts = (await recipient.recorder.requests()).filter((request) => request.url.endsWith('.js'));
    expect(scripts.some((request) => /\/assets\/libsodium[^/]*\.js$/.test(request.url))).toBe(true);
    expect(scripts.every((request) => request.url.startsWith(`${serverUrl()}/assets/`))).toBe(true);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);

    // Control, on a page that expects a violation: an inline script added to the DOM does not run.
    const control = await browser.newPage();
    await control.goto(`${serverUrl()}/`);
    const ran = await control.evaluate(async () => {
      const script = document.createElement('script');
      script.append(document.createTextNode('document.documentElement.dataset.inlineRan = "yes";'));
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return document.documentElement.dataset.inlineRan ?? 'no';
    });
    expect(ran).toBe('no');
    await control.close();
    await sender.context.close();
    await recipient.context.close();
  });
});
