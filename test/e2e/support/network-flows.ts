import type { Browser } from 'playwright-core';
import { newPerson, type Person } from './browser.ts';
import { waitForHeading, waitForNotice } from './flows.ts';

/**
 * A reader at `ip` (sent as `CF-Connecting-IP`, which `wrangler dev` passes on as Cloudflare would) opens `link`
 * and presses Reveal; returns them and the secret the page shows.
 */
export async function revealFrom(
  browser: Browser,
  link: string,
  ip: string,
): Promise<{ reader: Person; text: string | null }> {
  const reader = await newPerson(browser, { extraHTTPHeaders: { 'CF-Connecting-IP': ip } });
  await reader.page.goto(link);
  await waitForHeading(reader.page, 'A secret is waiting for you');
  await reader.page.getByRole('button', { name: 'Reveal' }).click();
  await waitForHeading(reader.page, 'The secret');
  return { reader, text: await reader.page.locator('#revealed-secret').textContent() };
}

/**
 * A reader elsewhere (an address of their own) opens `link`, limited to networks they are not on; returns them and
 * the refusal's sentence, once the page shows the refusal and no Reveal button.
 */
export async function refusedElsewhere(
  browser: Browser,
  link: string,
): Promise<{ reader: Person; notice: string; reveal: number }> {
  const reader = await newPerson(browser);
  await reader.page.goto(link);
  await waitForHeading(reader.page, 'Not from this network');
  const notice = await waitForNotice(reader.page, 'networks its sender chose');
  return { reader, notice, reveal: await reader.page.getByRole('button', { name: 'Reveal' }).count() };
}
