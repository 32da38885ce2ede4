import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page of another site that tries to show Hushlink inside an iframe (clickjacking, overlays). */
const ATTACKER_ORIGIN = 'http://attacker.test';

describe('framing by another site', () => {
  for (const path of ['/', '/s/AAAAAAAAAAAAAAAAAAAAAA', '/signin']) {
    it(`refuses to render ${path} inside another origin's iframe`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const target = `${serverUrl()}${path}`;
      await page.route(`${ATTACKER_ORIGIN}/**`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>attacker</title><iframe id="victim" src="${target}"></iframe>`,
        }),
      );
      await page.goto(`${ATTACKER_ORIGIN}/`);
      const frameElement = await page.waitForSelector('#victim');
      await page.waitForTimeout(1000);
      const frame = await frameElement.contentFrame();
      // Chromium replaces a refused frame with an empty error document: none of Hushlink's page is in it.
      const rendered = frame
        ? await frame.evaluate(() => document.querySelector('main, .site-header') !== null).catch(() => false)
        : false;
      expect(rendered).toBe(false);
      expect(frame?.url()).toBe('chrome-error://chromewebdata/');
      await context.close();
    });
  }

  it('lets a page that allows framing render in the same iframe (so the check above can fail)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${ATTACKER_ORIGIN}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: route.request().url().endsWith('/inner')
          ? '<!doctype html><main>framed</main>'
          : `<!doctype html><iframe id="victim" src="${ATTACKER_ORIGIN}/inner"></iframe>`,
      }),
    );
    await page.goto(`${ATTACKER_ORIGIN}/`);
    const frame = await (await page.waitForSelector('#victim')).contentFrame();
    await frame?.waitForSelector('main');
    expect(frame?.url()).toBe(`${ATTACKER_ORIGIN}/inner`);
    await context.close();
  });
});
