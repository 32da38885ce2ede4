import { resolve } from 'node:path';
import process from 'node:process';
import { HUSHLINK_VERSION } from '../version.ts';
import { backupData } from './backup.ts';
import { BadBackupError } from './backup-manifest.ts';
import { checkData } from './data-check.ts';
import { DataCommandError } from './data-folder.ts';
import { restoreData } from './restore.ts';
import type { ServerFiles } from './server-files.ts';

export { DataCommandError };

const USAGE = `Usage: hushlink-server [COMMAND]

  (none), serve   run the server (settings from the environment and ./.env: PORT, HOST, DATA_DIR, ORIGIN, ...)
  backup DEST     write a consistent copy of DATA_DIR (database and uploaded files) to the new folder DEST,
                  while the server runs
  restore SRC     restore the backup in SRC into DATA_DIR, which must be empty or absent
  check           report uploads without their file and files without their upload in DATA_DIR
  --version       print the version
  --help          show this help`;

/**
 * Runs the `hushlink-server` commands other than serving. Returns false when the arguments ask to serve.
 * The data folder is `DATA_DIR`, else `./data`, as for the server.
 *
 * @throws DataCommandError (or BadBackupError, one of its kind) with the one line to print.
 */
export async function runDataCommand(argv: readonly string[], files: ServerFiles): Promise<boolean> {
  const [command, ...rest] = argv;
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  const one = (what: string) => {
    if (rest.length !== 1 || rest[0]?.startsWith('-')) {
      throw new DataCommandError(`${command} takes one argument, ${what}; see hushlink-server --help.`);
    }
    return rest[0] as string;
  };
  switch (command) {
    case undefined:
    case 'serve':
      return false;
    case '--version':
    case '-V':
      process.stdout.write(`hushlink-server ${HUSHLINK_VERSION}\n`);
      return true;
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return true;
    case 'backup': {
      const result = await backupData(dataDir, one('DEST'), HUSHLINK_VERSION, files.migrations());
      const deleted = result.deletedDuringBackup.length;
      process.stdout.write(
        `Backed up ${dataDir} to ${result.folder}: the database and ${result.secretsWithBlobs} uploaded files` +
          `${deleted > 0 ? ` (${deleted} deleted while the backup ran are marked deleted)` : ''}.\n`,
      );
      return true;
    }
    case 'restore': {
      const count = await restoreData(one('SRC'), dataDir, files.migrations()).catch(rethrowBadBackup);
      process.stdout.write(
        `Restored ${count} files into ${dataDir}; start the server with DATA_DIR=${dataDir}.\n`,
      );
      return true;
    }
    case 'check': {
      if (rest.length > 0)
        throw new DataCommandError('check takes no arguments; see hushlink-server --help.');
      const found = checkData(dataDir);
      for (const id of found.rowsWithoutBlobs)
        process.stdout.write(`upload without its file: secret ${id}\n`);
      for (const id of found.blobsWithoutRows) process.stdout.write(`file without its upload: ${id}\n`);
      const problems = found.rowsWithoutBlobs.length + found.blobsWithoutRows.length;
      if (problems === 0) {
        process.stdout.write(`${dataDir}: every upload has its file and every file its upload.\n`);
        return true;
      }
      throw new DataCommandError(`${dataDir}: ${problems} problems found (listed above).`);
    }
    default:
      throw new DataCommandError(`unknown command ${JSON.stringify(command)}; see hushlink-server --help.`);
  }
}

function rethrowBadBackup(error: unknown): never {
  if (error instanceof BadBackupError) throw new DataCommandError(error.message);
  throw error;
}
