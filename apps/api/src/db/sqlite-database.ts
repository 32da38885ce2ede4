import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import type { Database } from './database.ts';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';

/** A SQLite database file opened for the Node server, with the drizzle database on top of it. */
export interface SqliteHandle {
  db: Database;
  sqlite: DatabaseSync;
  /** The thread that checkpoints the log (null for an in-memory database, which has none). */
  checkpointer: WalCheckpointer | null;
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
  // Checkpoints run in a thread of their own (wal-checkpointer.ts), never inside a commit on the event loop.
  const inMemory = path === ':memory:' || path === '';
  let checkpointer: WalCheckpointer | null = null;
  if (!inMemory) {
    sqlite.exec('PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864;');
    checkpointer = startWalCheckpointer(path);
  }
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

  const commits = groupCommit(sqlite, (query) => execute(query.sql, query.params, query.method));
  const db = drizzle(
    async (sql, params, method) => execute(sql, params, method),
    (queries) => commits.run(queries),
  ) as unknown as Database;

  return {
    db,
    sqlite,
    checkpointer,
    close() {
      commits.flush();
      // Whichever connection closes last folds the log into the file and removes it.
      void checkpointer?.close();
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

interface Query {
  sql: string;
  params: unknown[];
  method: Method;
}

interface PendingBatch {
  queries: Query[];
  resolve(results: { rows: unknown[] }[]): void;
  reject(error: unknown): void;
}

/**
 * Runs each batch atomically, as D1 does, but lets the batches that arrive in one turn of the event loop share a
 * transaction: one `BEGIN IMMEDIATE … COMMIT` for all of them, each inside its own savepoint, so one that fails is
 * rolled back alone and the others still commit. A commit (the WAL write) costs more than the statements of a
 * create or a reveal together; concurrent requests now pay for it once. No batch is answered before its commit, so
 * what a caller is told was stored has been committed; a failed commit fails every batch in it.
 */
function groupCommit(sqlite: DatabaseSync, execute: (query: Query) => { rows: unknown[] }) {
  let pending: PendingBatch[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batches = pending;
    pending = [];
    if (batches.length === 0) return;
    const done: { batch: PendingBatch; results: { rows: unknown[] }[] }[] = [];
    try {
      sqlite.exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const batch of batches) batch.reject(error);
      return;
    }
    for (const batch of batches) {
      sqlite.exec('SAVEPOINT batch');
      try {
        done.push({ batch, results: batch.queries.map(execute) });
        sqlite.exec('RELEASE batch');
      } catch (error) {
        sqlite.exec('ROLLBACK TO batch');
        sqlite.exec('RELEASE batch');
        batch.reject(error);
      }
    }
    try {
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.isTransaction) sqlite.exec('ROLLBACK');
      for (const { batch } of done) batch.reject(error);
      return;
    }
    for (const { batch, results } of done) batch.resolve(results);
  }

  return {
    /** Queues a batch for the next group commit; resolves with its results once committed. */
    run(queries: Query[]): Promise<{ rows: unknown[] }[]> {
      return new Promise((resolve, reject) => {
        pending.push({ queries, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    /** Commits what is queued now (before the database closes). */
    flush,
  };
}
