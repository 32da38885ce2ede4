import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './database.ts';

/**
 * `INSERT INTO table (columns) SELECT values WHERE condition`: inserts `row` only if `condition` holds when the
 * statement runs. A single statement is atomic in SQLite and in D1, so a check and the insert it guards (no
 * account exists yet, so this one becomes the admin) cannot be split by another request, as a read and a later
 * insert can.
 * Values are encoded by their columns and left-out ones take the column's default, as in drizzle's `.values()`.
 *
 * @example insertWhere(db, users, user, sql`NOT EXISTS (SELECT 1 FROM users)`).returning({ id: users.id })
 */
export function insertWhere<T extends SQLiteTable>(
  db: Database,
  table: T,
  row: T['$inferInsert'],
  condition: SQL,
) {
  const fields = row as Record<string, unknown>;
  // drizzle lists an insert's columns in this same order: the table's, less those generated always (its
  // `shouldDisableInsert`, which its published types leave out).
  const values = Object.entries(getTableColumns(table))
    .filter(([, column]) => column.generated === undefined || column.generated.type === 'byDefault')
    .map(([key, column]) => {
      const value = fields[key] !== undefined ? fields[key] : (column.default ?? column.defaultFn?.());
      if (value === undefined || value === null) return sql`NULL`;
      return is(value, SQL) ? value : sql.param(value, column);
    });
  return db.insert(table).select(sql`SELECT ${sql.join(values, sql`, `)} WHERE ${condition}`);
}
