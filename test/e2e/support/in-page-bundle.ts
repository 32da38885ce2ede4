import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles `in-page/checks.ts` (the vector checkers, the envelope library and both libsodium builds) into one
 * classic script for a Chromium page. libsodium's Node-only branch asks for `crypto`; it never runs in a page.
 */
export async function inPageChecksScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./in-page/checks.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    external: ['crypto', 'fs', 'path', 'url', 'module', 'worker_threads'],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
