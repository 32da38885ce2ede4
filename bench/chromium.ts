import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { onCleanup } from './cleanup.ts';
import { ROOT } from './paths.ts';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet headless Chromium that talks to nothing but the pages the bench gives it. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium executable: `findChromium()` of scripts/find-chromium.mjs (the project's one way to find or
 * install it) when that script exists, else /usr/bin/chromium, installed with apt-get when missing and root.
 */
async function chromiumPath(): Promise<string> {
  const script = join(ROOT, 'scripts', 'find-chromium.mjs');
  if (existsSync(script)) {
    const module = (await import(pathToFileURL(script).href)) as { findChromium: () => string };
    return module.findChromium();
  }
  if (!existsSync(SYSTEM_CHROMIUM) && process.getuid?.() === 0) {
    spawnSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!existsSync(SYSTEM_CHROMIUM))
    throw new Error('no Chromium: install it with `apt-get install chromium`');
  return SYSTEM_CHROMIUM;
}

/** Launches headless Chromium and registers its closing as a cleanup step. */
export async function launchChromium(): Promise<Browser> {
  // The bench's own signal handlers close it (after stopping wrangler); Playwright's would exit the process first.
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup('Chromium', () => browser.close());
  return browser;
}
