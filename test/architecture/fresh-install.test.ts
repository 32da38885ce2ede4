import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// Issue 21, item 7: what a fresh `npm install` on Debian's Node 20 says must be honest. npm 11 lists every install
// script that `allowScripts` does not cover, and prints EBADENGINE for each package whose `engines` excludes the
// Node running npm; README explains the second and `package.json` approves the first. Both drift whenever a
// dependency is updated, so both are checked against the lockfile, which says exactly what `npm ci` installs.

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The oldest Node 20 the project supports (Vite, the build, asks for ^20.19.0). */
const NODE_20 = '20.19.0';

interface LockedPackage {
  hasInstallScript?: boolean;
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  allowScripts: Record<string, boolean>;
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The package name of a lockfile path such as `node_modules/a/node_modules/@b/c` (`@b/c`). */
function packageName(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** The locked packages, by name, that match `predicate` (workspaces, which npm does not install, left out). */
function lockedNames(predicate: (entry: LockedPackage) => boolean): string[] {
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && predicate(entry))
    .map(([path]) => packageName(path));
  return [...new Set(names)].sort();
}

describe('a fresh npm install', () => {
  it('has every install script in the lockfile approved in package.json, and approves nothing else', () => {
    const withScripts = lockedNames((entry) => entry.hasInstallScript === true);
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.allowScripts).sort()).toEqual(withScripts);
    expect(Object.values(manifest.allowScripts).every((approved) => approved === true)).toBe(true);
  });

  it('has README name exactly the packages that npm warns about on Node 20 (EBADENGINE), and count the scripts', () => {
    const refusing = lockedNames((entry) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range !== undefined && !semver.satisfies(NODE_20, range);
    });
    expect(refusing.length).toBeGreaterThan(0);
    const paragraph = /`npm warn EBADENGINE Unsupported engine` for ([^.]+?), which ask/.exec(
      readme.replace(/\s+/g, ' '),
    )?.[1];
    expect(paragraph, 'README explains the EBADENGINE warnings').toBeDefined();
    const named = (paragraph ?? '')
      .split(/, | and /)
      .map((name) => name.trim())
      .sort();
    expect(named).toEqual(refusing);
    const count = Object.keys(manifest.allowScripts).length;
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
    expect(readme.replace(/\s+/g, ' ')).toContain(`(\`allowScripts\`) the ${words[count]} install scripts`);
  });
});
