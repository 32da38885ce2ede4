import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file's size and SHA-256 (hex), as a backup manifest records them. */
export interface FileDigest {
  size: number;
  sha256: string;
}

/**
 * Copies `from` to a new file `to` (its folder created), synced to disk, and returns the size and SHA-256 of the
 * bytes copied: one read, so the digest is of exactly what was written.
 *
 * @throws the copy's error (ENOENT when `from` is missing); `to` may be left, inside a folder the caller removes.
 */
export async function copyWithDigest(from: string, to: string): Promise<FileDigest> {
  await mkdir(dirname(to), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.byteLength;
      callback(null, chunk);
    },
  });
  await pipeline(createReadStream(from), tap, createWriteStream(to, { flags: 'wx' }));
  await syncFile(to);
  return { size, sha256: hash.digest('hex') };
}

/** Flushes a file (or a folder's entries) to disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The size and SHA-256 of a file, read as a stream. */
export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
  }
  return { size, sha256: hash.digest('hex') };
}
