import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { createSecretInPage, metadataStatus, TEXT, waitForHeading, waitForNotice } from './support/flows.ts';
import { apiCalls, findLeaks } from './support/request-recorder.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the manage link', () => {
  it('shows the status and revokes after a confirmation, after which the link says gone', async () => {
    const plaintext = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 revoke-me-${Date.now()}`;
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text: plaintext, views: 3 });
    const { page } = sender;

    await page.goto(created.manageLink);
    await waitForHeading(page, 'Manage your secret');
    expect(await page.locator('dt:has-text("Views left") + dd').textContent()).toBe('3');
    expect(await page.locator('dt:has-text("Status") + dd').textContent()).toBe('Waiting');

    // The first press only asks; Cancel sends nothing.
    await page.getByRole('button', { name: 'Revoke now' }).click();
    await page.getByText('Revoke this secret?').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-question');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Revoke now' }).waitFor();
    expect(apiCalls(await sender.recorder.requests()).some((call) => call.startsWith('DELETE'))).toBe(false);
    expect(await metadataStatus(created.id)).toBe(200);

    await page.getByRole('button', { name: 'Revoke now' }).click();
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await waitForHeading(page, 'Revoked');
    expect(await waitForNotice(page, 'The secret is revoked')).toContain('link no longer works');
    expect(await metadataStatus(created.id)).toBe(404);

    const recipient = await newPerson(browser);
    await recipient.page.goto(created.link);
    expect(await waitForNotice(recipient.page, TEXT.gone)).toBe(TEXT.gone);
    await page.reload();
    expect(await waitForNotice(page, TEXT.gone)).toBe(TEXT.gone);

    const sent = [...(await sender.recorder.requests()), ...(await recipient.recorder.requests())];
    const deletes = sent.filter((request) => request.method === 'DELETE');
    expect(deletes.map((request) => new URL(request.url).pathname)).toEqual([`/api/secrets/${created.id}`]);
    expect(deletes[0]?.headers.authorization).toBe(`Bearer ${created.manageToken}`);
    expect(
      findLeaks(sent, [
        {
          name: 'the manage token',
          value: created.manageToken,
          allowedIn: (request, header) => request.method === 'DELETE' && header === 'authorization',
        },
        { name: 'the link key', value: created.key },
        { name: 'the plaintext', value: plaintext },
      ]),
    ).toEqual([]);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });
});
