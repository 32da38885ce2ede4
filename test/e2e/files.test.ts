import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import {
  createFilesSecretInPage,
  opfsFile,
  randomContent,
  removeSaveFilePicker,
  sha256Hex,
  sha256OfFile,
  stubSaveFilePicker,
  type TestFile,
  type TestFolder,
  testFolder,
} from './support/files.ts';
import { createSecretInPage, metadataStatus, TEXT, waitForNotice } from './support/flows.ts';
import { apiCalls, findLeaks } from './support/request-recorder.ts';

const MiB = 1024 * 1024;
/** Chromium logs a request that a test aborts on purpose with `page.route` as a console error. */
const ABORTED_REQUEST = /^console error: Failed to load resource: net::ERR_FAILED$/;

let browser: Browser;
let folder: TestFolder;
/** Over one 8 MiB part, so the envelope goes up in two parts. */
let big: TestFile;
/** A small file whose name is not ASCII, and its content. */
let small: TestFile;
const smallText = `user=ops\npass=hunter-${Date.now()}\n`;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = testFolder();
  big = folder.write('backup-2026.tar.gz', randomContent(9 * MiB + 512 * 1024 + 123));
  small = folder.write('Zugangsdaten – Grüße 日本.txt', new TextEncoder().encode(smallText));
});
afterAll(async () => {
  await browser?.close();
  folder?.remove();
});

/**
 * Waits for the page's `<h1>`, with more patience than the shared helper: these pages follow uploads and
 * downloads of megabytes, and libsodium compiles on a machine that may be busy with other work.
 */
async function waitForPage(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 60_000 });
}

/** The list row of a file on the reveal page, found by its name. */
function fileRow(page: Page, name: string) {
  return page.locator('.file-row').filter({ has: page.locator('.file-name', { hasText: name }) });
}

/** Checks that the reveal page lists exactly `files`, in order, each with its exact size. */
async function expectListed(page: Page, files: readonly { name: string; size: number }[]): Promise<void> {
  expect(await page.locator('.file-row .file-name').allTextContents()).toEqual(
    files.map((file) => file.name),
  );
  for (const file of files) {
    expect(await fileRow(page, file.name).textContent()).toContain(
      `${file.size.toLocaleString('en-US')} bytes`,
    );
  }
}

/** No request of these people carried the link key or the small file's content; the uploads were seen. */
async function expectNoLeaks(people: readonly Person[], key: string, plaintexts: readonly string[]) {
  const sent = (await Promise.all(people.map((person) => person.recorder.requests()))).flat();
  // Positive control: the parts' PUT bodies are recorded, so the absence of secrets in them means something.
  expect(sent.some((request) => request.method === 'PUT' && request.body.length > 0)).toBe(true);
  expect(
    findLeaks(sent, [
      { name: 'the link key', value: key },
      ...plaintexts.map((value) => ({ name: 'a plaintext', value })),
    ]),
  ).toEqual([]);
}

describe('sharing files', () => {
  it('uploads two files in parts and saves them byte for byte through the File System Access API', async () => {
    const sender = await newPerson(browser);
    const created = await createFilesSecretInPage(sender.page, [big, small]);
    // The envelope went up in parts (the big file alone is over one 8 MiB part), then the upload was completed.
    expect(apiCalls(await sender.recorder.requests())).toEqual([
      'GET /api/instance',
      'POST /api/secrets',
      `PUT /api/secrets/${created.id}/upload/1`,
      `PUT /api/secrets/${created.id}/upload/2`,
      `POST /api/secrets/${created.id}/upload/complete`,
    ]);

    const recipient = await newPerson(browser);
    await stubSaveFilePicker(recipient.context);
    const { page } = recipient;
    await page.goto(created.link);
    await waitForPage(page, 'A secret is waiting for you');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForPage(page, 'The files');
    await expectListed(page, [big, small]);
    await expect.poll(() => page.url()).toBe(`${serverUrl()}/s/${created.id}`);
    await page.getByText('the partial file is discarded').waitFor();

    for (const file of [big, small]) {
      await page.getByRole('button', { name: `Save ${file.name}` }).click();
      await fileRow(page, file.name)
        .getByText('Saved: decrypted and checked in full.')
        .waitFor({ timeout: 60_000 });
      expect(await opfsFile(page, file.name)).toEqual({ size: file.size, sha256: file.sha256 });
    }
    expect(
      await page.evaluate(() => (window as unknown as { suggestedNames: string[] }).suggestedNames),
    ).toEqual([big.name, small.name]);
    // Two saves, two downloads of the envelope with the same grant, one view.
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([
      `POST /api/secrets/${created.id}/reveal`,
    ]);
    expect(calls.filter((call) => call.endsWith('/download')).length).toBe(3);

    // One view: the link is gone for the next person.
    const third = await newPerson(browser);
    await third.page.goto(created.link);
    expect(await waitForNotice(third.page, TEXT.gone)).toBe(TEXT.gone);
    expect(await metadataStatus(created.id)).toBe(404);

    await expectNoLeaks([sender, recipient, third], created.key, [smallText]);
    expect([...sender.watch.problems(), ...recipient.watch.problems(), ...third.watch.problems()]).toEqual(
      [],
    );
    for (const person of [sender, recipient, third]) await person.context.close();
  }, 180_000);

  it('saves through the browser private storage (OPFS) without the File System Access API; a wrong passphrase costs nothing', async () => {
    const text = `ssh root@10.0.0.7 -p 2222 # ${Date.now()}`;
    const passphrase = 'violet-heron-17';
    const sender = await newPerson(browser);
    const created = await createFilesSecretInPage(sender.page, [small, big], { text, passphrase, views: 2 });

    const recipient = await newPerson(browser);
    await removeSaveFilePicker(recipient.context);
    const { page } = recipient;
    await page.goto(created.link);
    await waitForPage(page, 'A secret is waiting for you');
    expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);

    // A wrong passphrase: the view is spent, but the download grant stays in the tab.
    await page.getByLabel('Passphrase', { exact: true }).fill('violet-heron-71');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await page.getByRole('status').getByText(TEXT.decryptionFailed).waitFor({ timeout: 30_000 });
    await page.getByText('trying again does not use up another view').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForPage(page, 'The files');
    // The text travels first, as message.txt.
    const message = { name: 'message.txt', size: new TextEncoder().encode(text).length };
    await expectListed(page, [message, small, big]);

    await page.getByRole('button', { name: 'Decrypt files' }).click();
    await page.getByRole('link', { name: `Save ${big.name}` }).waitFor({ timeout: 60_000 });
    const hashes: Record<string, string> = {};
    for (const name of [message.name, small.name, big.name]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: `Save ${name}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      hashes[name] = sha256OfFile(await download.path());
    }
    expect(hashes).toEqual({
      [message.name]: sha256Hex(new TextEncoder().encode(text)),
      [small.name]: small.sha256,
      [big.name]: big.sha256,
    });
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([
      `POST /api/secrets/${created.id}/reveal`,
    ]);
    // Two views allowed, one spent.
    expect(await metadataStatus(created.id)).toBe(200);

    await expectNoLeaks([sender, recipient], created.key, [text, passphrase, smallText]);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  }, 180_000);

  it('retries an interrupted download with the same grant, without a second view, and keeps no partial file', async () => {
    const sender = await newPerson(browser);
    const created = await createFilesSecretInPage(sender.page, [big]);
    const recipient = await newPerson(browser);
    await stubSaveFilePicker(recipient.context);
    const { page } = recipient;
    // The first download (reading the file list) and the third (the first save) are cut off.
    let downloads = 0;
    await page.route('**/api/secrets/*/download', async (route) => {
      downloads += 1;
      if (downloads === 1 || downloads === 3) await route.abort('failed');
      else await route.continue();
    });
    await page.goto(created.link);
    await waitForPage(page, 'A secret is waiting for you');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await page.getByRole('status').getByText('Could not reach the Hushlink server').waitFor();
    await page
      .getByText(/The download is held in this tab until .*trying again does not use up another view/)
      .waitFor();
    expect(await metadataStatus(created.id)).toBe(404);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForPage(page, 'The files');

    await page.getByRole('button', { name: `Save ${big.name}` }).click();
    await fileRow(page, big.name).getByText('Not saved: the partial file was discarded.').waitFor();
    await page
      .getByText(/you can try again for \d+ more minutes? \(until .*\) without using up another view/)
      .waitFor();
    // The aborted writable left nothing of the download in the file.
    expect((await opfsFile(page, big.name))?.size ?? 0).toBe(0);

    await page.getByRole('button', { name: `Save ${big.name}` }).click();
    await fileRow(page, big.name)
      .getByText('Saved: decrypted and checked in full.')
      .waitFor({ timeout: 60_000 });
    expect(await opfsFile(page, big.name)).toEqual({ size: big.size, sha256: big.sha256 });
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([
      `POST /api/secrets/${created.id}/reveal`,
    ]);
    expect(downloads).toBe(4);
    await expectNoLeaks([sender, recipient], created.key, []);
    expect(sender.watch.problems()).toEqual([]);
    expect(recipient.watch.problems().filter((problem) => !ABORTED_REQUEST.test(problem))).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  }, 180_000);

  it("refuses files over the instance's limit before uploading, and cancelling an upload revokes it", async () => {
    const sender = await newPerson(browser);
    const { page } = sender;
    // This instance takes 1 GiB; pretend it takes 1 MiB, as the answer of GET /api/instance says.
    await page.route('**/api/instance', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), maxSecretBytes: MiB } });
    });
    await page.goto(`${serverUrl()}/`);
    await page.getByLabel('Files (optional)').setInputFiles([big.path]);
    await page.getByRole('button', { name: `Remove ${big.name}` }).waitFor();
    await page.getByRole('button', { name: 'Create link' }).click();
    await page.getByRole('status').getByText('this Hushlink takes at most 1 MiB per secret').waitFor();
    expect(apiCalls(await sender.recorder.requests())).not.toContain('POST /api/secrets');
    await page.unroute('**/api/instance');

    // Remove works from the keyboard's point of view too: the list empties, focus returns to the file input.
    await page.getByRole('button', { name: `Remove ${big.name}` }).click();
    expect(await page.locator('.file-row').count()).toBe(0);

    // Cancel while the first part is on its way: the half-made secret is revoked with its manage token.
    await page.reload();
    await waitForPage(page, 'Share a secret');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/upload/1', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.getByLabel('Files (optional)').setInputFiles([big.path]);
    const createdResponse = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/api/secrets'),
    );
    await page.getByRole('button', { name: 'Create link' }).click();
    const answer = await createdResponse;
    expect(answer.status()).toBe(201);
    const { id } = (await answer.json()) as { id: string };
    await page
      .getByRole('progressbar', { name: 'Uploading the encrypted files' })
      .waitFor({ timeout: 60_000 });
    // From the keyboard (it needs no animation frame, which a loaded machine may hold back for a while).
    await page.getByRole('button', { name: 'Cancel' }).press('Enter');
    release();
    await page.getByRole('status').getByText('Cancelled. Nothing was shared').waitFor();
    await expect.poll(() => metadataStatus(id)).toBe(404);
    expect(apiCalls(await sender.recorder.requests())).toContain(`DELETE /api/secrets/${id}`);
    await sender.context.close();
  }, 120_000);

  it('still shares a text secret inline, as before', async () => {
    const plaintext = `only text ${Date.now()}`;
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text: plaintext });
    expect(apiCalls(await sender.recorder.requests())).toEqual(['GET /api/instance', 'POST /api/secrets']);
    const recipient = await newPerson(browser);
    await recipient.page.goto(created.link);
    await waitForPage(recipient.page, 'A secret is waiting for you');
    await recipient.page.getByRole('button', { name: 'Reveal' }).click();
    await waitForPage(recipient.page, 'The secret');
    expect(await recipient.page.locator('#revealed-secret').textContent()).toBe(plaintext);
    expect(
      apiCalls(await recipient.recorder.requests()).filter((call) => call.includes('/download')),
    ).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });
});
