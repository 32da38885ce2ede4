// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Playwright's download cache, then the usual system
// paths. As root on Debian or Ubuntu it installs the distribution's `chromium` package when nothing is found.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const NOT_FOUND =
  'No Chromium found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
  'or set CHROMIUM_PATH=/path/to/chrome.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Flags for a quiet, self-contained headless Chromium that talks to nothing but the pages it is given: without the
 * background-networking flags it keeps trying hosts this closed network refuses. Shared by the e2e tests and bench.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Executables in Playwright's cache (`~/.cache/ms-playwright`), newest revision first. */
function playwrightCandidates() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  const revisions = readdirSync(cache)
    .filter((name) => name.startsWith('chromium-') || name.startsWith('chromium_headless_shell-'))
    .sort((a, b) => revisionOf(b) - revisionOf(a));
  return revisions.flatMap((name) => [
    join(cache, name, 'chrome-linux', 'chrome'),
    join(cache, name, 'chrome-linux64', 'chrome'),
    join(cache, name, 'chrome-linux', 'headless_shell'),
    join(cache, name, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
  ]);
}

function revisionOf(name) {
  return Number(name.slice(name.lastIndexOf('-') + 1)) || 0;
}

function lookUp() {
  return [...playwrightCandidates(), ...SYSTEM_PATHS].find(isExecutable);
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptGet(args) {
  console.log(`find-chromium: running apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}). ${NOT_FOUND}`);
}

/**
 * The path of a Chromium executable for the browser tests.
 *
 * Order: `CHROMIUM_PATH`; Playwright's cache (`chromium-*`, then `chromium_headless_shell-*`); `/usr/bin/chromium`,
 * `/usr/bin/chromium-browser`, `/usr/bin/google-chrome`. When none exists and this runs as root where apt-get
 * exists, it installs `chromium` with apt-get (printing what it does) and looks again.
 *
 * @throws Error with installation advice when no Chromium can be found or installed.
 * @example const executablePath = findChromium();
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${NOT_FOUND}`);
    return fromEnv;
  }
  const found = lookUp();
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(NOT_FOUND);
  console.log('find-chromium: no Chromium found; installing the Debian/Ubuntu package "chromium".');
  aptGet(['update']);
  aptGet(['install', '-y', 'chromium']);
  const installed = lookUp();
  if (!installed) throw new Error(NOT_FOUND);
  console.log(`find-chromium: installed ${installed}`);
  return installed;
}

// `node scripts/find-chromium.mjs` prints the path (and installs Chromium if needed and possible).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
