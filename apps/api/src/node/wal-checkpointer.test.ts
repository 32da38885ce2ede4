import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase, type SqliteHandle } from '../db/sqlite-database.ts';

let folder: string;
let path: string;
let handle: SqliteHandle;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'hushlink-checkpoint-'));
  path = join(folder, 'test.sqlite');
  handle = openSqliteDatabase(path);
  handle.sqlite.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
});

afterEach(async () => {
  // The thread's connection must be gone before its folder is, or its next checkpoint reports the missing file.
  await handle.checkpointer?.close();
  handle.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Writes about `pages` 4 KiB pages of rows, 50 rows a transaction. */
function write(pages: number): void {
  const insert = handle.sqlite.prepare('INSERT INTO rows (body) VALUES (?)');
  const body = 'x'.repeat(3_000);
  for (let i = 0; i < pages; i += 50) {
    handle.sqlite.exec('BEGIN');
    for (let j = 0; j < 50; j++) insert.run(body);
    handle.sqlite.exec('COMMIT');
  }
}

describe('WAL checkpoints of the Node server’s SQLite', () => {
  it('never run inside a commit on the event loop, and the checkpointer thread copies the whole log', async () => {
    expect(handle.sqlite.prepare('PRAGMA wal_autocheckpoint').get()).toEqual({ wal_autocheckpoint: 0 });
    // SQLite's default would have checkpointed at 1,000 pages and reused the log from its start.
    await handle.checkpointer?.close();
    handle = { ...handle, checkpointer: null };
    write(3_000);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(2_500 * 4096);
  });

  it('copies what was committed, in its own thread, while the server goes on writing', async () => {
    write(1_500);
    const checkpointer = handle.checkpointer;
    if (!checkpointer) throw new Error('a file database must have a checkpointer');
    const [during] = await Promise.all([checkpointer.checkpoint(), Promise.resolve().then(() => write(200))]);
    expect(during.busy).toBe(0);
    const after = await checkpointer.checkpoint();
    expect(after.log).toBeGreaterThan(0);
    expect(after.checkpointed).toBe(after.log);
    expect(handle.sqlite.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 1_700 });
  });

  // The verdict is the child's own list of what keeps its event loop alive, taken once the database is open: a
  // checkpoint thread left referenced shows as a MessagePort there (and the process would never exit), so no timer
  // decides the outcome. The budget is that of the suite's other tests that start a process: starting Node and
  // importing the module took over 5 s on a loaded 2-core machine.
  it('never keeps a process alive: one that opened a database and did not close it still exits', async () => {
    const module = new URL('../db/sqlite-database.ts', import.meta.url).pathname;
    const script = `const { openSqliteDatabase } = await import(${JSON.stringify(module)});
openSqliteDatabase(${JSON.stringify(join(folder, 'left-open.sqlite'))});
await new Promise((resolve) => setImmediate(resolve));
// The pipes of its own stdout and stderr are listed too; they never keep a process alive.
console.log(JSON.stringify(process.getActiveResourcesInfo().filter((name) => name !== 'PipeWrap')));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const keptAlive = await new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout.trim());
      });
      child.on('exit', () => resolve(stdout.trim()));
    });
    // Whatever it printed, a child that would hang is not left behind.
    if (keptAlive !== '[]') child.kill();
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve([child.exitCode, child.signalCode]);
      else child.on('exit', (code, killed) => resolve([code, killed]));
    });
    expect(stderr).toBe('');
    expect(keptAlive).toBe('[]');
    expect([status, signal]).toEqual([0, null]);
  }, 60_000);

  it('has no thread for an in-memory database', () => {
    const memory = openSqliteDatabase(':memory:');
    expect(memory.checkpointer).toBeNull();
    memory.close();
  });
});
