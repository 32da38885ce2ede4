import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Migration, readMigrations } from '../db/sqlite-migrations.ts';
import { readWebFolder, type WebFiles } from './web-files.ts';

/**
 * What the Node server reads besides its code: the built web client and the migrations. This module is the
 * checkout's (both from the repository's folders); `npm run release` bundles the server with
 * `scripts/release/embedded-server-files.mjs`'s module in its place, which has the same export with both written
 * into the bundle, so the same server code runs from a checkout, the one-file bundle and the executable.
 */
export interface ServerFiles {
  /** Where they come from, for start-up messages. */
  origin: string;
  webFiles(): WebFiles;
  migrations(): Migration[];
}

/** A file the server needs is missing; its message is the one line printed. */
export class MissingServerFilesError extends Error {
  override readonly name = 'MissingServerFilesError';
}

/** The checkout's files: `apps/web/dist` (built by `npm run build`) and `migrations/`. */
export function serverFiles(): ServerFiles {
  const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
  const webRoot = join(root, 'apps/web/dist');
  return {
    origin: root,
    webFiles() {
      if (!existsSync(join(webRoot, 'index.html'))) {
        throw new MissingServerFilesError(`the web client is not built in ${webRoot}; run "npm run build".`);
      }
      return readWebFolder(webRoot);
    },
    migrations: () => readMigrations(join(root, 'migrations')),
  };
}
