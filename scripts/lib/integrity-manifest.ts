import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type IntegrityManifest, MANIFEST_FORMAT } from '@hushlink/integrity';
import { contentSecurityPolicy, INTEGRITY_POLICY, importMapOf, PAGE_ROUTES } from '@hushlink/protocol';

/** Files of the build that configure Workers static assets and are never served. */
const NOT_SERVED = new Set(['_headers', '_redirects']);
/** A secret id of the right shape, for the page routes that take one. */
const SAMPLE_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

function sha256(bytes: Uint8Array | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

/** Every served file under `dist` with its SHA-256, by URL path, sorted. */
export function servedFiles(dist: string): Record<string, string> {
  const found: [string, string][] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!NOT_SERVED.has(relative(dist, path)))
        found.push([`/${relative(dist, path).split(sep).join('/')}`, sha256(readFileSync(path))]);
    }
  };
  walk(dist);
  return Object.fromEntries(found.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** One concrete address per page route (`/s/*` becomes `/s/ID`), each answered with `index.html`. */
export function pagePaths(): string[] {
  return PAGE_ROUTES.map(({ pattern }) => pattern)
    .filter((pattern) => pattern !== '/index.html' && (pattern === '/' || !pattern.endsWith('/')))
    .map((pattern) => (pattern.endsWith('/*') ? `${pattern.slice(0, -1)}${SAMPLE_ID}` : pattern));
}

/**
 * The integrity manifest of the built web client in `dist`: every served file and its SHA-256, the page routes,
 * and the headers the pages must carry (the CSP with the import map's hash, `Integrity-Policy`), computed from the
 * build itself with the same functions the servers use.
 *
 * @example buildManifest({ dist: 'apps/web/dist', version: 'v1.2.0', commit: gitCommit() })
 */
export function buildManifest(options: { dist: string; version: string; commit: string }): IntegrityManifest {
  const html = readFileSync(join(options.dist, 'index.html'), 'utf8');
  const importMap = importMapOf(html);
  if (importMap === null)
    throw new Error(`${options.dist}/index.html has no import map: build it with npm run build`);
  return {
    format: MANIFEST_FORMAT,
    version: options.version,
    commit: options.commit,
    files: servedFiles(options.dist),
    pages: pagePaths(),
    headers: {
      'Content-Security-Policy': contentSecurityPolicy([sha256(importMap)]),
      'Integrity-Policy': INTEGRITY_POLICY,
    },
  };
}

/** The commit checked out at `root` (40 hex digits). */
export function gitCommit(root: string): string {
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
}
