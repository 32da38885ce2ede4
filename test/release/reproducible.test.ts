import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readSha256Sums } from '../../scripts/release/sums.mjs';
import { buildRelease, ROOT } from './support/release-build.ts';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The files of a release that two builds of the same commit may write differently, and why. Every other file
 * (web assets, the server bundle, the CLI tarball and both executables, the Worker bundle, the docs) must come out
 * byte for byte the same.
 */
const NOT_REPRODUCIBLE: Record<string, string> = {
  'worker/README.md': 'wrangler writes the time of the build into it ("generated at …")',
};

describe('npm run release', () => {
  it('gives the same SHA256SUMS twice on the same commit, but for the files said not to be reproducible', () => {
    const first = readSha256Sums(join(inject('releaseDir'), 'SHA256SUMS'));
    const work = mkdtempSync(join(tmpdir(), 'hushlink-release-again-'));
    try {
      buildRelease(join(work, 'release'), inject('releaseKeyFile'));
      const second = readSha256Sums(join(work, 'release', 'SHA256SUMS'));
      expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
      for (const name of [
        'hushlink-server',
        'hushlink-server.mjs',
        'hushlink',
        'web/index.html',
        'worker/index.js',
        `integrity/v${VERSION}.json`,
      ]) {
        expect(first.has(name), name).toBe(true);
      }
      const differing = [...first.keys()].filter((path) => first.get(path) !== second.get(path));
      expect(differing.filter((path) => !(path in NOT_REPRODUCIBLE))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
