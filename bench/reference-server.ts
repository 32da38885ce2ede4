// The platform's limits for item 7, measured in the same run: the smallest Hono app on @hono/node-server that
// answers the bench's health and create requests. `GET /api/health` returns a constant JSON body;
// `POST /api/secrets` parses the JSON body and inserts its ciphertext as one row into SQLite (node:sqlite, WAL,
// synchronous=NORMAL, one autocommit per request, as the Node server's settings), then answers 201 with the id.
// No validation, middleware, audit or logging: what is left of a request once those are gone.
// Run as a child process (Node with tsx's loader) on 127.0.0.1:$PORT; stops on SIGTERM.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const dir = mkdtempSync(join(tmpdir(), 'hushlink-bench-reference-'));
const db = new DatabaseSync(join(dir, 'reference.sqlite'));
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
db.exec('CREATE TABLE secrets (id TEXT PRIMARY KEY, ciphertext TEXT NOT NULL, created_at INTEGER NOT NULL)');
const insert = db.prepare('INSERT INTO secrets (id, ciphertext, created_at) VALUES (?, ?, ?)');

const app = new Hono()
  .get('/api/health', (c) => c.json({ ok: true }))
  .post('/api/secrets', async (c) => {
    const body = (await c.req.json()) as { ciphertext: string };
    const id = randomBytes(16).toString('base64url');
    insert.run(id, body.ciphertext, Date.now());
    return c.json({ id }, 201);
  });

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => {
  server.close(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
