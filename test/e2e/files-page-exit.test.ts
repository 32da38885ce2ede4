import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson, type Person } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { randomContent, type TestFile, type TestFolder, testFolder } from './support/files.ts';
import { apiCalls } from './support/request-recorder.ts';

const MiB = 1024 * 1024;

let browser: Browser;
let folder: TestFolder;
/** Over one 8 MiB part, so the envelope goes up in two parts. */
let big: TestFile;
let small: TestFile;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = testFolder();
  big = folder.write('half-sent.bin', randomContent(9 * MiB));
  small = folder.write('sent.txt', new TextEncoder().encode(`all of it ${Date.now()}\n`));
});
afterAll(async () => {
  await browser?.close();
  folder?.remove();
});

/**
 * What the server says to completing an upload with its manage token, as `status code`: `409 upload_incomplete`
 * while the upload is under way with parts missing, `404 not_found` once the secret is revoked. (Its metadata
 * cannot tell the two apart: an upload is not served before it completes.)
 */
async function completeAnswer(id: string, manageToken: string): Promise<string> {
  const response = await fetch(`${serverUrl()}/api/secrets/${id}/upload/complete`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${manageToken}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  const body = (await response.json()) as { error?: { code: string } };
  return `${response.status} ${body.error?.code ?? 'completed'}`;
}

/** Opens the create page and shares `file`, answering with the created secret's id and manage token. */
async function startSharing(page: Page, file: TestFile): Promise<{ id: string; manageToken: string }> {
  await page.goto(`${serverUrl()}/`);
  await page.getByLabel('Files (optional)').setInputFiles([file.path]);
  const createdResponse = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/api/secrets'),
  );
  await page.getByRole('button', { name: 'Create link' }).click();
  const answer = await createdResponse;
  expect(answer.status()).toBe(201);
  return (await answer.json()) as { id: string; manageToken: string };
}

/**
 * Shares the big file with its first part never answered, so the upload is certainly under way, and cannot
 * finish, when the page goes; checks that the server holds it as incomplete (the positive control).
 */
async function stuckUpload(page: Page): Promise<{ id: string; manageToken: string }> {
  // The parts leave from the file worker, whose requests the route sees (the page's request events do not).
  let partSent: () => void = () => undefined;
  const firstPart = new Promise<void>((resolve) => {
    partSent = resolve;
  });
  await page.route('**/upload/1', () => partSent());
  const created = await startSharing(page, big);
  await firstPart;
  expect(await completeAnswer(created.id, created.manageToken)).toBe('409 upload_incomplete');
  return created;
}

/**
 * Fires the page's `pagehide` listeners (as leaving the page does, but with the page still alive to watch), then
 * sends one more request, and answers the page's API calls up to that one. A listener's request is sent
 * synchronously within the event, so it is recorded before the sentinel whenever it is sent at all.
 */
async function pageHideThenSentinel(person: Person): Promise<string[]> {
  await person.page.evaluate(async () => {
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await (await fetch('/api/instance?sentinel')).arrayBuffer();
  });
  const requests = await person.recorder.requests();
  expect(requests.some((request) => request.url.endsWith('/api/instance?sentinel'))).toBe(true);
  return apiCalls(requests);
}

describe('a tab that goes away while files upload', () => {
  it('closed mid-upload: the half-made secret is revoked by the page’s last request', async () => {
    const sender = await newPerson(browser);
    const { id, manageToken } = await stuckUpload(sender.page);
    await sender.page.close();
    // The keepalive DELETE leaves with the page: only the server's state can say when it has arrived.
    await expect.poll(() => completeAnswer(id, manageToken), { timeout: 30_000 }).toBe('404 not_found');
    await sender.context.close();
  }, 120_000);

  it('a pagehide mid-upload sends the DELETE at once, and the secret is revoked', async () => {
    const sender = await newPerson(browser);
    const { id, manageToken } = await stuckUpload(sender.page);
    const deleted = sender.page.waitForResponse((response) => response.request().method() === 'DELETE');
    expect(await pageHideThenSentinel(sender)).toContain(`DELETE /api/secrets/${id}`);
    expect((await deleted).status()).toBe(204);
    expect(await completeAnswer(id, manageToken)).toBe('404 not_found');
    await sender.context.close();
  }, 120_000);

  it('a pagehide after the upload completed sends nothing: the secret stays', async () => {
    const sender = await newPerson(browser);
    const { page } = sender;
    const { id, manageToken } = await startSharing(page, small);
    await page.getByRole('heading', { level: 1, name: 'Your link is ready' }).waitFor({ timeout: 60_000 });
    expect(await pageHideThenSentinel(sender)).not.toContain(`DELETE /api/secrets/${id}`);
    // Completing again is idempotent for a secret that exists; a revoked one would answer 404.
    expect(await completeAnswer(id, manageToken)).toBe('200 completed');
    await sender.context.close();
  }, 120_000);
});
