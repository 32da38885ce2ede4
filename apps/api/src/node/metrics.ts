import type { Dirent } from 'node:fs';
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ServerMetrics } from '../routes/metrics.ts';

/** Where the server keeps its data, for the size gauges. */
export interface MetricSources {
  sqlite: DatabaseSync;
  databaseFile: string;
  blobsDir: string;
}

/**
 * Builds the metrics on a registry of their own (no process-wide default): requests by route, method and status
 * and their latency; the audit log's events by name (secrets created, opened, denied, revoked and expired, sign-in
 * failures, alerts — read from the database at each scrape, so they count what the audit log holds); and the
 * database's and the blobs' sizes on disk. Rate-limit refusals are the requests answered 429.
 */
export function nodeMetrics(sources: MetricSources): ServerMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'hushlink_http_requests_total',
    help: 'Requests answered, by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'hushlink_http_request_duration_seconds',
    help: 'Time to answer a request, by route pattern and method.',
    labelNames: ['route', 'method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const countEvents = sources.sqlite.prepare('SELECT event, count(*) AS n FROM audit_events GROUP BY event');
  new Gauge({
    name: 'hushlink_audit_events',
    help: 'Events in the audit log, by name (secret.created, secret.opened, sign_in.failed, alert, ...).',
    labelNames: ['event'],
    registers: [registry],
    collect() {
      this.reset();
      for (const row of countEvents.all() as Array<{ event: string; n: number }>) {
        this.set({ event: row.event }, Number(row.n));
      }
    },
  });
  new Gauge({
    name: 'hushlink_database_bytes',
    help: 'Size of the SQLite database and its write-ahead log on disk.',
    registers: [registry],
    collect() {
      this.set(fileSize(sources.databaseFile) + fileSize(`${sources.databaseFile}-wal`));
    },
  });
  new Gauge({
    name: 'hushlink_blob_bytes',
    help: 'Size of the uploaded files (ciphertext) on disk.',
    registers: [registry],
    async collect() {
      this.set(await folderSize(sources.blobsDir));
    },
  });
  return {
    observe(record) {
      const status = String(record.status);
      requests.inc({ route: record.route, method: record.method, status });
      latency.observe({ route: record.route, method: record.method }, record.durationMs / 1000);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The bytes of every file under `dir` (0 when it does not exist). */
async function folderSize(dir: string): Promise<number> {
  let total = 0;
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderSize(path);
    else if (entry.isFile()) total += (await stat(path).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
