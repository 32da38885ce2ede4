import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { waitForHeading } from './support/flows.ts';
import { queryD1, seedInviter } from './support/local-d1.ts';
import { type Holder, joinAs } from './support/sealing-flows.ts';
import { stepUps } from './support/step-up-flows.ts';

// The admin page's audit trail for a SIEM: the export downloads a file, and the audit webhook shows its signing
// secret once. The admin joins with an invite from an admin seeded in D1 (like sessions-and-step-up.test.ts).

let browser: Browser;
let admin: Holder;

beforeAll(async () => {
  browser = await launchBrowser();
  const inviter = seedInviter(`auditadmin${randomBytes(3).toString('hex')}`);
  admin = await joinAs(browser, inviter, `auditor${randomBytes(3).toString('hex')}`, 'Audrey Auditor', {
    prf: false,
  });
  queryD1(`UPDATE users SET role = 'admin' WHERE name = '${admin.name}'`);
});
afterAll(async () => {
  await browser?.close();
});

describe('the audit trail on the admin page', () => {
  it('exports the last 30 days as CSV, a download that lists the admin’s own sign-up and the export itself', async () => {
    const page = admin.page;
    await page.goto(`${serverUrl()}/admin`);
    await waitForHeading(page, 'Admin');
    const form = page.getByRole('form', { name: 'Export for a SIEM' });
    await form.getByLabel('Format').selectOption('csv');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hushlink-audit-\d{8}T\d{6}Z-\d{8}T\d{6}Z\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('id,at,event,actorId,actorName,ip,userAgent,targetType,targetId,detail');
    expect(lines.some((line) => line.includes(',invite.used,') && line.includes(admin.name))).toBe(true);
    expect(lines.some((line) => line.includes(',audit.exported,') && line.includes(admin.name))).toBe(true);
  });

  it('sets the audit webhook after a passkey check, shows its secret once, and stops it', async () => {
    const page = admin.page;
    await page.goto(`${serverUrl()}/admin`);
    await waitForHeading(page, 'Admin');
    const section = page.getByRole('region', { name: 'Audit webhook' });
    await section.getByText('No audit webhook is set.').waitFor();
    const before = stepUps(await admin.recorder.requests());
    await section.getByLabel('Webhook address').fill('https://siem.invalid/hooks/hushlink');
    await section.getByRole('button', { name: 'Save webhook' }).click();
    const secret = section.getByLabel('Signing secret');
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(stepUps(await admin.recorder.requests())).toBe(before + 1);
    await section.getByText('https://siem.invalid/hooks/hushlink').waitFor();

    // Shown once: after a reload the page has the address, never the secret.
    const shown = await secret.inputValue();
    await page.reload();
    await waitForHeading(page, 'Admin');
    await section.getByText('https://siem.invalid/hooks/hushlink').waitFor();
    expect(await section.getByLabel('Signing secret').count()).toBe(0);
    expect(await page.content()).not.toContain(shown);

    await section.getByRole('button', { name: 'Stop sending' }).click();
    await section.getByText('No audit webhook is set.').waitFor();
    expect(queryD1('SELECT id FROM audit_webhooks')).toEqual([]);
  });
});
