import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { type CliHome, cliHome, type HushlinkRun, runHushlink } from './support/cli.ts';
import { serverUrl } from './support/environment.ts';
import {
  createFilesSecretInPage,
  opfsFile,
  randomContent,
  sha256OfFile,
  stubSaveFilePicker,
  type TestFile,
  type TestFolder,
  testFolder,
} from './support/files.ts';
import { createSecretInPage, metadataStatus, splitLink } from './support/flows.ts';
import { apiCalls } from './support/request-recorder.ts';

// The browser interop: a secret made by the `hushlink` CLI opens in Chromium, and one made in Chromium
// opens with `hushlink get`, for a text and for files, with and without a passphrase.

const MiB = 1024 * 1024;

let browser: Browser;
let folder: TestFolder;
let home: CliHome;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = testFolder();
  home = cliHome();
});
afterAll(async () => {
  await browser?.close();
  folder?.remove();
  home?.remove();
});

/** `hushlink ARGS --server URL` of the server under test (never `HUSHLINK_SERVER`). */
function hushlink(
  args: readonly string[],
  options: { input?: string; passphrase?: string } = {},
): Promise<HushlinkRun> {
  return runHushlink([...args, '--server', serverUrl()], home, {
    ...(options.input === undefined ? {} : { input: options.input }),
    env: options.passphrase === undefined ? {} : { HUSHLINK_PASSPHRASE: options.passphrase },
    timeoutMs: 120_000,
  });
}

/** The link `hushlink share` printed: exactly one `/s/` link of this server on stdout, the manage link on stderr. */
function sharedLink(run: HushlinkRun): { link: string; id: string } {
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^\S+\n$/);
  const link = run.stdout.trimEnd();
  const { id } = splitLink(link, 's');
  const manage = /^Manage link \(keep it to revoke the secret\): (\S+)\n$/.exec(run.stderr);
  expect(manage, run.stderr).not.toBeNull();
  expect(splitLink(manage?.[1] ?? '', 'm').id).toBe(id);
  return { link, id };
}

/** Waits for the page's `<h1>`, patiently: libsodium compiles and megabytes move on a machine that may be busy. */
async function waitForPage(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 60_000 });
}

/** The list row of a file on the reveal page, found by its name. */
function fileRow(page: Page, name: string) {
  return page.locator('.file-row').filter({ has: page.locator('.file-name', { hasText: name }) });
}

/** A fresh empty folder for `hushlink get -o DIR`, inside the CLI's temporary HOME. */
function outputFolder(): string {
  return mkdtempSync(join(home.home, 'out-'));
}

describe('the hushlink CLI and the browser open each other’s secrets', () => {
  it('a text shared by the CLI from stdin reveals in the browser exactly', async () => {
    const text = `CLI → browser ✓ 🔑 ${Date.now()}\n  indented line\tand a tab\n`;
    const shared = await hushlink(['share'], { input: text });
    const { link, id } = sharedLink(shared);

    const recipient = await newPerson(browser);
    const { page } = recipient;
    await page.goto(link);
    await waitForPage(page, 'A secret is waiting for you');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForPage(page, 'The secret');
    expect(await page.locator('#revealed-secret').textContent()).toBe(text);
    // A text travels inline: nothing was downloaded; the one view is spent.
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([`POST /api/secrets/${id}/reveal`]);
    expect(calls.filter((call) => call.endsWith('/download'))).toEqual([]);
    expect(await metadataStatus(id)).toBe(404);
    expect(recipient.watch.problems()).toEqual([]);
    await recipient.context.close();
  }, 180_000);

  it('files shared by the CLI with a passphrase open in the browser and save byte for byte', async () => {
    const passphrase = `ünïcode pass ${Date.now()}`;
    const binary = folder.write('a.bin', randomContent(MiB + 4321));
    const notes = folder.write('b ✓.txt', new TextEncoder().encode('user=ops\npass=grüße\n'));
    const shared = await hushlink(['share', binary.path, notes.path, '--passphrase'], { passphrase });
    const { link, id } = sharedLink(shared);

    const recipient = await newPerson(browser);
    await stubSaveFilePicker(recipient.context);
    const { page } = recipient;
    await page.goto(link);
    await waitForPage(page, 'A secret is waiting for you');
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForPage(page, 'The files');
    expect(await page.locator('.file-row .file-name').allTextContents()).toEqual([binary.name, notes.name]);
    for (const file of [binary, notes]) {
      expect(await fileRow(page, file.name).textContent()).toContain(
        `${file.size.toLocaleString('en-US')} bytes`,
      );
    }

    for (const file of [binary, notes]) {
      await page.getByRole('button', { name: `Save ${file.name}` }).click();
      await fileRow(page, file.name)
        .getByText('Saved: decrypted and checked in full.')
        .waitFor({ timeout: 60_000 });
      expect(await opfsFile(page, file.name)).toEqual({ size: file.size, sha256: file.sha256 });
    }
    expect(
      await page.evaluate(() => (window as unknown as { suggestedNames: string[] }).suggestedNames),
    ).toEqual([binary.name, notes.name]);
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([`POST /api/secrets/${id}/reveal`]);
    expect(await metadataStatus(id)).toBe(404);
    expect(recipient.watch.problems()).toEqual([]);
    await recipient.context.close();
  }, 180_000);

  it('a text with a passphrase made in the browser prints exactly with hushlink get', async () => {
    const text = `browser → CLI ✓ ${Date.now()}\nsecond line, no final newline`;
    const passphrase = 'violet heron 17 ✓';
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text, passphrase });

    // Without the passphrase nothing is revealed: the CLI refuses before the view (it cannot prompt here).
    const without = await hushlink(['get', created.link]);
    expect(without.code).toBe(1);
    expect(without.stdout).toBe('');
    expect(await metadataStatus(created.id)).toBe(200);

    const run = await hushlink(['get', created.link], { passphrase });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(text);
    expect(run.stderr).toBe('');
    // One view: it is gone for the next get.
    const again = await hushlink(['get', created.link], { passphrase });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(sender.watch.problems()).toEqual([]);
    await sender.context.close();
  }, 180_000);

  it('files uploaded from the browser in two parts save byte for byte with hushlink get -o DIR --json', async () => {
    const big: TestFile = folder.write('backup-2026.bin', randomContent(9 * MiB + 512 * 1024 + 77));
    const small: TestFile = folder.write(
      'Zugangsdaten – Grüße.txt',
      new TextEncoder().encode(`user=ops\npass=hunter-${Date.now()}\n`),
    );
    const sender = await newPerson(browser);
    const created = await createFilesSecretInPage(sender.page, [big, small]);
    // The big file alone is over one 8 MiB part: the envelope went up in two.
    expect(apiCalls(await sender.recorder.requests())).toEqual([
      'GET /api/instance',
      'POST /api/secrets',
      `PUT /api/secrets/${created.id}/upload/1`,
      `PUT /api/secrets/${created.id}/upload/2`,
      `POST /api/secrets/${created.id}/upload/complete`,
    ]);

    const out = outputFolder();
    try {
      const run = await hushlink(['get', created.link, '-o', out, '--json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({
        files: [
          {
            name: big.name,
            type: 'application/octet-stream',
            size: big.size,
            path: join(out, big.name),
            sha256: big.sha256,
          },
          {
            name: small.name,
            type: 'text/plain',
            size: small.size,
            path: join(out, small.name),
            sha256: small.sha256,
          },
        ],
        viewsLeft: 0,
      });
      // Exactly the two files, no partial file left beside them, each with the original's hash.
      expect(readdirSync(out).sort()).toEqual([big.name, small.name].sort());
      expect(sha256OfFile(join(out, big.name))).toBe(big.sha256);
      expect(sha256OfFile(join(out, small.name))).toBe(small.sha256);
      expect(await metadataStatus(created.id)).toBe(404);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(sender.watch.problems()).toEqual([]);
    await sender.context.close();
  }, 240_000);
});
