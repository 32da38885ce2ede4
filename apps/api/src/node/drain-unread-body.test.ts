import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { DRAIN_MAX_BYTES } from './drain-unread-body.ts';
import { nodeServeOptions } from './http-server.ts';

/**
 * A route that answers before the body has arrived, as an upload part refused because the disk is full does: it
 * reads one chunk, lets go of the body and answers 507.
 */
const app = new Hono()
  .put('/early', async (c) => {
    const reader = c.req.raw.body?.getReader();
    await reader?.read();
    reader?.releaseLock();
    return c.json({ error: { code: 'storage_full', message: 'full' } }, 507);
  })
  .get('/next', (c) => c.text('next answer'));

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0, ...nodeServeOptions });
const port = await new Promise<number>((resolve) =>
  server.once('listening', () => resolve((server.address() as AddressInfo).port)),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw HTTP/1.1 connection that records what it receives and whether the server closed or reset it. */
function rawConnection() {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  let closedBy: string | null = null;
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
  });
  socket.on('end', () => {
    closedBy ??= 'FIN';
  });
  socket.on('error', (error: NodeJS.ErrnoException) => {
    closedBy ??= error.code ?? 'error';
  });
  const write = (data: string | Uint8Array) =>
    new Promise<void>((resolve, reject) =>
      socket.write(data, (error) => (error ? reject(error) : resolve())),
    );
  const until = async (text: string) => {
    while (!received.includes(text)) {
      if (closedBy)
        throw new Error(`the server closed the connection (${closedBy}) before sending "${text}"`);
      await sleep(10);
    }
  };
  return { socket, write, until, received: () => received, closedBy: () => closedBy };
}

describe('a request body the app did not read (Node server)', () => {
  it('is drained after the answer, so a client still sending gets it and the connection serves the next request', async () => {
    const size = 4 * 1024 * 1024;
    const client = rawConnection();
    await client.write(`PUT /early HTTP/1.1\r\nHost: test\r\nContent-Length: ${size}\r\n\r\n`);
    await client.write(new Uint8Array(256 * 1024));
    await client.until('HTTP/1.1 507');
    // The rest arrives slowly, over longer than the adapter's own clean-up waited (500 ms) before closing.
    let sent = 256 * 1024;
    while (sent < size) {
      await sleep(200);
      const piece = Math.min(512 * 1024, size - sent);
      await client.write(new Uint8Array(piece));
      sent += piece;
    }
    await client.write('GET /next HTTP/1.1\r\nHost: test\r\n\r\n');
    await client.until('next answer');
    expect(client.received()).toMatch(/^HTTP\/1\.1 507 [\s\S]*"storage_full"[\s\S]*HTTP\/1\.1 200 OK/);
    expect(client.closedBy()).toBeNull();
    client.socket.destroy();
  });

  it('cuts off a client that sends far more than any Hushlink request after its answer', async () => {
    const size = 2 * DRAIN_MAX_BYTES;
    const client = rawConnection();
    await client.write(`PUT /early HTTP/1.1\r\nHost: test\r\nContent-Length: ${size}\r\n\r\n`);
    await client.write(new Uint8Array(64 * 1024));
    await client.until('HTTP/1.1 507');
    const piece = new Uint8Array(1024 * 1024);
    let sent = 64 * 1024;
    while (sent < size && client.closedBy() === null) {
      await client.write(piece).catch(() => undefined);
      sent += piece.byteLength;
    }
    expect(client.closedBy()).not.toBeNull();
    expect(sent).toBeLessThan(size);
    client.socket.destroy();
  });
});
