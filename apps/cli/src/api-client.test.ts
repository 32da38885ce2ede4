import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './api-client.ts';
import { CliError } from './cli-error.ts';

/** The client's request timeout in these tests; the server's pauses are well past it. */
const TIMEOUT_MS = 150;
const PAUSE_MS = 500;

let server: Server;
let origin: string;
let releaseSlowBody: () => void = () => undefined;

/** Writes `first`, pauses, then writes `second` and ends: an answer that takes longer than the timeout. */
async function trickle(response: ServerResponse, first: string, second: string): Promise<void> {
  response.write(first);
  await sleep(PAUSE_MS);
  response.end(second);
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      if (request.url === '/api/secrets/slow-body/download') {
        response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '20' });
        response.write('0123456789');
        // The rest waits for the test, which lets it go only once the client's timeout has long passed.
        await new Promise<void>((resolve) => {
          releaseSlowBody = resolve;
        });
        response.end('abcdefghij');
      } else if (request.url === '/api/secrets/slow-headers/download') {
        await sleep(PAUSE_MS);
        response.writeHead(200, { 'Content-Length': '2' }).end('ok');
      } else if (request.url === '/api/secrets/slow-json') {
        const body = JSON.stringify({ id: 'slow-json' });
        response.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
        });
        await trickle(response, body.slice(0, 5), body.slice(5));
      } else {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

describe('request timeouts', () => {
  it('lets a download body take longer than the request timeout once its headers are in', async () => {
    // A timeout the headers meet on a loaded machine; the body then outlasts it by as long again, held by the test.
    const timeoutMs = 1_000;
    const client = new ApiClient(origin, undefined, timeoutMs);
    const opened = await client.openDownload('slow-body', 'token', 0, new AbortController().signal);
    const reading = readAll(opened.body);
    await sleep(2 * timeoutMs);
    releaseSlowBody();
    expect(await reading).toBe('0123456789abcdefghij');
  });

  it('still gives up on a download whose headers do not arrive in time', async () => {
    const client = new ApiClient(origin, undefined, TIMEOUT_MS);
    const opening = client.openDownload('slow-headers', 'token', 0, new AbortController().signal);
    await expect(opening).rejects.toThrow(CliError);
    await expect(opening).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/no answer/),
    });
  });

  it('keeps the timeout over the whole answer of an ordinary call', async () => {
    const client = new ApiClient(origin, undefined, TIMEOUT_MS);
    await expect(client.getSecretMetadata('slow-json')).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/no answer/),
    });
  });
});
