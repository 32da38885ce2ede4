import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileDigest } from './backup-files.ts';

/** The name of a backup's manifest, in the backup folder. */
export const MANIFEST_FILE = 'manifest.json';
const FORMAT = 'hushlink-backup-1';

/**
 * What `hushlink-server backup` writes beside the copies: every file of the backup with its size and SHA-256 (a
 * truncated or altered backup is refused on restore), the migrations its database has had (a backup from a newer
 * Hushlink is refused), and the uploads whose blobs were deleted while the backup ran (they were used up, revoked
 * or expired after the snapshot; the backup's database marks them deleted).
 */
export interface BackupManifest {
  format: typeof FORMAT;
  version: string;
  createdAt: string;
  migrations: string[];
  files: Record<string, FileDigest>;
  deletedDuringBackup: string[];
}

/** A backup that cannot be restored; its message is the one line printed. */
export class BadBackupError extends Error {
  override readonly name = 'BadBackupError';
}

/** Builds a manifest. */
export function backupManifest(fields: Omit<BackupManifest, 'format'>): BackupManifest {
  return { format: FORMAT, ...fields };
}

/**
 * Reads and checks the shape of a backup folder's manifest.
 *
 * @throws BadBackupError when there is none or it is not one.
 */
export async function readBackupManifest(folder: string): Promise<BackupManifest> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new BadBackupError(`${folder} is not a Hushlink backup: it has no readable ${MANIFEST_FILE}.`);
  }
  if (!isManifest(value)) {
    throw new BadBackupError(`${folder} is not a Hushlink backup: its ${MANIFEST_FILE} is damaged.`);
  }
  return value;
}

function isManifest(value: unknown): value is BackupManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Record<string, unknown>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  const files = manifest.files;
  return (
    manifest.format === FORMAT &&
    typeof manifest.version === 'string' &&
    strings(manifest.migrations) &&
    strings(manifest.deletedDuringBackup) &&
    typeof files === 'object' &&
    files !== null &&
    Object.entries(files).every(
      ([path, digest]) =>
        isSafeRelativePath(path) &&
        typeof digest === 'object' &&
        digest !== null &&
        Number.isSafeInteger((digest as FileDigest).size) &&
        /^[0-9a-f]{64}$/.test(String((digest as FileDigest).sha256)),
    )
  );
}

/** A path inside the backup folder: relative, `/`-separated, no `..`, nothing hidden. */
function isSafeRelativePath(path: string): boolean {
  return /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/.test(path);
}
