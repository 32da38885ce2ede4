import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildRelease } from './support/release-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The release built for this run (`npm run release --allow-dirty --out DIR`). */
    releaseDir: string;
  }
}

let work: string | undefined;

/** Builds the release once for every file of the suite (the executables are ~130 MB each). */
export default function setup(project: TestProject) {
  work = mkdtempSync(join(tmpdir(), 'hushlink-release-test-'));
  const releaseDir = join(work, 'release');
  buildRelease(releaseDir);
  project.provide('releaseDir', releaseDir);
  return () => {
    if (work) rmSync(work, { recursive: true, force: true });
  };
}
