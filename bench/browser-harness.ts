import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

/**
 * Bundles `portable/page-entry.ts` (the same throughput and Argon2id code Node runs, with packages/envelope and
 * both libsodium builds) into one classic script. libsodium's Node-only branch asks for Node modules; it never
 * runs in a page.
 */
async function harnessScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./portable/page-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    external: ['crypto', 'fs', 'path', 'url', 'module', 'worker_threads'],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output for the browser harness');
  return output.text;
}

/**
 * A blank page in its own context with the harness loaded: `globalThis.hushlinkBench` (see page-entry.ts).
 * Closing the browser closes it.
 */
export async function openHarnessPage(browser: Browser): Promise<Page> {
  const script = await harnessScript();
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.setContent('<!doctype html><title>Hushlink bench</title>');
  await page.addScriptTag({ content: script });
  await page.waitForFunction(() => 'hushlinkBench' in globalThis);
  return page;
}
