import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type FakeAnswer,
  type FakeServer,
  type RecordedRequest,
  startFakeServer,
} from './support/fake-server.ts';
import { filesEnvelope, writeRandomFile } from './support/files.ts';
import { runCli, stderrLines } from './support/run-cli.ts';
import { tempDir } from './support/temp-dir.ts';

// Faults a real server does not produce on demand: a small instance limit, a part that fails, a connection that
// drops in the middle of a download, an envelope altered in storage. Each fake speaks the upload protocol.
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const MANAGE = 'manage-token-0123456789';
const PART = 1024 * 1024;

const fakes: FakeServer[] = [];
afterAll(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function fake(answer: (request: RecordedRequest) => FakeAnswer): Promise<FakeServer> {
  const started = await startFakeServer(answer);
  fakes.push(started);
  return started;
}

const INSTANCE = {
  bootstrapped: true,
  openRegistration: false,
  anonymousLinks: true,
  maxSecretBytes: 1 << 30,
};

/** The share side of the protocol: instance, create (an upload in 1 MiB parts), parts, complete, revoke. */
function uploadServer(partAnswer: (part: number, attempt: number) => FakeAnswer | null) {
  const attempts = new Map<number, number>();
  return (request: RecordedRequest): FakeAnswer => {
    const { method, path } = request;
    if (method === 'GET' && path === '/api/instance') return { status: 200, body: INSTANCE };
    if (method === 'POST' && path === '/api/secrets') {
      const { upload } = JSON.parse(request.body) as { upload: { size: number } };
      return {
        status: 201,
        body: {
          id: ID,
          expiresAt: '2099-01-01T00:00:00.000Z',
          manageToken: MANAGE,
          upload: { partBytes: PART, parts: Math.ceil(upload.size / PART) },
        },
      };
    }
    const part = /^\/api\/secrets\/[^/]+\/upload\/(\d+)$/.exec(path);
    if (method === 'PUT' && part) {
      const n = Number(part[1]);
      const attempt = (attempts.get(n) ?? 0) + 1;
      attempts.set(n, attempt);
      return partAnswer(n, attempt) ?? { status: 200, body: { part: n, size: request.bytes.length } };
    }
    if (method === 'POST' && path.endsWith('/upload/complete')) {
      return { status: 200, body: { id: ID, expiresAt: '2099-01-01T00:00:00.000Z', size: 1 } };
    }
    if (method === 'DELETE') return { status: 204 };
    return { status: 404, body: { error: { code: 'not_found', message: 'Not found.' } } };
  };
}

const SERVER_ERROR: FakeAnswer = {
  status: 500,
  body: { error: { code: 'internal', message: 'Something went wrong on the server. Nothing was changed.' } },
};

describe.concurrent('uploads that fail', () => {
  it('refuses a file over the instance limit before creating anything (exit 1, the limit in the message)', async () => {
    const server = await fake((request) =>
      request.path === '/api/instance'
        ? { status: 200, body: { ...INSTANCE, maxSecretBytes: 2 * 1024 * 1024 } }
        : SERVER_ERROR,
    );
    const folder = tempDir('hushlink-faults-');
    await writeRandomFile(join(folder, 'big.bin'), 3 * 1024 * 1024);
    const run = await runCli(['share', join(folder, 'big.bin'), '--server', server.url]);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(
        /^hushlink: .*big\.bin \(3\.0 MiB, 3145728 bytes\) is too large for http:\/\/127\.0\.0\.1:\d+: it stores secrets of at most 2\.0 MiB \(2097152 bytes\)\.$/,
      ),
    ]);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/instance',
    ]);
  });

  it('revokes the secret when a part keeps failing, after retrying it (exit 5, one line)', async () => {
    const server = await fake(uploadServer((part) => (part === 2 ? SERVER_ERROR : null)));
    const folder = tempDir('hushlink-faults-');
    await writeRandomFile(join(folder, 'dump.bin'), 3 * 1024 * 1024);
    const run = await runCli(['share', join(folder, 'dump.bin'), '--server', server.url]);
    expect(run.code).toBe(5);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'hushlink: Something went wrong on the server. Nothing was changed. The incomplete upload was revoked; nothing was shared.',
    ]);
    const calls = server.requests.map((request) => `${request.method} ${request.path}`);
    expect(calls.filter((call) => call === `PUT /api/secrets/${ID}/upload/2`)).toHaveLength(3);
    expect(calls).not.toContain(`POST /api/secrets/${ID}/upload/complete`);
    const revoke = server.requests.find((request) => request.method === 'DELETE');
    expect(revoke?.path).toBe(`/api/secrets/${ID}`);
    expect(revoke?.authorization).toBe(`Bearer ${MANAGE}`);
    expect(calls.at(-1)).toBe(`DELETE /api/secrets/${ID}`);
  });

  it('sends a part again when the connection drops, and completes', async () => {
    const server = await fake(
      uploadServer((part, attempt) => (part === 1 && attempt === 1 ? { status: 0, drop: true } : null)),
    );
    const folder = tempDir('hushlink-faults-');
    await writeRandomFile(join(folder, 'dump.bin'), 2 * 1024 * 1024 + 5);
    const run = await runCli(['share', join(folder, 'dump.bin'), '--server', server.url, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parts = server.requests.filter((request) => request.method === 'PUT');
    // Parts go up side by side, so the retried part 1 may come after 2 and 3.
    const numbers = parts.map((request) => Number(request.path.split('/').pop()));
    // (Which part arrives whole first depends on the machine: parts are sent side by side.)
    expect(numbers.toSorted()).toEqual([1, 1, 2, 3]);
    const retried = parts.findLast((request) => request.path.endsWith('/upload/1'));
    expect(retried?.bytes.length).toBe(PART);
    expect(server.requests.at(-1)?.path).toBe(`/api/secrets/${ID}/upload/complete`);
    expect(server.requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('sends up to three parts at once, and completes only once every part is stored', async () => {
    const server = await fake(
      uploadServer((part) => ({
        status: 200,
        body: { part, size: PART },
        holdUntilPending: { count: 3, atMostMs: 2_000 },
      })),
    );
    const folder = tempDir('hushlink-faults-');
    await writeRandomFile(join(folder, 'dump.bin'), 7 * 1024 * 1024);
    const run = await runCli(['share', join(folder, 'dump.bin'), '--server', server.url, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parts = server.requests.filter((request) => request.method === 'PUT');
    expect(parts.map((request) => Number(request.path.split('/').pop())).toSorted()).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    // A part arrived while others were still unanswered, never while three were.
    const inFlight = parts.map((request) => request.pendingOnArrival);
    expect(Math.max(...inFlight)).toBe(2);
    const complete = server.requests.at(-1);
    expect(complete?.path).toBe(`/api/secrets/${ID}/upload/complete`);
    expect(complete?.pendingOnArrival).toBe(0);
  });

  it('revokes the upload on Ctrl-C in the middle and exits 130', async () => {
    let child: ChildProcess | undefined;
    const server = await fake(
      uploadServer((part) => {
        if (part !== 2) return null;
        child?.kill('SIGINT');
        return { status: 0, hang: true };
      }),
    );
    const folder = tempDir('hushlink-faults-');
    await writeRandomFile(join(folder, 'dump.bin'), 3 * 1024 * 1024);
    const run = await runCli(['share', join(folder, 'dump.bin'), '--server', server.url], {
      onSpawn: (spawned) => {
        child = spawned;
      },
    });
    expect(run.code).toBe(130);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'hushlink: Interrupted. The incomplete upload was revoked; nothing was shared.',
    ]);
    // The parts already sent when Ctrl-C came may still reach the server after the revoke (it refuses them then).
    const calls = server.requests.filter((request) => request.method !== 'PUT');
    expect(calls.at(-1)?.method).toBe('DELETE');
    expect(calls.at(-1)?.authorization).toBe(`Bearer ${MANAGE}`);
    expect(calls.some((request) => request.path.endsWith('/upload/complete'))).toBe(false);
  });

  it('revokes when the server refuses the upload as incomplete', async () => {
    const server = await fake((request) =>
      request.path.endsWith('/upload/complete')
        ? { status: 409, body: { error: { code: 'upload_incomplete', message: 'Some parts are missing.' } } }
        : uploadServer(() => null)(request),
    );
    const folder = tempDir('hushlink-faults-');
    await writeRandomFile(join(folder, 'dump.bin'), 2 * 1024 * 1024);
    const run = await runCli(['share', join(folder, 'dump.bin'), '--server', server.url]);
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual([
      'hushlink: Some parts are missing. The incomplete upload was revoked; nothing was shared.',
    ]);
    expect(server.requests.at(-1)?.method).toBe('DELETE');
  });
});

/** The get side: metadata, a reveal that answers with a download grant, and the download. */
async function downloadServer(envelope: Uint8Array, download: (request: RecordedRequest) => FakeAnswer) {
  return fake((request) => {
    const { method, path } = request;
    if (method === 'GET' && path === `/api/secrets/${ID}`) {
      return {
        status: 200,
        body: {
          expiresAt: '2099-01-01T00:00:00.000Z',
          viewsLeft: 1,
          access: 'link',
          passphrase: false,
          sealed: false,
          size: envelope.length,
          storage: 'upload',
        },
      };
    }
    if (method === 'POST' && path === `/api/secrets/${ID}/reveal`) {
      return {
        status: 200,
        body: {
          download: { token: 'grant-token', size: envelope.length, expiresAt: '2099-01-01T00:00:00.000Z' },
          viewsLeft: 0,
        },
      };
    }
    if (method === 'GET' && path === `/api/secrets/${ID}/download`) return download(request);
    return { status: 404, body: { error: { code: 'not_found', message: 'Not found.' } } };
  });
}

/** Answers a download from the `Range` start, as the real server does. */
function serveRange(envelope: Uint8Array, request: RecordedRequest, cutAfter?: number): FakeAnswer {
  const start = Number(/^bytes=(\d+)-$/.exec(request.range ?? '')?.[1] ?? 0);
  const body = envelope.subarray(start);
  const headers: Record<string, string> =
    start > 0 ? { 'Content-Range': `bytes ${start}-${envelope.length - 1}/${envelope.length}` } : {};
  return { status: start > 0 ? 206 : 200, headers, body, ...(cutAfter === undefined ? {} : { cutAfter }) };
}

describe.concurrent('downloads that fail', () => {
  const content = randomBytes(3 * 1024 * 1024);

  it('resumes a dropped download with Range and saves the file whole', async () => {
    const { envelope, key } = await filesEnvelope([{ name: 'db.dump', type: '', bytes: content }]);
    let calls = 0;
    const server = await downloadServer(envelope, (request) => {
      calls++;
      return serveRange(envelope, request, calls <= 2 ? 1024 * 1024 : undefined);
    });
    const out = tempDir('hushlink-faults-out-');
    const run = await runCli(['get', `${server.url}/s/${ID}#${key}`, '-o', out, '-q']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'db.dump')).equals(content)).toBe(true);
    const downloads = server.requests.filter((request) => request.path.endsWith('/download'));
    expect(downloads.map((request) => request.range)).toEqual([
      undefined,
      expect.stringMatching(/^bytes=\d+-$/),
      expect.stringMatching(/^bytes=\d+-$/),
    ]);
    expect(downloads.every((request) => request.authorization === 'Bearer grant-token')).toBe(true);
  });

  it('gives up cleanly when the download keeps breaking: exit 5, one line, no file left', async () => {
    const { envelope, key } = await filesEnvelope([{ name: 'db.dump', type: '', bytes: content }]);
    const server = await downloadServer(envelope, (request) => serveRange(envelope, request, 64 * 1024));
    const out = tempDir('hushlink-faults-out-');
    const run = await runCli(['get', `${server.url}/s/${ID}#${key}`, '-o', out]);
    expect(run.code).toBe(5);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(
        /^hushlink: The download from .* broke off at \d+ of \d+ bytes and could not be resumed .*That was its last view/,
      ),
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 4 for an envelope altered in storage, with no file left', async () => {
    const { envelope, key } = await filesEnvelope([
      { name: 'a.bin', type: '', bytes: content },
      { name: 'b.bin', type: '', bytes: Buffer.from('second') },
    ]);
    const altered = envelope.slice();
    const spot = envelope.length - 1000;
    altered[spot] = (altered[spot] ?? 0) ^ 0x40;
    const server = await downloadServer(altered, (request) => serveRange(altered, request));
    const out = tempDir('hushlink-faults-out-');
    const run = await runCli(['get', `${server.url}/s/${ID}#${key}`, '-o', out]);
    expect(run.code).toBe(4);
    expect(stderrLines(run)).toEqual([
      expect.stringContaining('Could not decrypt: the link or the stored secret was altered'),
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('gives up on a download that keeps ending short (exit 5), with no file left', async () => {
    const { envelope, key } = await filesEnvelope([{ name: 'a.bin', type: '', bytes: content }]);
    const short = envelope.subarray(0, envelope.length - 70_000);
    const server = await downloadServer(envelope, () => ({ status: 200, body: short }));
    const out = tempDir('hushlink-faults-out-');
    writeFileSync(join(out, 'unrelated'), 'stays');
    const run = await runCli(['get', `${server.url}/s/${ID}#${key}`, '-o', out]);
    // A body that ends early is resumed; a server that keeps sending the same short body is given up on.
    expect(run.code).toBe(5);
    expect(readdirSync(out)).toEqual(['unrelated']);
  });
});
