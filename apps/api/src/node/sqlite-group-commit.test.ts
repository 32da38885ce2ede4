import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteDatabase, type SqliteHandle } from '../db/sqlite-database.ts';

const probes = sqliteTable('probes', { id: text('id').primaryKey(), n: integer('n').notNull() });

let folder: string;
let handle: SqliteHandle;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'hushlink-group-commit-'));
  handle = openSqliteDatabase(join(folder, 'test.sqlite'));
  handle.sqlite.exec('CREATE TABLE probes (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
});

afterEach(async () => {
  // The checkpointer thread's connection must be gone before its folder is.
  await handle.checkpointer?.close();
  handle.close();
  rmSync(folder, { recursive: true, force: true });
});

function ids(): string[] {
  return (handle.sqlite.prepare('SELECT id FROM probes ORDER BY id').all() as { id: string }[]).map(
    (row) => row.id,
  );
}

describe('batches on the Node server’s SQLite (group commit)', () => {
  it('commits the batches of one turn of the event loop together, each whole', async () => {
    const exec = vi.spyOn(handle.sqlite, 'exec');
    const { db } = handle;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.batch([
          db.insert(probes).values({ id: `a${i}`, n: i }),
          db.insert(probes).values({ id: `b${i}`, n: i }),
        ]),
      ),
    );
    expect(exec.mock.calls.filter(([statement]) => statement === 'COMMIT')).toHaveLength(1);
    expect(ids()).toHaveLength(20);
    expect(handle.sqlite.isTransaction).toBe(false);
  });

  it('rolls back a failing batch alone: the others in its commit are stored and answered', async () => {
    const { db } = handle;
    const results = await Promise.allSettled([
      db.batch([db.insert(probes).values({ id: 'first', n: 1 })]),
      // Its second statement breaks the primary key: its first must not be stored either.
      db.batch([
        db.insert(probes).values({ id: 'lost', n: 2 }),
        db.insert(probes).values({ id: 'first', n: 3 }),
      ]),
      db.batch([
        db.insert(probes).values({ id: 'last', n: 4 }),
        db
          .update(probes)
          .set({ n: sql`${probes.n} + 10` })
          .where(sql`${probes.id} = 'first'`),
      ]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(ids()).toEqual(['first', 'last']);
    expect(handle.sqlite.prepare("SELECT n FROM probes WHERE id = 'first'").get()).toEqual({ n: 11 });
  });

  it('answers a batch only after its commit: a later batch sees what an earlier one stored', async () => {
    const { db } = handle;
    await db.batch([db.insert(probes).values({ id: 'x', n: 1 })]);
    const [updated] = await db.batch([
      db.update(probes).set({ n: 2 }).where(sql`${probes.id} = 'x' and ${probes.n} = 1`).returning(),
    ]);
    expect(updated).toEqual([{ id: 'x', n: 2 }]);
  });
});
