import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { createSecretInPage, waitForHeading } from './support/flows.ts';

/** Screenshots for a person to look at; the tests assert the colours, not the pixels. */
const SCREENSHOTS = join(tmpdir(), 'hushlink-e2e-screenshots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function colours(page: Page): Promise<{ background: string; text: string; scheme: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    const scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
    return { background: style.backgroundColor, text: style.color, scheme };
  });
}

describe('light and dark', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`follows prefers-color-scheme: ${colorScheme}`, async () => {
      const viewport = { width: 1000, height: 900 };
      const sender = await newPerson(browser, { colorScheme, viewport });
      await sender.page.goto(`${serverUrl()}/`);
      await waitForHeading(sender.page, 'Share a secret');
      const seen = await colours(sender.page);
      expect(seen.scheme).toBe('light dark');
      expect(seen).toMatchObject(
        colorScheme === 'light'
          ? { background: 'rgb(245, 246, 244)', text: 'rgb(28, 35, 33)' }
          : { background: 'rgb(18, 23, 21)', text: 'rgb(228, 234, 231)' },
      );
      await sender.page.screenshot({ path: join(SCREENSHOTS, `create-${colorScheme}.png`), fullPage: true });
      const text = 'postgres://app:s3cr3t@db.internal:5432/prod';
      const created = await createSecretInPage(
        sender.page,
        colorScheme === 'dark' ? { text, views: 2, passphrase: 'screenshot' } : { text, views: 2 },
      );
      await sender.page.getByRole('img', { name: 'QR code of the secret link' }).waitFor();
      await sender.page.screenshot({ path: join(SCREENSHOTS, `created-${colorScheme}.png`), fullPage: true });

      const recipient = await newPerson(browser, { colorScheme, viewport });
      await recipient.page.goto(created.link);
      await waitForHeading(recipient.page, 'A secret is waiting for you');
      await recipient.page.screenshot({
        path: join(SCREENSHOTS, `waiting-${colorScheme}.png`),
        fullPage: true,
      });
      if (colorScheme === 'dark')
        await recipient.page.getByLabel('Passphrase', { exact: true }).fill('screenshot');
      await recipient.page.getByRole('button', { name: 'Reveal' }).click();
      await waitForHeading(recipient.page, 'The secret');
      await recipient.page.screenshot({
        path: join(SCREENSHOTS, `revealed-${colorScheme}.png`),
        fullPage: true,
      });
      await sender.page.goto(created.manageLink);
      await sender.page.getByRole('button', { name: 'Revoke now' }).click();
      await sender.page.screenshot({ path: join(SCREENSHOTS, `manage-${colorScheme}.png`), fullPage: true });
      expect([...sender.watch.problems(), ...recipient.watch.problems()]).toEqual([]);
      await sender.context.close();
      await recipient.context.close();
    });
  }
});
