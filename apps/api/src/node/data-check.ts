import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BLOB_FOLDER, openDataDatabase, readyUploads } from './data-folder.ts';

/** What `hushlink-server check` found: uploads served without their blob, blobs that no served upload owns. */
export interface DataCheck {
  rowsWithoutBlobs: string[];
  blobsWithoutRows: string[];
}

/**
 * Compares the uploads the database serves (`blob_state` ready) with the blob files in the data folder. Run beside
 * a live server, an upload completing at that moment can show for an instant as a blob without its row.
 */
export function checkData(dataDir: string): DataCheck {
  const sqlite = openDataDatabase(dataDir);
  let ready: Set<string>;
  try {
    ready = new Set(readyUploads(sqlite));
  } finally {
    sqlite.close();
  }
  const folder = join(dataDir, BLOB_FOLDER);
  const blobs = new Set(
    existsSync(folder) ? readdirSync(folder).filter((name) => !name.endsWith('.tmp')) : [],
  );
  return {
    rowsWithoutBlobs: [...ready].filter((id) => !blobs.has(id)).sort(),
    blobsWithoutRows: [...blobs].filter((id) => !ready.has(id)).sort(),
  };
}
