import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { createSecretInPage, waitForHeading } from './support/flows.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a>';

describe('plaintext that looks like markup', () => {
  it('is shown as literal text: no element, no dialog, no CSP or Trusted Types violation', async () => {
    const sender = await newPerson(browser);
    const created = await createSecretInPage(sender.page, { text: MARKUP });
    const recipient = await newPerson(browser);
    const { page } = recipient;
    await page.goto(created.link);
    await page.getByRole('button', { name: 'Reveal' }).click();
    await waitForHeading(page, 'The secret');
    const shown = page.locator('#revealed-secret');
    expect(await shown.textContent()).toBe(MARKUP);
    expect(await shown.evaluate((element) => element.childElementCount)).toBe(0);
    expect(
      await page.evaluate(
        () => document.querySelectorAll('img, main script, main a[href^="javascript"]').length,
      ),
    ).toBe(0);
    // Give an injected handler every chance to run before concluding that none did.
    await page.waitForTimeout(500);
    expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
    await sender.context.close();
    await recipient.context.close();
  });

  it('would be caught: the watcher sees a Trusted Types violation when markup is forced into the page', async () => {
    const person = await newPerson(browser);
    await person.page.goto(`${serverUrl()}/`);
    await waitForHeading(person.page, 'Share a secret');
    const outcome = await person.page.evaluate(() => {
      try {
        document.body.innerHTML = '<img src=x onerror=alert(1)>';
        return 'markup was parsed';
      } catch (error) {
        return error instanceof TypeError ? 'TypeError' : String(error);
      }
    });
    expect(outcome).toBe('TypeError');
    await person.page.waitForTimeout(200);
    expect(person.watch.problems().some((problem) => problem.includes('require-trusted-types-for'))).toBe(
      true,
    );
    await person.context.close();
  });
});
