import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { auditRecordSchema } from '@hushlink/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, NODE_SERVER_ENTRY, typeScriptCommand } from '../../../../scripts/lib/dev-server.mjs';
import { connectInspector, type Inspector, inspectorUrlIn } from '../../test/node/retained-memory.ts';
import { newTokenPair } from '../crypto/token-pair.ts';
import { applyMigrations, readMigrations } from '../db/sqlite-migrations.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const dataDir = mkdtempSync(join(tmpdir(), 'hushlink-export-'));
const EVENTS = 100_000;
/** Two hours ago: within the audit retention that the server's purge at start keeps to, and before this test's own events. */
const BASE = Date.now() - 2 * 3_600_000;
/** A detail of about a kilobyte per event, so that the export (about 130 MB) dwarfs the server's own baseline. */
const DETAIL = JSON.stringify({ reason: 'x'.repeat(1000) });
const token = newTokenPair();
let server: ChildProcess | undefined;
let inspector: Inspector | undefined;
let base = '';

beforeAll(async () => {
  const sqlite = new DatabaseSync(join(dataDir, 'hushlink.sqlite'));
  applyMigrations(sqlite, readMigrations(join(root, 'migrations')));
  const now = Date.now();
  sqlite
    .prepare(
      `INSERT INTO users (id, name, display_name, role, state, webauthn_user_id, created_at)
       VALUES ('exportadmin000000000000', 'auditor', 'Auditor', 'admin', 'active', 'handle', ?)`,
    )
    .run(now);
  sqlite
    .prepare(
      `INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at, expires_at)
       VALUES (?, 'exportadmin000000000000', 'export', ?, ?, ?)`,
    )
    .run(token.id, token.secretHash, now, now + 3_600_000);
  sqlite
    .prepare(
      `INSERT INTO audit_events (at, event, actor_id, ip, user_agent, target_type, target_id, detail)
       WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
       SELECT ? + i * 10, 'secret.opened', 'exportadmin000000000000', '198.51.100.7', 'curl/8', 'secret',
              'seed-' || i, ? FROM n`,
    )
    .run(EVENTS, BASE, DETAIL);
  sqlite.close();

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // One process (`typeScriptCommand`: Node with tsx's loader), so that the inspector is the process that streams.
  // Its heap is capped at 48 MB, well below the export's 120 MB, so a server that held the export as strings would
  // also run out of memory.
  const { command, args } = typeScriptCommand(NODE_SERVER_ENTRY);
  const child = spawn(command, ['--max-old-space-size=48', '--inspect=127.0.0.1:0', ...args], {
    cwd: dataDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  const inspectorUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = inspectorUrlIn(output);
      if (url && output.includes('"event":"listening"')) resolve(url);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
  inspector = await connectInspector(inspectorUrl);
}, 120_000);

afterAll(() => {
  inspector?.close();
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Reads the export line by line as it arrives, checking each; returns the count and the bytes received. Every
 * `pauseEvery` lines it stops reading and awaits `onPause`, so the server meets back-pressure meanwhile.
 */
async function consumeExport(
  query: string,
  pause?: { every: number; onPause: () => Promise<void> },
): Promise<{ lines: number; bytes: number; lastId: string }> {
  const response = await fetch(`${base}/api/audit/export?${query}`, {
    headers: { Authorization: `Bearer ${token.token}` },
  });
  expect(response.status).toBe(200);
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no body');
  let pending = '';
  let lines = 0;
  let bytes = 0;
  let lastId = '';
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.length;
    pending += next.value;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      const record = auditRecordSchema.parse(JSON.parse(line));
      expect(record.targetId).toBe(`seed-${lines}`);
      lastId = record.targetId ?? '';
      lines += 1;
      if (pause && lines % pause.every === 0) await pause.onPause();
    }
  }
  expect(pending).toBe('');
  return { lines, bytes, lastId };
}

describe('the audit export on the Node server', () => {
  it.skipIf(process.platform !== 'linux')(
    `streams ${EVENTS} events with the server's memory flat`,
    async () => {
      const range = (to: number) =>
        new URLSearchParams({
          from: new Date(BASE).toISOString(),
          to: new Date(to).toISOString(),
        }).toString();
      if (!inspector) throw new Error('no inspector');
      const memory = inspector;
      // A small export first, so that what the first request loads (modules, compiled code) is not counted.
      expect((await consumeExport(range(BASE + 10 * 999))).lines).toBe(1000);
      const before = await memory.retainedBytes();
      // Four times during the export the reader stops and the server is asked what it still holds: a server that
      // read ahead of its reader (or built the export whole) holds what it read; one that streams holds a page.
      const held: number[] = [];
      const result = await consumeExport(range(BASE + 10 * EVENTS), {
        every: EVENTS / 5,
        onPause: async () => {
          held.push((await memory.retainedBytes()) - before);
        },
      });
      console.log(JSON.stringify({ exported: result.bytes, retainedGrowth: held }));
      expect(result.lines).toBe(EVENTS);
      expect(result.lastId).toBe(`seed-${EVENTS - 1}`);
      expect(held).toHaveLength(5);
      // A page is about 600 kB of text; what the server holds beyond its baseline stays a small part of the export.
      expect(Math.max(...held)).toBeLessThan(result.bytes / 20);
    },
    240_000,
  );
});
