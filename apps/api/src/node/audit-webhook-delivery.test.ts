import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditRecordSchema } from '@hushlink/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { webhookSignature } from '../crypto/webhook-signature.ts';
import { auditWebhookStore } from '../db/audit-webhook-store.ts';
import { openSqliteDatabase } from '../db/sqlite-database.ts';
import { applyMigrations, readMigrations } from '../db/sqlite-migrations.ts';
import type { AppPorts } from '../ports.ts';
import { setAuditWebhook } from '../services/audit-webhook.ts';
import { deliverAuditEvents, retryDelayMs } from '../services/audit-webhook-delivery.ts';
import { fileBlobStore } from './file-blob-store.ts';
import { nodePorts } from './node-ports.ts';
import { parseTrustProxy } from './trust-proxy.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url).href);
const handle = openSqliteDatabase(':memory:');
applyMigrations(handle.sqlite, readMigrations(join(root, 'migrations')));

let now = Date.parse('2026-12-03T12:00:00Z');
/** What the app ran after its responses; each test awaits it, as a Worker's runtime awaits `waitUntil`. */
let background: Promise<void>[] = [];
const ports: AppPorts = {
  ...nodePorts(
    handle.db,
    { ORIGIN: 'https://hushlink.test', RP_ID: 'hushlink.test', ANONYMOUS_LINKS: 'true' },
    {
      trustProxy: parseTrustProxy(''),
      blobs: fileBlobStore(join(tmpdir(), 'hushlink-webhook-blobs')),
      peer: () => '203.0.113.9',
    },
  ),
  clock: { now: () => now },
  background: (task) => background.push(task()),
};
const app = createApp(ports, { writeLog: () => undefined });

async function settle(): Promise<void> {
  const pending = background;
  background = [];
  await Promise.all(pending);
}

/**
 * The receiver: records each POST and answers with the next status of `answers` (200 once they run out); a 0
 * holds the answer until `release` is called.
 */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
const answers: number[] = [];
let receiver: Server;
let receiverUrl = '';
let release: () => void = () => undefined;
let arrived: () => void = () => undefined;
let secret = '';

/**
 * Verifies a `Hushlink-Signature` as README tells receivers to: HMAC-SHA256 of `t.body` under the secret, compared
 * in constant time. Written here from the README, independently of the server's `webhookSignature`.
 */
function verify(header: string | undefined, body: string, key: string): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=', 2)));
  const expected = createHmac('sha256', key).update(`${parts.t}.${body}`).digest('hex');
  return (
    typeof parts.v1 === 'string' &&
    parts.v1.length === expected.length &&
    timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected))
  );
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const status = answers.shift() ?? 200;
      response.statusCode = status === 0 ? 200 : status;
      if (status === 0) release = () => response.end();
      else response.end();
      arrived();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hushlink`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  handle.close();
});

/** Creates a link anonymously: a request that records `secret.created` and so wakes the webhook. */
async function createLink(): Promise<void> {
  const claimHash = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  const response = await app.request('/api/secrets', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ciphertext: 'AAAA', expiresIn: 3600, claimHash }),
  });
  expect(response.status).toBe(201);
}

function eventsReceived(): string[] {
  return received.map((request) => auditRecordSchema.parse(JSON.parse(request.body)).event);
}

describe('the audit webhook on the Node server', () => {
  it('signs t.body with HMAC-SHA256 as the vector says', () => {
    // printf '%s' '1764806400.{"id":1,"event":"alert"}' | openssl dgst -sha256 -hmac 'whsec_test-secret'
    expect(webhookSignature('whsec_test-secret', 1764806400, '{"id":1,"event":"alert"}')).toBe(
      't=1764806400,v1=f2ebea2e1f0e089feae93e539d84e29515d00bb91bfa431e8f9dc7a364e579ff',
    );
  });

  it('delivers each event signed, retries after a 500 with back-off, and never holds up the request', async () => {
    await createLink(); // before the webhook: never sent
    await settle();
    const request = { actor: null, ip: '203.0.113.9', userAgent: 'test' };
    ({ secret } = await setAuditWebhook(ports, request, 'admin-id', receiverUrl));
    answers.push(500);

    // The request that records an event answers at once; delivery runs after it and meets the 500.
    await createLink();
    await settle();
    expect(eventsReceived()).toEqual(['audit.webhook_set']);
    const failed = await auditWebhookStore(handle.db).find();
    expect(failed).toMatchObject({
      attempts: 1,
      lastError: 'status 500',
      nextAttemptAt: now + retryDelayMs(1),
    });

    // Before the back-off has passed, another event wakes delivery, which sends nothing.
    now += retryDelayMs(1) - 1;
    await createLink();
    await settle();
    expect(received).toHaveLength(1);

    // After it, the same event again (same id), then the rest in order; each signed over its own time and body.
    now += 1;
    await createLink();
    await settle();
    expect(eventsReceived()).toEqual([
      'audit.webhook_set',
      'audit.webhook_set',
      'secret.created',
      'secret.created',
      'secret.created',
    ]);
    expect(received[1]?.headers['hushlink-event-id']).toBe(received[0]?.headers['hushlink-event-id']);
    for (const delivery of received) {
      expect(delivery.headers['content-type']).toBe('application/json');
      expect(verify(delivery.headers['hushlink-signature'] as string, delivery.body, secret)).toBe(true);
      expect(verify(delivery.headers['hushlink-signature'] as string, delivery.body, 'whsec_wrong')).toBe(
        false,
      );
      expect(verify(delivery.headers['hushlink-signature'] as string, `${delivery.body} `, secret)).toBe(
        false,
      );
    }
    expect(received.at(-1)?.headers['hushlink-signature']).toMatch(
      new RegExp(`^t=${Math.floor(now / 1000)},v1=`),
    );
    expect(await auditWebhookStore(handle.db).find()).toMatchObject({ attempts: 0, lastError: null });
  });

  it('sends each event once when drains run at the same time', async () => {
    received.length = 0;
    for (let i = 0; i < 5; i++) await createLink();
    // The wakes of those requests and three more drains, all at once.
    await Promise.all([
      settle(),
      deliverAuditEvents(ports),
      deliverAuditEvents(ports),
      deliverAuditEvents(ports),
    ]);
    await deliverAuditEvents(ports);
    const ids = received.map((delivery) => delivery.headers['hushlink-event-id']);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it('answers the request that records an event while the receiver has not answered yet', async () => {
    received.length = 0;
    answers.push(0);
    const delivered = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // A request that waited for its delivery would never be answered here: the receiver answers only on release().
    await createLink();
    await delivered;
    const row = await auditWebhookStore(handle.db).find();
    expect(row?.lastEventId).toBeLessThan(Number(received[0]?.headers['hushlink-event-id']));
    release();
    await settle();
    expect((await auditWebhookStore(handle.db).find())?.lastEventId).toBe(
      Number(received[0]?.headers['hushlink-event-id']),
    );
  });

  it('answers the request that records an event even when the receiver is gone', async () => {
    await auditWebhookStore(handle.db).set({
      url: 'http://127.0.0.1:9/closed',
      secret: 'whsec_x',
      createdAt: now,
      createdBy: 'admin-id',
    });
    await createLink();
    await settle();
    expect(await auditWebhookStore(handle.db).find()).toMatchObject({
      attempts: 1,
      lastError: 'network error',
    });
  });
});
