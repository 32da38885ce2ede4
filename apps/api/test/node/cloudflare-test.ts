/**
 * `cloudflare:test` for the API suite on Node: the same test files run against the Node server's ports —
 * SQLite through `node:sqlite`, in-memory rate limits — instead of workerd and D1. Each test file gets a fresh
 * in-memory database with the real migrations applied.
 */
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/app.ts';
import { openSqliteDatabase } from '../../src/db/sqlite-database.ts';
import { applyMigrations, readMigrations } from '../../src/db/sqlite-migrations.ts';
import { nodePorts } from '../../src/node/node-ports.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const handle = openSqliteDatabase(':memory:');
applyMigrations(handle.sqlite, readMigrations(join(root, 'migrations')));

const ports = nodePorts(
  handle.db,
  { ORIGIN: 'https://hushlink.test', RP_ID: 'hushlink.test', ANONYMOUS_LINKS: 'true' },
  { trustProxy: false },
);
// Requests made with app.request() have no socket; the tests name their IP as Cloudflare would.
const app = createApp({ ...ports, clientIp: (c) => c.req.header('CF-Connecting-IP') ?? null });

/** The app under test, called in-process as the Workers pool calls the Worker. */
export const SELF = {
  fetch: (input: string, init?: RequestInit): Promise<Response> => Promise.resolve(app.request(input, init)),
};

/** Bindings as the tests use them: `DB` is a small D1-shaped wrapper over the same SQLite database. */
export const env = {
  DB: d1Shim(handle.sqlite),
  TEST_MIGRATIONS: [] as Array<{ name: string; queries: string[] }>,
  FUZZ_SEED: process.env.FUZZ_SEED,
};

/** Migrations were applied when this module loaded. */
export async function applyD1Migrations(): Promise<void> {}

type Value = null | number | bigint | string | Uint8Array;

function d1Shim(sqlite: DatabaseSync) {
  return {
    prepare(sql: string) {
      const statement = (values: Value[]) => ({
        bind: (...more: Value[]) => statement([...values, ...more]),
        async first<T>(): Promise<T | null> {
          return (sqlite.prepare(sql).get(...values) as T | undefined) ?? null;
        },
        async all<T>(): Promise<{ results: T[] }> {
          return { results: sqlite.prepare(sql).all(...values) as T[] };
        },
        async run(): Promise<{ success: true }> {
          sqlite.prepare(sql).run(...values);
          return { success: true };
        },
      });
      return statement([]);
    },
  };
}
