import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { appliedMigrations, type Migration } from '../db/sqlite-migrations.ts';
import { copyWithDigest, digestFile, type FileDigest, syncFile } from './backup-files.ts';
import { backupManifest, MANIFEST_FILE } from './backup-manifest.ts';
import { blobPath, DATABASE_FILE, DataCommandError, openDataDatabase, readyUploads } from './data-folder.ts';

/** What a backup wrote. */
export interface BackupResult {
  folder: string;
  secretsWithBlobs: number;
  deletedDuringBackup: string[];
}

/**
 * `hushlink-server backup DEST`: a consistent copy of a data folder, taken while the server serves traffic.
 *
 * The database is copied by SQLite itself (`VACUUM INTO`, one read transaction: a snapshot of every commit up to
 * its start, whatever the server commits meanwhile). Then the blob of every upload that snapshot holds as ready is
 * copied; a blob deleted in between belonged to a secret used up, revoked or expired after the snapshot, and is
 * marked deleted in the copy (and listed in the manifest) so that the backup has no row without its blob. Every file
 * is synced and its SHA-256 written to `manifest.json`. All of it is written to a hidden folder beside DEST that is
 * renamed to DEST at the end, so DEST is whole or absent.
 *
 * @throws DataCommandError when DEST exists or its folder is not writable, or the data folder cannot be read.
 */
export async function backupData(
  dataDir: string,
  destination: string,
  version: string,
  known: readonly Migration[],
): Promise<BackupResult> {
  const dest = resolve(destination);
  if (existsSync(dest)) throw new DataCommandError(`${dest} exists; back up into a new folder.`);
  const parent = dirname(dest);
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    throw new DataCommandError(`cannot write the backup: ${parent} does not exist or is not writable.`);
  }
  const live = openDataDatabase(dataDir);
  const partial = await mkdtemp(join(parent, `.${basename(dest)}.partial-`));
  try {
    const snapshot = join(partial, DATABASE_FILE);
    try {
      live.prepare('VACUUM INTO ?').run(snapshot);
    } finally {
      live.close();
    }
    const copy = new DatabaseSync(snapshot);
    let migrations: string[];
    let ready: string[];
    try {
      migrations = appliedMigrations(copy);
      refuseNewer(migrations, known, `the data folder ${dataDir}`);
      ready = readyUploads(copy);
    } finally {
      copy.close();
    }

    const files: Record<string, FileDigest> = {};
    const deleted: string[] = [];
    for (const id of ready) {
      const path = blobPath(id);
      try {
        files[path.split('\\').join('/')] = await copyWithDigest(join(dataDir, path), join(partial, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        deleted.push(id);
      }
    }
    if (deleted.length > 0) markDeleted(snapshot, deleted);
    await syncFile(snapshot);
    files[DATABASE_FILE] = await digestFile(snapshot);

    const manifest = backupManifest({
      version,
      createdAt: new Date().toISOString(),
      migrations,
      files,
      deletedDuringBackup: deleted,
    });
    await writeFile(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await syncFile(join(partial, MANIFEST_FILE));
    await rename(partial, dest);
    await syncFile(parent);
    return { folder: dest, secretsWithBlobs: ready.length - deleted.length, deletedDuringBackup: deleted };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * @throws DataCommandError when `migrations` has one that `known` has not: the data was written by a newer
 * Hushlink.
 */
export function refuseNewer(migrations: readonly string[], known: readonly Migration[], what: string): void {
  const names = new Set(known.map((migration) => migration.name));
  const unknown = migrations.filter((name) => !names.has(name));
  if (unknown.length > 0) {
    throw new DataCommandError(
      `${what} was written by a newer Hushlink (unknown migrations: ${unknown.join(', ')}); use that version or newer.`,
    );
  }
}

function markDeleted(snapshot: string, ids: string[]): void {
  const copy = new DatabaseSync(snapshot);
  try {
    const mark = copy.prepare(
      "UPDATE secrets SET blob_state = 'deleted', upload_id = NULL, upload_idle_until = NULL, blob_delete_after = NULL WHERE id = ?",
    );
    copy.exec('BEGIN');
    for (const id of ids) mark.run(id);
    copy.exec('COMMIT');
  } finally {
    copy.close();
  }
}
