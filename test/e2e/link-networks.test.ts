import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { splitLink, waitForHeading } from './support/flows.ts';
import { refusedElsewhere, revealFrom } from './support/network-flows.ts';
import { apiCalls } from './support/request-recorder.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a link for the office only', () => {
  it('is refused to a reader outside the ranges the sender typed, consuming nothing, and opens inside', async () => {
    const plaintext = `office wifi: ${Date.now()}`;
    const sender = await newPerson(browser);
    await sender.page.goto(`${serverUrl()}/`);
    await sender.page.getByRole('textbox', { name: 'Secret', exact: true }).fill(plaintext);
    const networks = sender.page.getByLabel('Only from these networks (optional)');

    // A range the server would refuse is caught on the page, naming it, and nothing is sent.
    await networks.fill('192.0.2.0/33');
    await sender.page.getByRole('button', { name: 'Create link' }).click();
    await sender.page.getByText('“192.0.2.0/33”', { exact: false }).waitFor();
    expect(apiCalls(await sender.recorder.requests())).not.toContain('POST /api/secrets');

    await networks.fill('192.0.2.0/24, 2001:db8::/32');
    await sender.page.getByRole('button', { name: 'Create link' }).click();
    await waitForHeading(sender.page, 'Your link is ready');
    const link = await sender.page.getByRole('textbox', { name: 'Secret link' }).inputValue();
    const { id } = splitLink(link, 's');

    const { reader: outsider, notice, reveal } = await refusedElsewhere(browser, link);
    expect(notice).not.toMatch(/192\.0\.2|2001:db8/);
    expect(reveal).toBe(0);

    const { reader: insider, text } = await revealFrom(browser, link, '192.0.2.10');
    expect(text).toBe(plaintext);

    expect(apiCalls(await outsider.recorder.requests())).toEqual([`GET /api/secrets/${id}`]);
    expect([...sender.watch.problems(), ...outsider.watch.problems(), ...insider.watch.problems()]).toEqual(
      [],
    );
  });
});
