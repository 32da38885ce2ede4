import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { createSecretInPage, metadataStatus, TEXT, waitForHeading, waitForNotice } from './support/flows.ts';
import { apiCalls } from './support/request-recorder.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('links that are damaged, incomplete or unknown', () => {
  it('says the link is incomplete, never sends a reveal, and leaves the secret untouched', async () => {
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text: `bad-links ${Date.now()}` });
    const recipient = await newPerson(browser);
    const { page } = recipient;
    const base = `${serverUrl()}/s/${created.id}`;
    const damaged = [
      base,
      `${base}#`,
      `${base}#garbled`,
      `${base}#${created.key.slice(0, 40)}`,
      `${base}#${created.key}A`,
      `${base}#${created.key.slice(0, 20)}!${created.key.slice(21)}`,
    ];
    for (const link of damaged) {
      await page.goto('about:blank');
      await page.goto(link);
      expect(await waitForNotice(page, TEXT.incomplete), link).toBe(TEXT.incomplete);
    }
    const calls = apiCalls(await recipient.recorder.requests());
    expect(calls.filter((call) => call.endsWith('/reveal'))).toEqual([]);
    expect(await metadataStatus(created.id)).toBe(200);

    // A well-formed key that is not this secret's: the server refuses the claim and consumes nothing.
    await page.goto('about:blank');
    await page.goto(`${base}#${randomBytes(32).toString('base64url')}`);
    await waitForHeading(page, 'A secret is waiting for you');
    await page.getByRole('button', { name: 'Reveal' }).click();
    expect(await waitForNotice(page, TEXT.incomplete)).toBe(TEXT.incomplete);
    expect(await metadataStatus(created.id)).toBe(200);

    // The real link still works after all that.
    await page.goto('about:blank');
    await page.goto(created.link);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(page, 'The secret');
    expect(await page.locator('#revealed-secret').textContent()).toMatch(/^bad-links \d+$/);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });

  it('says gone for an unknown id, damaged for a malformed one, and not found elsewhere', async () => {
    const person = await newPerson(browser);
    const { page } = person;
    const key = randomBytes(32).toString('base64url');
    const unknownId = randomBytes(16).toString('base64url');
    await page.goto(`${serverUrl()}/s/${unknownId}#${key}`);
    expect(await waitForNotice(page, TEXT.gone)).toBe(TEXT.gone);
    expect(apiCalls(await person.recorder.requests())).toEqual([`GET /api/secrets/${unknownId}`]);

    await page.goto(`${serverUrl()}/s/not-an-id#${key}`);
    await waitForHeading(page, 'This link is damaged');
    await page.goto(`${serverUrl()}/m/${unknownId}`);
    await waitForHeading(page, 'This manage link is incomplete');
    await page.goto('about:blank');
    await page.goto(`${serverUrl()}/m/${unknownId}#${key}`);
    expect(await waitForNotice(page, TEXT.gone)).toBe(TEXT.gone);
    await page.goto(`${serverUrl()}/no/such/page`);
    await waitForHeading(page, 'Page not found');
    expect(apiCalls(await person.recorder.requests()).filter((call) => call.endsWith('/reveal'))).toEqual([]);
    expect(person.watch.problems()).toEqual([]);
    await person.context.close();
  });
});
