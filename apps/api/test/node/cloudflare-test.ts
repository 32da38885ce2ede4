/**
 * `cloudflare:test` for the API suite on Node: the same test files run against the Node server's ports —
 * SQLite through `node:sqlite`, blobs in a temporary folder, in-memory rate limits — instead of workerd, D1 and
 * R2. Each test file gets a fresh in-memory database with the real migrations applied, and its own folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/app.ts';
import { openSqliteDatabase } from '../../src/db/sqlite-database.ts';
import { applyMigrations, readMigrations } from '../../src/db/sqlite-migrations.ts';
import { fileBlobStore } from '../../src/node/file-blob-store.ts';
import { nodePorts } from '../../src/node/node-ports.ts';
import { parseTrustProxy } from '../../src/node/trust-proxy.ts';
import { purgeExpired } from '../../src/services/purge.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const handle = openSqliteDatabase(':memory:');
applyMigrations(handle.sqlite, readMigrations(join(root, 'migrations')));

const blobRoot = mkdtempSync(join(tmpdir(), 'hushlink-blobs-'));
process.once('exit', () => rmSync(blobRoot, { recursive: true, force: true }));
const blobs = fileBlobStore(blobRoot);
// Requests made with app.request() have no socket: each comes from a reverse proxy on 127.0.0.1, trusted as
// TRUST_PROXY=loopback trusts it, which appends the client's address to X-Forwarded-For.
const ports = nodePorts(
  handle.db,
  { ORIGIN: 'https://hushlink.test', RP_ID: 'hushlink.test', ANONYMOUS_LINKS: 'true' },
  { trustProxy: parseTrustProxy('loopback'), blobs, peer: () => '127.0.0.1' },
);
const app = createApp(ports);

/**
 * The app under test, called in-process as the Workers pool calls the Worker. The tests name the client's address
 * as Cloudflare would (`CF-Connecting-IP`); here the proxy in front passes it on as nginx's
 * `proxy_add_x_forwarded_for` does, appended to whatever `X-Forwarded-For` the client sent.
 */
export const SELF = {
  fetch(input: string, init?: RequestInit): Promise<Response> {
    const headers = new Headers(init?.headers);
    const client = headers.get('CF-Connecting-IP');
    if (client !== null) {
      headers.delete('CF-Connecting-IP');
      const sent = headers.get('X-Forwarded-For');
      headers.set('X-Forwarded-For', sent ? `${sent}, ${client}` : client);
    }
    return Promise.resolve(app.request(input, { ...init, headers }));
  },
};

/** Bindings as the tests use them: `DB` is a small D1-shaped wrapper over the same SQLite database. */
export const env = {
  DB: d1Shim(handle.sqlite),
  TEST_BLOBS: blobs,
  TEST_PURGE: async () => {
    await purgeExpired(ports);
  },
  TEST_MIGRATIONS: [] as Array<{ name: string; queries: string[] }>,
  FUZZ_SEED: process.env.FUZZ_SEED,
};

/** Execution contexts, for code that imports them; on Node the tests run the purge through `env.TEST_PURGE`. */
export function createExecutionContext() {
  const pending: Promise<unknown>[] = [];
  return {
    pending,
    waitUntil: (promise: Promise<unknown>) => pending.push(promise),
    passThroughOnException: () => undefined,
  };
}

/** See `createExecutionContext`. */
export async function waitOnExecutionContext(ctx: { pending: Promise<unknown>[] }): Promise<void> {
  await Promise.all(ctx.pending);
}

/** See `createExecutionContext`. */
export function createScheduledController(options: { scheduledTime?: number; cron?: string } = {}) {
  return { scheduledTime: options.scheduledTime ?? Date.now(), cron: options.cron ?? '', noRetry() {} };
}

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
