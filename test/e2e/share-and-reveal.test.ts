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

describe('sharing a secret with another person', () => {
  it('reveals it once, in another browser, without the key, plaintext or token ever reaching the network', async () => {
    const plaintext = `db-password: c0rrect horse battery staple ${Date.now()}\nsecond line`;
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text: plaintext, expiry: '1 day', views: 1 });
    expect(await sender.page.getByText('1 day', { exact: false }).count()).toBeGreaterThan(0);

    const recipient = await newPerson(browser);
    const { page } = recipient;
    await page.goto(created.link);
    await waitForHeading(page, 'A secret is waiting for you');
    expect(await page.locator('dt:has-text("Views left") + dd').textContent()).toBe('1');
    expect(await page.getByText('Revealing uses up a view').count()).toBe(1);

    // Opening the link consumed nothing: reloading still shows the secret waiting, and the API agrees.
    await page.reload();
    await waitForHeading(page, 'A secret is waiting for you');
    expect(await metadataStatus(created.id)).toBe(200);

    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(page, 'The secret');
    const shown = page.locator('#revealed-secret');
    expect(await shown.textContent()).toBe(plaintext);
    expect(await shown.evaluate((element) => element.children.length)).toBe(0);
    // Focus moved to the result heading; the key left the address bar and the history entry once the secret was
    // on screen (the next frame).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The secret');
    await expect.poll(() => page.url()).toBe(`${new URL(created.link).origin}/s/${created.id}`);
    expect(await page.evaluate(() => location.hash)).toBe('');

    // Hide and Show toggle the plaintext's visibility.
    await page.getByRole('button', { name: 'Hide' }).click();
    expect(await shown.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show' }).click();
    expect(await shown.isVisible()).toBe(true);

    // One view: it is gone now, on reload and through the full link alike.
    await page.reload();
    expect(await waitForNotice(page, TEXT.gone)).toBe(TEXT.gone);
    await page.goto('about:blank');
    await page.goto(created.link);
    expect(await waitForNotice(page, TEXT.gone)).toBe(TEXT.gone);
    expect(await metadataStatus(created.id)).toBe(404);

    const sent = [...(await sender.recorder.requests()), ...(await recipient.recorder.requests())];
    // Signed out, the create page asks what the instance allows (anonymous links); no one asks who the sender is.
    expect(apiCalls(await sender.recorder.requests())).toEqual(['GET /api/instance', 'POST /api/secrets']);
    // Two looks, one reveal, then two looks that found it gone: nothing else touched the API.
    expect(apiCalls(await recipient.recorder.requests())).toEqual([
      `GET /api/secrets/${created.id}`,
      `GET /api/secrets/${created.id}`,
      `POST /api/secrets/${created.id}/reveal`,
      `GET /api/secrets/${created.id}`,
      `GET /api/secrets/${created.id}`,
    ]);
    // Positive control: the recorder does see bodies, so the absence of the secrets below means something.
    expect(sent.some((request) => request.body.includes('"claim"'))).toBe(true);
    expect(
      findLeaks(sent, [
        { name: 'the link key', value: created.key },
        { name: 'the plaintext', value: plaintext },
        { name: 'the plaintext', value: 'c0rrect horse battery staple' },
        { name: 'the manage token', value: created.manageToken },
      ]),
    ).toEqual([]);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });
});
