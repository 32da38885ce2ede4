import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  /** The `Range` header, if any. */
  range: string | undefined;
  /** The body as UTF-8 text. */
  body: string;
  /** The body's bytes (upload parts). */
  bytes: Buffer;
  /** How many requests had arrived whole and were not answered yet when this one arrived whole (itself not counted). */
  pendingOnArrival: number;
}

/** What the fake server answers: a status, headers and a body (JSON unless a string or bytes). */
export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Send only this many bytes of the body, then break the connection (a dropped download). */
  cutAfter?: number;
  /** Break the connection without any answer (a network failure). */
  drop?: boolean;
  /** Never answer (until the server closes). */
  hang?: boolean;
  /** Answer this many milliseconds later (a slow server). */
  delayMs?: number;
  /**
   * Hold the answer until this many answers (this one included) are held, then send them all; or send it after
   * `atMostMs` (the last requests of a run). A server slower than the client however loaded the machine is, which
   * a fixed delay is not: a client that sends in parallel always meets held answers, whatever its own speed.
   */
  holdUntilPending?: { count: number; atMostMs: number };
}

/** A local HTTP server that records every request and answers from a handler: for answers a real server won't give. */
export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a fake server on a free port of 127.0.0.1. */
export async function startFakeServer(answer: (request: RecordedRequest) => FakeAnswer): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  let pending = 0;
  const held: Array<() => void> = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        range: req.headers.range,
        body: bytes.toString('utf8'),
        bytes,
        pendingOnArrival: pending,
      };
      requests.push(recorded);
      const answered = answer(recorded);
      if (answered.hang) return;
      pending++;
      const send = () => {
        pending--;
        respond(res, answered);
      };
      if (answered.holdUntilPending) {
        let sent = false;
        const release = () => {
          if (sent) return;
          sent = true;
          clearTimeout(timer);
          const index = held.indexOf(release);
          if (index >= 0) held.splice(index, 1);
          send();
        };
        const timer = setTimeout(release, answered.holdUntilPending.atMostMs);
        held.push(release);
        if (held.length >= answered.holdUntilPending.count) for (const next of held.splice(0)) next();
        return;
      }
      setTimeout(send, answered.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes an answer (or breaks the connection, as the answer says). */
function respond(res: ServerResponse, { status, headers = {}, body, cutAfter, drop }: FakeAnswer): void {
  if (drop) {
    res.socket?.destroy();
    return;
  }
  const binary = body instanceof Uint8Array;
  const payload = binary
    ? Buffer.from(body)
    : Buffer.from(typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body));
  const type = binary
    ? 'application/octet-stream'
    : typeof body === 'string'
      ? 'text/html'
      : 'application/json';
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(payload.length), ...headers });
  if (cutAfter === undefined) {
    res.end(payload);
    return;
  }
  res.write(payload.subarray(0, cutAfter), () => res.socket?.destroy());
}
