import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReleaseKey } from '@hushlink/integrity';
import type { TestProject } from 'vitest/node';
import { buildRelease } from './support/release-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The release built for this run (`npm run release --allow-dirty --out DIR`). */
    releaseDir: string;
    /** The throwaway release key file the release was signed with, and its public key. */
    releaseKeyFile: string;
    releasePublicKey: string;
  }
}

let work: string | undefined;

/** Builds the release once for every file of the suite (the executables are ~130 MB each). */
export default async function setup(project: TestProject) {
  work = mkdtempSync(join(tmpdir(), 'hushlink-release-test-'));
  const releaseDir = join(work, 'release');
  // A throwaway release key: the release is signed as a maintainer's would be, and the real key never comes near.
  const key = await generateReleaseKey();
  const keyFile = join(work, 'release-key');
  writeFileSync(keyFile, `${key.secretKey}\n`, { mode: 0o600 });
  buildRelease(releaseDir, keyFile);
  project.provide('releaseDir', releaseDir);
  project.provide('releaseKeyFile', keyFile);
  project.provide('releasePublicKey', key.publicKey);
  return () => {
    if (work) rmSync(work, { recursive: true, force: true });
  };
}
