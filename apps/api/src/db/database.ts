import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';

/** The drizzle database every query module takes. A Node entry would bind SQLite on disk to the same type. */
export type Database = DrizzleD1Database;

/** Opens the drizzle database on a D1 binding. */
export function openD1Database(binding: D1Database): Database {
  return drizzle(binding);
}
