// SHA256SUMS of a release folder: every file under it, sorted by path, in the format `sha256sum -c` reads.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files-under.mjs';

/** Writes `folder/SHA256SUMS` for every other file in `folder`. */
export function writeSha256Sums(folder) {
  const lines = filesUnder(folder)
    .filter((path) => path !== 'SHA256SUMS')
    .map(
      (path) =>
        `${createHash('sha256')
          .update(readFileSync(join(folder, path)))
          .digest('hex')}  ${path}`,
    );
  writeFileSync(join(folder, 'SHA256SUMS'), `${lines.join('\n')}\n`);
}

/** Reads a SHA256SUMS file into a map from path to hash. */
export function readSha256Sums(file) {
  const sums = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}
