import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { buildExtension, type ExtensionBuildOptions } from '../../../apps/extension/build/build-extension.ts';
import { CHROMIUM_ARGS } from '../../../scripts/find-chromium.mjs';
import { chromiumPath } from './environment.ts';

/** Chromium with the Hushlink extension loaded, and the extension's service worker. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Builds the extension with `options` (its origins, the test's throwaway key, the test's manifests) into a
 * temporary folder and launches Chromium with it: a persistent context (extensions need a profile) in new headless
 * mode, where Debian's Chromium still honours `--load-extension` (Chrome's branded builds dropped it).
 */
export async function launchWithExtension(
  options: Omit<ExtensionBuildOptions, 'outDir'>,
): Promise<ExtensionBrowser> {
  const folder = mkdtempSync(join(tmpdir(), 'hushlink-extension-'));
  const extension = join(folder, 'extension');
  await buildExtension({ ...options, outDir: extension });
  const context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    args: [
      ...CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
      '--headless=new',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  context.setDefaultTimeout(20_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    close: async () => {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The extension button's title in every open tab: the verdict it shows (verify-load.ts, verdict.ts). */
export function buttonTitles(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeForTest }).chrome;
    const tabs = await api.tabs.query({});
    return Promise.all(tabs.map((tab) => api.action.getTitle({ tabId: tab.id })));
  });
}

interface ChromeForTest {
  tabs: { query(filter: object): Promise<{ id: number }[]> };
  action: { getTitle(details: { tabId: number }): Promise<string> };
}
