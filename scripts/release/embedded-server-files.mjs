// The module that stands in for apps/api/src/node/server-files.ts in the release's server bundle: the built web
// client and the migrations written into the code, so that the one-file server and the executable need nothing
// beside them. Files are sorted and base64-encoded, so the same inputs give the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files-under.mjs';

/**
 * The source of the embedded `server-files` module for the web build in `webRoot` and the SQL files in
 * `migrationsRoot`. `sqliteMigrationsPath` is the absolute path of apps/api/src/db/sqlite-migrations.ts, whose
 * `parseMigrations` it uses.
 */
export function embeddedServerFilesSource({ webRoot, migrationsRoot, sqliteMigrationsPath }) {
  const web = filesUnder(webRoot).map((name) => [name, readFileSync(join(webRoot, name)).toString('base64')]);
  const migrations = readdirSync(migrationsRoot)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => [name, readFileSync(join(migrationsRoot, name), 'utf8')]);
  return `import { parseMigrations } from ${JSON.stringify(sqliteMigrationsPath)};
const WEB = ${JSON.stringify(web)};
const MIGRATIONS = ${JSON.stringify(migrations)};
export class MissingServerFilesError extends Error {
  name = 'MissingServerFilesError';
}
export function serverFiles() {
  return {
    origin: 'this release',
    webFiles: () => new Map(WEB.map(([name, base64]) => [name, Buffer.from(base64, 'base64')])),
    migrations: () => parseMigrations(MIGRATIONS),
  };
}
`;
}
