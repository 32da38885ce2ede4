/**
 * `npm run test:load`: a mixed workload (create, metadata, reveal, revoke) at 32 connections against the real
 * server (`wrangler dev`: workerd and local D1), with a crash in the middle (SIGKILL of the whole server, then a
 * restart on the same database) and the scheduled purge run during the load. Then an accounting of every secret,
 * and a search of the server's log for any claim, manage token or ciphertext.
 *
 * Options: `--seconds N` (default 60; `npm test` runs 15), `--connections N` (default 32).
 * Exits non-zero on any 5xx, any broken promise, or a secret in the log.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from '../../scripts/lib/dev-server.mjs';
import { account } from './accounting.ts';
import { Ledger } from './ledger.ts';
import { runWorkload, Tally } from './workload.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '32' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const logFile = join(tmpdir(), `hushlink-load-${process.pid}.log`);

const server = await startDevServer({
  vars: { ANONYMOUS_LINKS: 'true' },
  testScheduled: true,
  logLevel: 'log',
  logFile,
});
const checks: Array<{ name: string; ok: boolean; detail: string }> = [];
try {
  const ledger = new Ledger();
  const tally = new Tally();
  const started = Date.now();
  const deadline = started + seconds * 1000;
  console.log(`load: ${connections} connections for ${seconds} s against ${server.url}`);

  const faults = (async () => {
    await sleepUntil(started + seconds * 400);
    const acknowledged = ledger.secrets.length;
    await server.kill();
    console.log(`load: SIGKILL of the server after ${acknowledged} acknowledged creates; restarting`);
    await server.restart();
    await sleepUntil(started + seconds * 600);
    const purge = await fetch(`${server.url}/__scheduled?cron=${encodeURIComponent('*/15 * * * *')}`);
    console.log(`load: scheduled purge during the load answered ${purge.status}`);
    checks.push({ name: 'purge ran during the load', ok: purge.ok, detail: `status ${purge.status}` });
  })();
  await runWorkload(() => server.url, ledger, tally, connections, deadline);
  await faults;

  const violations = await account(server.url, ledger);
  const log = readFileSync(logFile, 'utf8');
  const leaked = ledger.secrets.filter(
    (secret) =>
      log.includes(secret.claim) ||
      log.includes(secret.manageToken) ||
      log.includes(secret.ciphertext.slice(0, 64)),
  );

  const elapsed = (Date.now() - started) / 1000;
  console.log(
    `load: ${tally.requests} requests in ${elapsed.toFixed(1)} s (${(tally.requests / elapsed).toFixed(0)}/s)`,
  );
  console.log(`load: p50 ${tally.percentile(50).toFixed(1)} ms, p99 ${tally.percentile(99).toFixed(1)} ms`);
  console.log(`load: ${tally.connectionErrors} requests unanswered while the server was down`);
  for (const [key, count] of [...tally.statuses].sort()) console.log(`load:   ${key.padEnd(14)} ${count}`);
  const uncertain = ledger.secrets.filter((secret) => secret.uncertain).length;
  console.log(
    `load: ${ledger.secrets.length} secrets accounted for (${uncertain} with an answer lost in the crash)`,
  );
  for (const violation of violations.slice(0, 20))
    console.log(`load: VIOLATION ${violation.id}: ${violation.problem}`);

  checks.push(
    { name: 'no 5xx', ok: tally.serverErrors === 0, detail: `${tally.serverErrors} answers ≥ 500` },
    {
      name: 'every acknowledged secret accounted for',
      ok: violations.length === 0,
      detail: `${violations.length} violations`,
    },
    {
      name: 'the crash lost nothing acknowledged',
      ok: violations.length === 0 && ledger.secrets.length > 0,
      detail: `${ledger.secrets.length} secrets`,
    },
    {
      name: 'no claim, token or ciphertext in the server log',
      ok: leaked.length === 0 && log.includes('"event":"request"'),
      detail: `${leaked.length} found`,
    },
  );
} finally {
  await server.stop();
  rmSync(logFile, { force: true });
}
for (const check of checks)
  console.log(`load: ${check.ok ? 'PASS' : 'FAIL'} ${check.name} (${check.detail})`);
const failed = checks.filter((check) => !check.ok).length;
console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function sleepUntil(at: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
}
