import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { createSecretInPage, metadataStatus, TEXT, waitForHeading } from './support/flows.ts';
import { apiCalls, findLeaks } from './support/request-recorder.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a secret with a passphrase', () => {
  it('survives wrong passphrases after the view is spent, and opens with the right one', async () => {
    const plaintext = `AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCY${Date.now()}`;
    const passphrase = 'tangerine-octopus-42';
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text: plaintext, passphrase });
    expect(await sender.page.getByText('Send the passphrase by another channel').count()).toBeGreaterThan(0);

    const recipient = await newPerson(browser);
    const { page } = recipient;
    await page.goto(created.link);
    await waitForHeading(page, 'A secret is waiting for you');
    expect(await page.locator('dt:has-text("Passphrase") + dd').textContent()).toBe('Required');
    const field = page.getByLabel('Passphrase', { exact: true });
    const reveal = page.getByRole('button', { name: 'Reveal' });
    const status = page.getByRole('status');

    // No passphrase: asked for one, and nothing is sent.
    await reveal.click();
    await status.getByText('Enter the passphrase first').waitFor();
    expect(apiCalls(await recipient.recorder.requests())).not.toContain(
      `POST /api/secrets/${created.id}/reveal`,
    );

    // A wrong passphrase spends the (only) view, but the envelope stays in the tab.
    await field.fill('tangerine-octopus-24');
    await reveal.click();
    await status.getByText(TEXT.decryptionFailed).waitFor({ timeout: 30_000 });
    expect(await metadataStatus(created.id)).toBe(404);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(await page.getByText('trying again does not use up another view').count()).toBe(1);

    // And again wrong: the same clear message after a fresh attempt, still no second request. Every text the
    // status takes is recorded, so the old message cannot be mistaken for the new one.
    await page.evaluate(() => {
      const region = document.querySelector('[role="status"]');
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      if (region) {
        new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
    });
    await field.fill('Tangerine-octopus-42');
    await reveal.click();
    await page.waitForFunction(
      (failed) => {
        const seen = (window as unknown as { statusTexts: string[] }).statusTexts;
        return seen.some((text) => text.startsWith('Decrypting')) && seen.at(-1) === failed;
      },
      TEXT.decryptionFailed,
      { timeout: 30_000 },
    );

    await field.fill(passphrase);
    await reveal.click();
    await waitForHeading(page, 'The secret');
    expect(await page.locator('#revealed-secret').textContent()).toBe(plaintext);

    const recipientCalls = apiCalls(await recipient.recorder.requests());
    expect(recipientCalls.filter((call) => call.endsWith('/reveal'))).toHaveLength(1);
    const sent = [...(await sender.recorder.requests()), ...(await recipient.recorder.requests())];
    expect(
      findLeaks(sent, [
        { name: 'the passphrase', value: passphrase },
        { name: 'a wrong passphrase', value: 'tangerine-octopus-24' },
        { name: 'the link key', value: created.key },
        { name: 'the plaintext', value: plaintext },
        { name: 'the manage token', value: created.manageToken },
      ]),
    ).toEqual([]);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });
});
