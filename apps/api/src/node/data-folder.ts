import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** A data command's problem (bad arguments, folders, backups); its message is the one line printed. */
export class DataCommandError extends Error {
  override readonly name = 'DataCommandError';
}

/** The database file in a data folder. */
export const DATABASE_FILE = 'hushlink.sqlite';

/** The file of an uploaded secret's blob, relative to a data folder (as `fileBlobStore` lays it out). */
export function blobPath(secretId: string): string {
  return join('blobs', 'objects', 'secrets', secretId);
}

/** The folder of complete upload blobs in a data folder. */
export const BLOB_FOLDER = join('blobs', 'objects', 'secrets');

/**
 * Opens the database of a data folder beside a running server (its own connection, waiting up to 5 s for the
 * server's commits).
 *
 * @throws DataCommandError when there is none.
 */
export function openDataDatabase(dataDir: string): DatabaseSync {
  const path = join(dataDir, DATABASE_FILE);
  if (!existsSync(path))
    throw new DataCommandError(`there is no Hushlink database in ${dataDir} (DATA_DIR).`);
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new DataCommandError(`${path} is not readable and writable by this user.`);
  }
  const sqlite = new DatabaseSync(path);
  sqlite.exec('PRAGMA busy_timeout = 5000');
  return sqlite;
}

/** The ids of the uploaded secrets whose blob is served (`blob_state` ready), or none before the first migration. */
export function readyUploads(sqlite: DatabaseSync): string[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'secrets'").get();
  if (!table) return [];
  const rows = sqlite
    .prepare("SELECT id FROM secrets WHERE storage = 'upload' AND blob_state = 'ready' ORDER BY id")
    .all() as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
