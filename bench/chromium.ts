import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { onCleanup } from './cleanup.ts';

/** Launches headless Chromium and registers its closing as a cleanup step. */
export async function launchChromium(): Promise<Browser> {
  // The bench's own signal handlers close it (after stopping wrangler); Playwright's would exit the process first.
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup('Chromium', () => browser.close());
  return browser;
}
