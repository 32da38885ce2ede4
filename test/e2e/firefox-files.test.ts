import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverUrl } from './support/environment.ts';
import { randomContent, type TestFile, type TestFolder, testFolder } from './support/files.ts';

/** Debian's Firefox ESR, which speaks WebDriver BiDi; `FIREFOX_PATH` names another. */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MiB = 1024 * 1024;

let browser: Browser;
let folder: TestFolder;
/** Two parts of 8 MiB. */
let file: TestFile;

/** The page's console errors and uncaught exceptions (a CSP or Trusted Types refusal among them). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  return problems;
}

/** Waits for the page's `<h1>` to read `name`. */
async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (text) => document.querySelector('h1')?.textContent === text,
    { timeout: 90_000 },
    name,
  );
}

/** Clicks the button whose text is `name`. */
async function clickButton(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('button')].some(
        (button) => button.textContent === text && !button.disabled,
      ),
    { timeout: 60_000 },
    name,
  );
  await page.evaluate((text) => {
    [...document.querySelectorAll('button')].find((button) => button.textContent === text)?.click();
  }, name);
}

// Firefox is not part of every machine: without it this file says so and skips (Chromium covers the same paths).
describe.skipIf(!existsSync(FIREFOX))('files in Firefox (WebDriver BiDi)', () => {
  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
    });
    folder = testFolder();
    file = folder.write('firefox-archive.bin', randomContent(9 * MiB + 777));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    folder?.remove();
  });

  it('shares a multi-part file from the file worker and saves it through OPFS, byte for byte', async () => {
    const sending = await browser.createBrowserContext();
    const sender = await sending.newPage();
    const senderProblems = watch(sender);
    await sender.goto(`${serverUrl()}/`);
    await waitForHeading(sender, 'Share a secret');
    const input = await sender.waitForSelector('input#files');
    await input?.uploadFile(file.path);
    await sender.waitForFunction(
      (name) => document.querySelector('.file-name')?.textContent === name,
      {},
      file.name,
    );
    await clickButton(sender, 'Create link');
    await waitForHeading(sender, 'Your link is ready');
    const link = await sender.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find(
        (each) => each.textContent === 'Secret link',
      );
      return (document.getElementById(label?.htmlFor ?? '') as HTMLInputElement | null)?.value ?? '';
    });
    expect(link).toMatch(/\/s\/[\w-]+#/);

    const receiving = await browser.createBrowserContext();
    const recipient = await receiving.newPage();
    const recipientProblems = watch(recipient);
    await recipient.goto(link);
    await waitForHeading(recipient, 'A secret is waiting for you');
    expect(await recipient.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
    await clickButton(recipient, 'Reveal');
    await waitForHeading(recipient, 'The files');
    await clickButton(recipient, 'Decrypt files');
    await recipient.waitForSelector('a[download]', { timeout: 90_000 });
    expect(await recipient.$eval('a[download]', (anchor) => anchor.getAttribute('download'))).toBe(file.name);
    // The link is a blob of the file decrypted into the view's OPFS folder: hash that file.
    const saved = await recipient.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const parent = (await root.getDirectoryHandle('hushlink-downloads')) as FileSystemDirectoryHandle & {
        keys(): AsyncIterable<string>;
      };
      const found: { size: number; sha256: string }[] = [];
      for await (const view of parent.keys()) {
        const decrypted = await (await (await parent.getDirectoryHandle(view)).getFileHandle('0')).getFile();
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await decrypted.arrayBuffer()));
        found.push({
          size: decrypted.size,
          sha256: [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
        });
      }
      return found;
    });
    expect(saved).toEqual([{ size: file.size, sha256: file.sha256 }]);
    expect([...senderProblems, ...recipientProblems]).toEqual([]);
    await sending.close();
    await receiving.close();
  }, 240_000);
});
