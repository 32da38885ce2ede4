import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appliedMigrations, NewerDatabaseError, parseMigrations } from '../db/sqlite-migrations.ts';
import { HUSHLINK_VERSION } from '../version.ts';
import { migrateWithBackup } from './migrate-with-backup.ts';

const FIRST = parseMigrations([['0000_first.sql', 'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT);']]);
const BOTH = parseMigrations([
  ['0000_first.sql', 'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT);'],
  ['0001_second.sql', 'ALTER TABLE notes ADD COLUMN tag TEXT;'],
]);

let folder: string | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A database file in a fresh folder, opened; `log` collects what the server would print. */
function database() {
  folder = mkdtempSync(join(tmpdir(), 'hushlink-migrate-'));
  const path = join(folder, 'hushlink.sqlite');
  const log: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => log.push(line));
  return { path, sqlite: new DatabaseSync(path), log, folder };
}

describe('migrating at start', () => {
  it('writes no copy for a new database', () => {
    const { path, sqlite, folder } = database();
    migrateWithBackup(sqlite, path, BOTH);
    expect(appliedMigrations(sqlite)).toEqual(['0000_first.sql', '0001_second.sql']);
    expect(readdirSync(folder)).toEqual(['hushlink.sqlite']);
    sqlite.close();
  });

  it('copies an existing database beside itself before an upgrade applies migrations, and says where', () => {
    const { path, sqlite, log, folder } = database();
    migrateWithBackup(sqlite, path, FIRST);
    sqlite.prepare("INSERT INTO notes VALUES ('a', 'kept')").run();
    log.length = 0;

    migrateWithBackup(sqlite, path, BOTH);
    const copies = readdirSync(folder).filter((name) =>
      name.startsWith(`hushlink.sqlite.before-${HUSHLINK_VERSION}-`),
    );
    expect(copies).toHaveLength(1);
    const copyPath = join(folder, copies[0] ?? '');
    const events = log.map((line) => JSON.parse(line) as { event: string; path?: string });
    expect(events[0]).toMatchObject({ event: 'backup_before_migrating', path: copyPath });
    expect(events[1]).toMatchObject({ event: 'migrated' });
    // The copy is the database as it was: one migration, its row, no new column.
    const copy = new DatabaseSync(copyPath);
    expect(appliedMigrations(copy)).toEqual(['0000_first.sql']);
    expect(copy.prepare('SELECT * FROM notes').all()).toEqual([{ id: 'a', body: 'kept' }]);
    copy.close();
    expect(appliedMigrations(sqlite)).toEqual(['0000_first.sql', '0001_second.sql']);

    // Nothing to apply: no new copy.
    migrateWithBackup(sqlite, path, BOTH);
    expect(readdirSync(folder).filter((name) => name.includes('.before-'))).toHaveLength(1);
    sqlite.close();
  });

  it('refuses a database from a newer version without writing a copy', () => {
    const { path, sqlite, folder } = database();
    migrateWithBackup(sqlite, path, BOTH);
    expect(() => migrateWithBackup(sqlite, path, FIRST)).toThrow(NewerDatabaseError);
    expect(readdirSync(folder)).toEqual(['hushlink.sqlite']);
    sqlite.close();
  });
});
