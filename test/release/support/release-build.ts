import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Runs `npm run release -- --allow-dirty --out DIR` (the tree under test may hold uncommitted work), signing the
 * integrity manifest with the (throwaway) release key in `keyFile`; throws with its output when it fails.
 */
export function buildRelease(out: string, keyFile: string): void {
  const result = spawnSync('node', ['scripts/release.mjs', '--allow-dirty', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', HUSHLINK_RELEASE_KEY_FILE: keyFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`the release failed:\n${result.stdout}${result.stderr}`);
}
