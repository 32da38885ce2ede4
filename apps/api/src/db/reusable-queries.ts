import { is, Param, Placeholder } from 'drizzle-orm';
import type { Database } from './database.ts';

/**
 * Hot queries built by drizzle once per database, with `sql.placeholder(name)` where their values go, instead of
 * on every request. Building a query's SQL text is most of what drizzle costs: on the Node server it was a third
 * of a reveal's CPU time (the reveal batch has five statements). Placeholders keep the SQL text the same from one
 * request to the next, so the driver's prepared statement is reused too.
 */

/** `build(db)`, made once per database and kept for as long as the database is. */
export function perDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const made = new WeakMap<Database, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = build(db);
      made.set(db, value);
    }
    return value;
  };
}

/** The part of drizzle's prepared query that `db.batch` reads: its SQL and parameters. */
interface BatchPrepared {
  getQuery(): { sql: string; params: unknown[] };
}

/**
 * How drizzle's `batch` takes its items, on D1 and on the SQLite proxy alike: it calls `_prepare()` on each and
 * reads `getQuery()` (then `stmt` on D1) and `mapResult` from what that returns. Not in drizzle's published
 * types; the version is pinned in the lockfile, and the API tests run every batch below on both drivers.
 */
interface BatchBuilder {
  _prepare(): BatchPrepared;
}

/** Values by placeholder name. */
export type PlaceholderValues = Record<string, unknown>;

/** A query built once with placeholders, bound to each request's values as an item for `db.batch`. */
export interface BatchTemplate<Q> {
  /** The query with `values` in its placeholders, for `db.batch` only (it is not a builder to chain on). */
  bind(values: PlaceholderValues): Q;
}

/**
 * Makes a batch item template of a drizzle query builder whose values are `sql.placeholder(name)`. drizzle's own
 * prepared queries take placeholder values when run alone (`.prepare()` then `.all(values)`, see `findLive`), but
 * its `batch` sends a prepared query's parameters as they are, so a bound item here is drizzle's prepared query
 * with the filled parameters in front of it. A missing value throws, as drizzle does.
 */
export function batchTemplate<Q>(builder: Q): BatchTemplate<Q> {
  const prepared = (builder as unknown as BatchBuilder)._prepare();
  const query = prepared.getQuery();
  const fills = query.params.map(fillerOf);
  return {
    bind(values) {
      const bound = { ...query, params: fills.map((fill) => fill(values)) };
      const item: BatchPrepared = Object.create(prepared);
      item.getQuery = () => bound;
      return { _prepare: () => item } as unknown as Q;
    },
  };
}

/** For one parameter of a built query: how to get its value from the values by name. */
function fillerOf(param: unknown): (values: PlaceholderValues) => unknown {
  if (is(param, Placeholder)) {
    const name = param.name;
    return (values) => placeholderValue(values, name);
  }
  if (is(param, Param) && is(param.value, Placeholder)) {
    // A placeholder in a column's place (`.values()`, `.set()`): the column's encoder maps it, as for a value.
    const name = param.value.name;
    const encoder = param.encoder;
    return (values) => encoder.mapToDriverValue(placeholderValue(values, name));
  }
  return () => param;
}

function placeholderValue(values: PlaceholderValues, name: string): unknown {
  if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
  // D1 binds no `undefined`; an optional value left out is NULL.
  return values[name] ?? null;
}
