import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import type { Database } from './database.ts';

/** A SQLite database file opened for the Node server, with the drizzle database on top of it. */
export interface SqliteHandle {
  db: Database;
  sqlite: DatabaseSync;
  close(): void;
}

type Method = 'run' | 'all' | 'values' | 'get';
type SqlValue = null | number | bigint | string | Uint8Array;

/**
 * Opens SQLite through Node's built-in `node:sqlite` (no native add-on to build) in WAL mode, and puts drizzle on
 * it through the sqlite-proxy driver: the same `sqlite-core` schema and queries as on D1. Statements are prepared
 * once and reused; a batch runs in one transaction, as D1 runs its batches.
 *
 * drizzle's proxy database has the same query builder and `batch` as its D1 database; the D1 type serves as the
 * common `Database` type, which is why the result is cast.
 */
export function openSqliteDatabase(path: string): SqliteHandle {
  const sqlite = new DatabaseSync(path);
  sqlite.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  const statements = new Map<string, StatementSync>();

  function statement(sql: string): StatementSync {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = sqlite.prepare(sql);
      prepared.setReturnArrays(true);
      statements.set(sql, prepared);
    }
    return prepared;
  }

  function execute(sql: string, params: unknown[], method: Method): { rows: unknown[] } {
    const prepared = statement(sql);
    const values = params.map(toSqlValue);
    if (method === 'run') {
      prepared.run(...values);
      return { rows: [] };
    }
    // For `get`, drizzle takes the row itself (or undefined) as `rows`.
    if (method === 'get') return { rows: prepared.get(...values) as unknown as unknown[] };
    return { rows: prepared.all(...values) as unknown[] };
  }

  const db = drizzle(
    async (sql, params, method) => execute(sql, params, method),
    async (queries) => {
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        const results = queries.map((query) => execute(query.sql, query.params, query.method));
        sqlite.exec('COMMIT');
        return results;
      } catch (error) {
        sqlite.exec('ROLLBACK');
        throw error;
      }
    },
  ) as unknown as Database;

  return {
    db,
    sqlite,
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

function toSqlValue(value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string') return value;
  if (value instanceof Uint8Array) return value;
  return JSON.stringify(value);
}
