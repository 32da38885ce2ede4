import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { auditRecordSchema } from '@hushlink/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, NODE_SERVER_ENTRY, typeScriptCommand } from '../../../../scripts/lib/dev-server.mjs';
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
let base = '';

/** The Linux kernel's view of a process's memory, in bytes: resident now (`VmRSS`) and at its peak (`VmHWM`). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

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
  // One process (`typeScriptCommand`: Node with tsx's loader), so that `server.pid` is the process that streams.
  // Its heap is capped at 48 MB, well below the export's 120 MB: a server that held the export would run out of
  // memory, and without the cap V8 lets garbage pile up to a budget of its own (40 to 60 MB here) before
  // collecting, which would measure V8's habits, not the export's.
  const { command, args } = typeScriptCommand(NODE_SERVER_ENTRY);
  const child = spawn(command, ['--max-old-space-size=48', ...args], {
    cwd: dataDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"event":"listening"')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
}, 120_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Reads the export line by line as it arrives, checking each; returns the count and the bytes received. */
async function consumeExport(query: string): Promise<{ lines: number; bytes: number; lastId: string }> {
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
    }
  }
  expect(pending).toBe('');
  return { lines, bytes, lastId };
}

describe('the audit export on the Node server', () => {
  it.skipIf(process.platform !== 'linux')(
    `streams ${EVENTS} events with the server's memory flat`,
    async () => {
      const pid = server?.pid ?? 0;
      const range = (to: number) =>
        new URLSearchParams({
          from: new Date(BASE).toISOString(),
          to: new Date(to).toISOString(),
        }).toString();
      // A small export first, so that what the first request loads (modules, compiled code) is not counted.
      expect((await consumeExport(range(BASE + 10 * 999))).lines).toBe(1000);
      // Writing 5 to clear_refs resets the peak (VmHWM) to what is resident now.
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const before = memoryOf(pid).rss;
      const result = await consumeExport(range(BASE + 10 * EVENTS));
      const growth = memoryOf(pid).peak - before;
      console.log(JSON.stringify({ exported: result.bytes, peakGrowth: growth }));
      expect(result.lines).toBe(EVENTS);
      expect(result.lastId).toBe(`seed-${EVENTS - 1}`);
      // Holding the export (or its rows) would grow the server by more than the export itself; streaming it a page
      // at a time keeps the peak to a small part of it.
      expect(growth).toBeLessThan(result.bytes / 4);
    },
    240_000,
  );
});
