import { eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchTemplate, perDatabase } from '../db/reusable-queries.ts';
import { openSqliteDatabase, type SqliteHandle } from '../db/sqlite-database.ts';

// Node only (src/node): the D1 side runs the same templates in the workerd suite's create and reveal tests.
const notes = sqliteTable('notes', {
  id: text('id').primaryKey(),
  body: text('body'),
  pinned: integer('pinned', { mode: 'boolean' }).notNull(),
  views: integer('views').notNull(),
});
const p = sql.placeholder;

let handle: SqliteHandle;

beforeEach(() => {
  handle = openSqliteDatabase(':memory:');
  handle.sqlite.exec(
    'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT, pinned INTEGER NOT NULL, views INTEGER NOT NULL)',
  );
});

afterEach(() => handle.close());

const queries = perDatabase((db) => ({
  insert: batchTemplate(
    db.insert(notes).values({ id: p('id'), body: p('body'), pinned: p('pinned'), views: p('views') }),
  ),
  view: batchTemplate(
    db
      .update(notes)
      .set({ views: sql`${notes.views} + ${p('by')}` })
      .where(eq(notes.id, p('id')))
      .returning({ id: notes.id, pinned: notes.pinned, views: notes.views }),
  ),
}));

describe('queries built once with placeholders (batchTemplate)', () => {
  it('binds each item to its own values, encodes them by column, and maps what a statement returns', async () => {
    const { db } = handle;
    const { insert, view } = queries(db);
    const [, , viewed] = await db.batch([
      insert.bind({ id: 'a', body: 'first', pinned: true, views: 0 }),
      insert.bind({ id: 'b', body: undefined, pinned: false, views: 5 }),
      view.bind({ id: 'a', by: 2 }),
    ]);
    expect(viewed).toEqual([{ id: 'a', pinned: true, views: 2 }]);
    expect(handle.sqlite.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual([
      { id: 'a', body: 'first', pinned: 1, views: 2 },
      // A value left undefined is stored as NULL (D1 binds no undefined).
      { id: 'b', body: null, pinned: 0, views: 5 },
    ]);
  });

  it('refuses an item with a value missing, naming it, and stores nothing of its batch', async () => {
    const { db } = handle;
    const { insert } = queries(db);
    expect(() => insert.bind({ id: 'c', body: 'x', pinned: true })).toThrow(
      'No value for placeholder "views" was provided',
    );
    expect(handle.sqlite.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });

  it('builds once per database', () => {
    const other = openSqliteDatabase(':memory:');
    try {
      expect(queries(handle.db)).toBe(queries(handle.db));
      expect(queries(other.db)).not.toBe(queries(handle.db));
    } finally {
      other.close();
    }
  });
});
