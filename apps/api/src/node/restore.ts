import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Migration } from '../db/sqlite-migrations.ts';
import { refuseNewer } from './backup.ts';
import { copyWithDigest, syncFile } from './backup-files.ts';
import { BadBackupError, readBackupManifest } from './backup-manifest.ts';
import { DataCommandError } from './data-folder.ts';

/**
 * `hushlink-server restore SRC`: the backup in SRC becomes the data folder `dataDir`, which must be empty or
 * absent. Every file the manifest lists is copied and checked against its size and SHA-256 as it is copied; a
 * missing, truncated or altered file, a damaged manifest, or a backup from a newer Hushlink stops the restore.
 * The copy is made in a hidden folder beside `dataDir` and renamed into place at the end (over an empty folder),
 * so `dataDir` is restored whole or left as it was.
 *
 * @returns how many files were restored.
 * @throws DataCommandError or BadBackupError with one line to print.
 */
export async function restoreData(
  source: string,
  dataDir: string,
  known: readonly Migration[],
): Promise<number> {
  const src = resolve(source);
  const target = resolve(dataDir);
  if (!existsSync(src) || !statSync(src).isDirectory()) {
    throw new DataCommandError(`${src} does not exist or is not a folder.`);
  }
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new DataCommandError(`${target} (DATA_DIR) is not empty; restore into an empty or new folder.`);
  }
  const manifest = await readBackupManifest(src);
  refuseNewer(manifest.migrations, known, `the backup ${src}`);
  if (!manifest.files['hushlink.sqlite']) throw new BadBackupError(`${src} has no database in its manifest.`);

  const parent = dirname(target);
  let partial: string;
  try {
    partial = await mkdtemp(join(parent, `.${basename(target)}.restoring-`));
  } catch {
    throw new DataCommandError(`cannot restore: ${parent} does not exist or is not writable.`);
  }
  try {
    for (const [path, expected] of Object.entries(manifest.files)) {
      const copied = await copyWithDigest(join(src, path), join(partial, path)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new BadBackupError(`the backup is incomplete: ${path} is missing from ${src}.`);
        }
        throw error;
      });
      if (copied.size !== expected.size || copied.sha256 !== expected.sha256) {
        const how = copied.size < expected.size ? 'truncated' : 'altered';
        throw new BadBackupError(
          `the backup is damaged: ${path} in ${src} is ${how} (its checksum differs).`,
        );
      }
    }
    await rename(partial, target);
    await syncFile(parent);
    return Object.keys(manifest.files).length;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}
