import type { DatabaseSync } from 'node:sqlite';
import { appliedMigrations, applyMigrations, type Migration } from '../db/sqlite-migrations.ts';
import { HUSHLINK_VERSION } from '../version.ts';

/**
 * Applies the migrations a database has not had. When it already had some (an upgrade, not a first start), it first
 * writes a copy of the database beside it, `hushlink.sqlite.before-VERSION-TIME`, and logs where: the way back if
 * the new version must be rolled back. (Uploaded files are not touched by migrations and are not copied.)
 *
 * @throws NewerDatabaseError (from applyMigrations) when the database is from a newer version; no copy is written.
 */
export function migrateWithBackup(sqlite: DatabaseSync, databasePath: string, migrations: Migration[]): void {
  const before = appliedMigrations(sqlite);
  const known = new Set(migrations.map((migration) => migration.name));
  const pending = migrations.filter((migration) => !before.includes(migration.name));
  if (before.length > 0 && pending.length > 0 && before.every((name) => known.has(name))) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const path = `${databasePath}.before-${HUSHLINK_VERSION}-${stamp}`;
    sqlite.prepare('VACUUM INTO ?').run(path);
    console.log(
      JSON.stringify({
        level: 'info',
        event: 'backup_before_migrating',
        message: `${pending.length} migrations to apply; the database as it was is copied to ${path}`,
        path,
      }),
    );
  }
  const applied = applyMigrations(sqlite, migrations);
  if (applied.length > 0) console.log(JSON.stringify({ level: 'info', event: 'migrated', applied }));
}
