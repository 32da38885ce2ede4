import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { splitLink, waitForHeading } from './support/flows.ts';
import { queryD1, seedInviter } from './support/local-d1.ts';
import { refusedElsewhere, revealFrom } from './support/network-flows.ts';
import { apiCalls } from './support/request-recorder.ts';
import { joinAs } from './support/sealing-flows.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a link for a named network', () => {
  it('an admin names the office network, a sender picks it on the create page, and only the office opens it', async () => {
    const suffix = randomBytes(3).toString('hex');
    const network = `Office ${suffix}`;
    // A person who joins, then is made an admin the way an operator could (this file must not depend on being the
    // first account). The role is read on every request, so the open session is an admin's at once.
    const admin = await joinAs(
      browser,
      seedInviter(`netinviter${suffix}`),
      `netadmin${suffix}`,
      'Net Admin',
      {
        prf: false,
      },
    );
    queryD1(`UPDATE users SET role = 'admin' WHERE name = 'netadmin${suffix}'`);

    // ---- Admin → Networks: add it; a bad range is refused naming the field, and nothing is added. ----
    await admin.page.goto(`${serverUrl()}/admin`);
    await waitForHeading(admin.page, 'Admin');
    const section = admin.page.getByRole('region', { name: 'Networks' });
    await section.getByLabel('Network name').fill(network);
    await section.getByLabel('Addresses or ranges').fill('0.0.0.0/0');
    await section.getByRole('button', { name: 'Add network' }).click();
    await section.getByRole('status').filter({ hasText: 'ranges.0' }).waitFor();
    expect(queryD1(`SELECT count(*) AS n FROM networks WHERE name = '${network}'`)).toEqual([{ n: 0 }]);
    await section.getByLabel('Addresses or ranges').fill('192.0.2.0/24');
    await section.getByRole('button', { name: 'Add network' }).click();
    await section.locator(`[data-network="${network}"]`).getByText('192.0.2.0/24').waitFor();
    expect(queryD1(`SELECT ranges FROM networks WHERE name = '${network}'`)).toEqual([
      { ranges: '["192.0.2.0/24"]' },
    ]);

    // ---- The create page offers it by name; the link keeps its range. ----
    const plaintext = `door code ${suffix}`;
    await admin.page.goto(`${serverUrl()}/`);
    await admin.page.getByRole('textbox', { name: 'Secret', exact: true }).fill(plaintext);
    await admin.page.getByRole('checkbox', { name: network, exact: true }).check();
    await admin.page.getByRole('button', { name: 'Create link' }).click();
    await waitForHeading(admin.page, 'Your link is ready');
    const link = await admin.page.getByRole('textbox', { name: 'Secret link' }).inputValue();
    const { id } = splitLink(link, 's');
    expect(queryD1(`SELECT allowed_ranges, allowed_networks FROM secrets WHERE id = '${id}'`)).toEqual([
      { allowed_ranges: '["192.0.2.0/24"]', allowed_networks: JSON.stringify([network]) },
    ]);

    // ---- A reader outside sees the refusal, which names no range, and nothing is used up. ----
    const { reader: outsider, notice, reveal } = await refusedElsewhere(browser, link);
    expect(notice).not.toMatch(/192\.0\.2|Office/);
    expect(reveal).toBe(0);
    expect(apiCalls(await outsider.recorder.requests())).toEqual([`GET /api/secrets/${id}`]);

    // ---- In the office it opens. ----
    const { reader: insider, text } = await revealFrom(browser, link, '192.0.2.10');
    expect(text).toBe(plaintext);

    // ---- My links names the network and the range kept. ----
    await admin.page.goto(`${serverUrl()}/links`);
    await admin.page
      .locator(`tr[data-secret-id="${id}"]`)
      .getByText(`Only from ${network}: 192.0.2.0/24`)
      .waitFor();
    expect([...admin.watch.problems(), ...outsider.watch.problems(), ...insider.watch.problems()]).toEqual(
      [],
    );
  });
});
