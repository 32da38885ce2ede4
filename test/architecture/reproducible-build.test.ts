import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'node_modules', '.bin');
/** The workspaces that `node_modules/@hushlink/*` links to, by package name. */
const WORKSPACES: Readonly<Record<string, string>> = {
  api: 'apps/api',
  envelope: 'packages/envelope',
  protocol: 'packages/protocol',
  web: 'apps/web',
};

/** The checkout's files as git sees them (tracked, and new files not ignored), read from the working tree. */
function checkoutFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return listed
    .split('\0')
    .filter((path) => path !== '' && statSync(join(root, path), { throwIfNoEntry: false }));
}

/**
 * A clean copy of the checkout at `folder`: its files, and a `node_modules` whose packages are the installed ones
 * (linked, not copied) except the workspaces, which link to the copy's own sources, as `npm ci` would make them.
 */
function cleanCopy(folder: string, files: readonly string[]): void {
  for (const path of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    cpSync(join(root, path), join(folder, path));
  }
  mkdirSync(join(folder, 'node_modules', '@hushlink'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '@hushlink' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(root, 'node_modules', entry), join(folder, 'node_modules', entry));
  }
  for (const [name, path] of Object.entries(WORKSPACES))
    symlinkSync(join(folder, path), join(folder, 'node_modules', '@hushlink', name));
}

/** Every file under `folder` with its SHA-256, by path relative to `folder`. */
function hashTree(folder: string, base = folder, into = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) hashTree(path, base, into);
    else into.set(relative(base, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return into;
}

let work = '';
const builds: { folder: string; dist: Map<string, string>; text: string }[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hushlink-repro-'));
  const files = checkoutFiles();
  // Two folders whose absolute paths differ in length and name, as two people's checkouts would.
  for (const folder of [join(work, 'a'), join(work, 'a-much-longer-folder-name', 'checkout')]) {
    cleanCopy(folder, files);
    // As `npm run build` runs it: node_modules/.bin first (the Node the project brings runs Vite).
    execFileSync(join(BIN, 'vite'), ['build', '--logLevel', 'error'], {
      cwd: join(folder, 'apps', 'web'),
      env: { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` },
      stdio: 'pipe',
    });
    const distFolder = join(folder, 'apps', 'web', 'dist');
    const dist = hashTree(distFolder);
    const text = [...dist.keys()].map((path) => readFileSync(join(distFolder, path), 'latin1')).join('\n');
    builds.push({ folder, dist, text });
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the web build is reproducible', () => {
  it('gives byte-identical files when the same sources are built in two folders', () => {
    const [first, second] = builds;
    expect(first?.dist.size).toBeGreaterThan(10);
    expect([...(first?.dist.keys() ?? [])].some((path) => path.includes('libsodium'))).toBe(true);
    expect(Object.fromEntries(second?.dist ?? [])).toEqual(Object.fromEntries(first?.dist ?? []));
  });

  it('writes no absolute path of the machine that built it', () => {
    for (const { folder, text } of builds) {
      expect(text).not.toContain(folder);
      expect(text).not.toContain(root);
    }
  });
});
