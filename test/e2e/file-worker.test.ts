import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import {
  createFilesSecretInPage,
  opfsFile,
  privateDownloads,
  randomContent,
  removeSaveFilePicker,
  sha256OfFile,
  stubSaveFilePicker,
  type TestFile,
  type TestFolder,
  testFolder,
  workerUrls,
} from './support/files.ts';
import { apiCalls } from './support/request-recorder.ts';

const MiB = 1024 * 1024;
/** Chromium logs a request that a test aborts on purpose with `route.abort` as a console error. */
const ABORTED_REQUEST = /^console error: Failed to load resource: net::ERR_FAILED$/;
const FILE_WORKER = /^\/assets\/file-worker-[\w-]+\.js$/;

let browser: Browser;
let folder: TestFolder;
/** 40 MiB and a bit: six parts of 8 MiB. */
let large: TestFile;
/** Two parts. */
let medium: TestFile;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = testFolder();
  large = folder.write('disk-image.img', randomContent(40 * MiB + 4321));
  medium = folder.write('database.dump', randomContent(9 * MiB + 99));
});
afterAll(async () => {
  await browser?.close();
  folder?.remove();
});

async function waitForPage(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 60_000 });
}

/** Opens the link as `person` and reveals it, up to the list of files. */
async function reveal(person: Person, link: string): Promise<void> {
  await person.page.goto(link);
  await waitForPage(person.page, 'A secret is waiting for you');
  await person.page.getByRole('button', { name: 'Reveal' }).click();
  await waitForPage(person.page, 'The files');
}

/** Saves `file` with the File System Access path (a stubbed picker into OPFS) and checks it byte for byte. */
async function saveWithPicker(page: Page, file: TestFile): Promise<void> {
  await page.getByRole('button', { name: `Save ${file.name}` }).click();
  await page.getByText('Saved: decrypted and checked in full.').waitFor({ timeout: 90_000 });
  expect(await opfsFile(page, file.name)).toEqual({ size: file.size, sha256: file.sha256 });
}

/** Without the picker: decrypts into the page's OPFS folder, then saves through the browser's download. */
async function saveThroughPrivateStorage(page: Page, file: TestFile): Promise<void> {
  await page.getByRole('button', { name: 'Decrypt files' }).click();
  const link = page.getByRole('link', { name: `Save ${file.name}` });
  await link.waitFor({ timeout: 90_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(file.name);
  expect(sha256OfFile(await download.path())).toBe(file.sha256);
}

describe('files through the file worker', () => {
  it('shares 40 MiB in parts from a worker while the page answers typing, and saves it byte for byte both ways', async () => {
    const sender = await newPerson(browser);
    const { page } = sender;
    // The third part is held until the page has taken the typing, so the test types while the upload runs.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      reached = resolve;
    });
    await sender.context.route('**/upload/3', async (route) => {
      reached();
      await held;
      await route.continue();
    });
    await page.goto(`${serverUrl()}/`);
    await waitForPage(page, 'Share a secret');
    await page.getByLabel('Files (optional)').setInputFiles([large.path]);
    await page.getByLabel('Views allowed').fill('2');
    await page.getByRole('button', { name: 'Create link' }).click();
    await holding;
    expect(workerUrls(page).some((url) => FILE_WORKER.test(url))).toBe(true);
    const progress = page.getByRole('progressbar', { name: 'Uploading the encrypted files' });
    expect(await progress.isVisible()).toBe(true);
    const field = page.getByRole('textbox', { name: 'Secret', exact: true });
    await field.pressSequentially('typed while the upload runs');
    expect(await field.inputValue()).toBe('typed while the upload runs');
    expect(await progress.isVisible()).toBe(true);
    release();
    await waitForPage(page, 'Your link is ready');
    const link = await page.getByRole('textbox', { name: 'Secret link' }).inputValue();
    const id = new URL(link).pathname.split('/').pop() ?? '';
    const puts = apiCalls(await sender.recorder.requests()).filter((call) => call.startsWith('PUT '));
    expect(puts.sort()).toEqual([1, 2, 3, 4, 5, 6].map((part) => `PUT /api/secrets/${id}/upload/${part}`));

    const picking = await newPerson(browser);
    await stubSaveFilePicker(picking.context);
    await reveal(picking, link);
    await saveWithPicker(picking.page, large);
    expect(workerUrls(picking.page).filter((url) => FILE_WORKER.test(url))).toEqual([]);

    const downloading = await newPerson(browser);
    await removeSaveFilePicker(downloading.context);
    await reveal(downloading, link);
    await saveThroughPrivateStorage(downloading.page, large);
    // The decrypted file sits in the view's OPFS folder until the person leaves the view.
    const kept = await privateDownloads(downloading.page);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`^[\\w-]+/0: ${large.size}$`));
    await downloading.page.getByRole('link', { name: 'Share a secret of your own' }).click();
    await waitForPage(downloading.page, 'Share a secret');
    await expect.poll(() => privateDownloads(downloading.page)).toEqual([]);

    for (const person of [sender, picking, downloading]) {
      expect(person.watch.problems()).toEqual([]);
      await person.context.close();
    }
  }, 300_000);

  it('sends a part again when its connection drops, and the upload completes whole', async () => {
    const sender = await newPerson(browser);
    let attempts = 0;
    await sender.context.route('**/upload/2', async (route) => {
      attempts += 1;
      if (attempts === 1) await route.abort('connectionreset');
      else await route.continue();
    });
    const created = await createFilesSecretInPage(sender.page, [medium]);
    expect(attempts).toBe(2);
    const calls = apiCalls(await sender.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/upload/2'))).toHaveLength(2);
    expect(calls).toContain(`POST /api/secrets/${created.id}/upload/complete`);
    expect(calls).not.toContain(`DELETE /api/secrets/${created.id}`);

    const recipient = await newPerson(browser);
    await stubSaveFilePicker(recipient.context);
    await reveal(recipient, created.link);
    await saveWithPicker(recipient.page, medium);
    expect(sender.watch.problems().filter((problem) => !ABORTED_REQUEST.test(problem))).toEqual([]);
    expect(recipient.watch.problems()).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  }, 180_000);

  it('refuses a tampered download without keeping anything in OPFS, and the grant still works after', async () => {
    const sender = await newPerson(browser);
    const created = await createFilesSecretInPage(sender.page, [medium]);
    const recipient = await newPerson(browser);
    await removeSaveFilePicker(recipient.context);
    const { page } = recipient;
    // The downloads after the first (which reads the file list) have one bit flipped in the second part.
    let tamper = true;
    let downloads = 0;
    await recipient.context.route('**/api/secrets/*/download', async (route) => {
      downloads += 1;
      if (downloads === 1) {
        await route.continue();
        return;
      }
      const response = await route.fetch();
      const body = await response.body();
      if (tamper && body.length > 9 * MiB) body[9 * MiB] = (body[9 * MiB] ?? 0) ^ 1;
      await route.fulfill({ response, body });
    });
    await reveal(recipient, created.link);
    await page.getByRole('button', { name: 'Decrypt files' }).click();
    await page
      .getByRole('status')
      .getByText('Decrypting the files failed: Could not decrypt')
      .waitFor({ timeout: 90_000 });
    expect(await privateDownloads(page)).toEqual([]);
    expect(await page.getByRole('link', { name: `Save ${medium.name}` }).count()).toBe(0);

    // The same grant, untampered: the files come whole, and only one view was ever spent.
    tamper = false;
    await saveThroughPrivateStorage(page, medium);
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([
      `POST /api/secrets/${created.id}/reveal`,
    ]);
    expect(sender.watch.problems()).toEqual([]);
    expect(recipient.watch.problems()).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  }, 180_000);
});
