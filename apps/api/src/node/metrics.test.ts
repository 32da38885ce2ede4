import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import parsePrometheus from 'parse-prometheus-text-format';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openSqliteDatabase } from '../db/sqlite-database.ts';
import { applyMigrations, readMigrations } from '../db/sqlite-migrations.ts';
import { fileBlobStore } from './file-blob-store.ts';
import { memoryRateLimiter } from './memory-rate-limiter.ts';
import { nodeMetrics } from './metrics.ts';
import { nodePorts } from './node-ports.ts';
import { parseTrustProxy } from './trust-proxy.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const dataDir = mkdtempSync(join(tmpdir(), 'hushlink-metrics-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const TOKEN = 'metrics-token-0123456789abcdef';
const databaseFile = join(dataDir, 'hushlink.sqlite');
const handle = openSqliteDatabase(databaseFile);
applyMigrations(handle.sqlite, readMigrations(join(root, 'migrations')));
const blobsDir = join(dataDir, 'blobs');
const ports = nodePorts(
  handle.db,
  { ORIGIN: 'https://hushlink.test', RP_ID: 'hushlink.test', ANONYMOUS_LINKS: 'true' },
  { trustProxy: parseTrustProxy(''), blobs: fileBlobStore(blobsDir), peer: () => '203.0.113.1' },
);
// One reveal a minute, so that the script meets the limit on its second reveal.
const app = createApp(
  { ...ports, limits: { ...ports.limits, reveal: memoryRateLimiter(1, 60) } },
  {
    writeLog: () => undefined,
    metrics: { token: TOKEN, metrics: nodeMetrics({ sqlite: handle.sqlite, databaseFile, blobsDir }) },
  },
);

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

async function createSecret(): Promise<{ id: string; claim: string }> {
  const claim = crypto.getRandomValues(new Uint8Array(32));
  const claimHash = b64url(new Uint8Array(await crypto.subtle.digest('SHA-256', claim)));
  const response = await app.request('/api/secrets', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ciphertext: b64url(new Uint8Array(2000)), expiresIn: 3600, claimHash }),
  });
  expect(response.status).toBe(201);
  return { id: ((await response.json()) as { id: string }).id, claim: b64url(claim) };
}

function reveal(id: string, claim: string): Promise<Response> {
  return Promise.resolve(
    app.request(`/api/secrets/${id}/reveal`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ claim }),
    }),
  );
}

describe('/metrics on the Node server', () => {
  it('refuses a request without the token or with another one, as JSON', async () => {
    for (const headers of [
      {},
      { Authorization: 'Bearer wrong-token-0123456789abcdef' },
      { Authorization: TOKEN },
    ]) {
      const response = await app.request('/metrics', { headers });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('counts what a scripted sequence did, in the Prometheus text format', async () => {
    const first = await createSecret();
    const second = await createSecret();
    expect((await reveal(first.id, first.claim)).status).toBe(200);
    expect((await reveal(second.id, second.claim)).status).toBe(429);
    expect((await app.request(`/api/secrets/${'A'.repeat(22)}`)).status).toBe(404);

    const response = await app.request('/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const families = new Map(parsePrometheus(text).map((family) => [family.name, family]));

    const requests = families.get('hushlink_http_requests_total');
    expect(requests?.type).toBe('COUNTER');
    const count = (route: string, method: string, status: string) =>
      Number(
        requests?.metrics.find(
          (sample) =>
            sample.labels?.route === route &&
            sample.labels.method === method &&
            sample.labels.status === status,
        )?.value ?? 0,
      );
    expect(count('/api/secrets', 'POST', '201')).toBe(2);
    expect(count('/api/secrets/:id/reveal', 'POST', '200')).toBe(1);
    expect(count('/api/secrets/:id/reveal', 'POST', '429')).toBe(1);
    expect(count('/api/secrets/:id', 'GET', '404')).toBe(1);
    // The 401s of the test before count too; no concrete path (which holds ids) is a label.
    expect(requests?.metrics.some((sample) => sample.labels?.route?.includes(first.id))).toBe(false);

    // The parser folds a histogram's label sets into one, so its per-route count is read from its own line.
    expect(families.get('hushlink_http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(text).toMatch(
      /^hushlink_http_request_duration_seconds_count\{route="\/api\/secrets",method="POST"\} 2$/m,
    );
    expect(text).toMatch(
      /^hushlink_http_request_duration_seconds_bucket\{le="\+Inf",route="\/api\/secrets",method="POST"\} 2$/m,
    );

    const events = families.get('hushlink_audit_events');
    const event = (name: string) =>
      Number(events?.metrics.find((sample) => sample.labels?.event === name)?.value ?? 0);
    expect(event('secret.created')).toBe(2);
    expect(event('secret.opened')).toBe(1);
    expect(Number(families.get('hushlink_database_bytes')?.metrics[0]?.value)).toBeGreaterThan(0);
    expect(families.get('hushlink_blob_bytes')?.metrics[0]?.value).toBeDefined();
  });
});
