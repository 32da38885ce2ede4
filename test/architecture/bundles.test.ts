import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const webDist = join(root, 'apps/web/dist');

/** Strings that only libsodium's bundle contains (its function names and its Emscripten module). */
const LIBSODIUM_MARKERS = ['crypto_secretstream_xchacha20poly1305', 'libsodium'];
/** Strings that only drizzle's bundle contains. */
const DRIZZLE_MARKERS = ['drizzle', 'DrizzleQueryError'];

function readTree(directory: string, extension: string): string {
  let text = '';
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) text += readTree(path, extension);
    else if (path.endsWith(extension)) text += readFileSync(path, 'utf8');
  }
  return text;
}

let workerOut = '';
let workerBundle = '';
let webBundle = '';

beforeAll(() => {
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };
  if (!existsSync(join(webDist, 'index.html'))) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, env, stdio: 'inherit' });
  }
  workerOut = mkdtempSync(join(tmpdir(), 'hushlink-worker-'));
  execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', workerOut], { cwd: root, env, stdio: 'pipe' });
  workerBundle = readTree(workerOut, '.js');
  webBundle = readTree(webDist, '.js');
}, 120_000);

afterAll(() => {
  if (workerOut) rmSync(workerOut, { recursive: true, force: true });
});

describe('the server cannot decrypt because it does not contain the code', () => {
  it('builds a Worker bundle with drizzle and without libsodium', () => {
    expect(workerBundle.length).toBeGreaterThan(10_000);
    // Positive control: the markers do find drizzle here, so their absence below means something.
    expect(DRIZZLE_MARKERS.some((marker) => workerBundle.includes(marker))).toBe(true);
    for (const marker of LIBSODIUM_MARKERS) expect(workerBundle).not.toContain(marker);
  });

  it('builds a web bundle with libsodium and without drizzle', () => {
    expect(LIBSODIUM_MARKERS.some((marker) => webBundle.includes(marker))).toBe(true);
    for (const marker of DRIZZLE_MARKERS) expect(webBundle).not.toContain(marker);
  });
});
