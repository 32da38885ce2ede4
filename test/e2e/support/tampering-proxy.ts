import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy changes: given a path and the body the real server answered (null when it had none, a 404),
 * the body to send instead, or null to pass the answer through untouched.
 */
export type Tamper = (path: string, body: Buffer | null) => Buffer | null;

/** The status and headers of an answer, which a `Rewrite` may change before they are sent. */
export interface ResponseHead {
  status: number;
  headers: Record<string, string | string[]>;
}

/** Changes the status and headers of the answer for `path` (removing a header, redirecting elsewhere). */
export type Rewrite = (path: string, head: ResponseHead) => void;

/** A running proxy: its URL (`http://localhost:PORT`) and how to stop it. */
export interface TamperingProxy {
  url: string;
  close(): Promise<void>;
}

/** Headers that describe the body as it travelled, not as the proxy sends it (Node's `fetch` decompresses). */
const HOP_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

async function readBody(request: IncomingMessage): Promise<Blob | null> {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Blob([new Uint8Array(Buffer.concat(chunks))]);
}

/**
 * A server that changes code: a proxy in front of the real server (`target`) that passes every request and answer
 * through, headers included (CSP, `Integrity-Policy`), except the bodies `tamper` replaces. It stands for a
 * compromised or coerced server, or anything between the browser and the server that alters what is served.
 */
export async function startTamperingProxy(
  target: string,
  tamper: Tamper,
  rewrite: Rewrite = () => undefined,
): Promise<TamperingProxy> {
  const targetOrigin = new URL(target).origin;
  const server = createServer((request, response) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (name === 'host' || HOP_HEADERS.has(name) || value === undefined) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // The server checks that writes come from its own origin; the proxy speaks for it.
      if (headers.has('origin')) headers.set('origin', targetOrigin);
      const upstream = await fetch(`${targetOrigin}${request.url}`, {
        method: request.method ?? 'GET',
        headers,
        body: await readBody(request),
        redirect: 'manual',
      });
      const original = Buffer.from(await upstream.arrayBuffer());
      const path = new URL(request.url ?? '/', targetOrigin).pathname;
      const changed = tamper(path, upstream.ok ? original : null);
      const out: Record<string, string | string[]> = {};
      upstream.headers.forEach((value, name) => {
        if (!HOP_HEADERS.has(name) && name !== 'set-cookie') out[name] = value;
      });
      const cookies = upstream.headers.getSetCookie();
      if (cookies.length > 0) out['set-cookie'] = cookies;
      // An added file the real server does not have is served as a script would be.
      const added = changed !== null && !upstream.ok;
      const head: ResponseHead = {
        status: added ? 200 : upstream.status,
        headers: added ? { ...out, 'content-type': 'text/javascript' } : out,
      };
      rewrite(path, head);
      response.writeHead(head.status, head.headers);
      response.end(changed ?? original);
    })().catch((error: unknown) => {
      response.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `body` with one byte changed: its last, which the build always ends with `;`, made a space (still valid code). */
export function changeOneByte(body: Buffer): Buffer {
  const changed = Buffer.from(body);
  changed[changed.length - 1] = changed.at(-1) === 0x20 ? 0x0a : 0x20;
  return changed;
}
