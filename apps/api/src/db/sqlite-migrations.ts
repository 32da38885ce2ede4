import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

/** The database was written by a newer Hushlink: it has migrations this version does not know. */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(readonly unknown: string[]) {
    super(
      `The database was created by a newer Hushlink (unknown migrations: ${unknown.join(', ')}). Upgrade Hushlink.`,
    );
  }
}

/** One migration file: its name and its SQL statements (drizzle-kit separates them with a breakpoint marker). */
export interface Migration {
  name: string;
  queries: string[];
}

/** Reads `migrations/*.sql` in order, as wrangler does. */
export function readMigrations(directory: string): Migration[] {
  return parseMigrations(
    readdirSync(directory)
      .filter((file) => MIGRATION_FILE.test(file))
      .map((name) => [name, readFileSync(join(directory, name), 'utf8')]),
  );
}

const MIGRATION_FILE = /^\d+_.*\.sql$/;

/** The migrations among `[file name, SQL text]` pairs, in order (drizzle-kit separates statements with a marker). */
export function parseMigrations(files: ReadonlyArray<readonly [string, string]>): Migration[] {
  return files
    .filter(([name]) => MIGRATION_FILE.test(name))
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, text]) => ({
      name,
      queries: text
        .split('--> statement-breakpoint')
        .map((query) => query.trim())
        .filter((query) => query.length > 0),
    }));
}

/** The names of the migrations a database has had (none for a new one). */
export function appliedMigrations(sqlite: DatabaseSync): string[] {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'd1_migrations'")
    .get();
  if (!table) return [];
  return (sqlite.prepare('SELECT name FROM d1_migrations ORDER BY id').all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
}

/**
 * Applies the migrations a SQLite database has not had yet, each in its own transaction, recording them in the
 * same `d1_migrations` table wrangler uses for D1. Returns the names applied.
 *
 * @throws NewerDatabaseError when the database has a migration this version does not know.
 */
export function applyMigrations(sqlite: DatabaseSync, migrations: Migration[]): string[] {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`);
  const applied = new Set(
    (sqlite.prepare('SELECT name FROM d1_migrations').all() as Array<{ name: string }>).map(
      (row) => row.name,
    ),
  );
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      for (const query of migration.queries) sqlite.exec(query);
      sqlite.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(migration.name);
      sqlite.exec('COMMIT');
    } catch (error) {
      sqlite.exec('ROLLBACK');
      throw error;
    }
    done.push(migration.name);
  }
  return done;
}
