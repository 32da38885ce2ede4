import { randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { get, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UPLOAD_PART_BYTES } from '@hushlink/protocol';
import { freePort, runServer, toolEnv } from '../scripts/lib/dev-server.mjs';
import { onCleanup } from './cleanup.ts';
import { ROOT } from './paths.ts';
import { processesMatching, processTree, samplePeakRss } from './process-memory.ts';
import type { RawBrowser } from './raw-cdp.ts';
import { round } from './stats.ts';

/** As many parts in flight as the CLI sends (`PARTS_IN_FLIGHT` in apps/cli/src/send-files.ts). */
const PARTS_IN_FLIGHT = 3;

/** One direction of the reference transfer. */
export interface ReferenceLeg {
  seconds: number;
  mbPerSecond: number;
  /** The reference Worker's workerd peak RSS during the leg. */
  serverPeakBytes: number;
}

/** The reference upload and download of one size, from Node and, when a browser was given, from a page. */
export interface ReferenceFigures {
  bytes: number;
  upload: ReferenceLeg;
  download: ReferenceLeg;
  browserUpload: ReferenceLeg | null;
  browserDownload: ReferenceLeg | null;
}

/**
 * The platform's ceiling for item 5 on `wrangler dev`: the bare R2 Worker of `bench/r2-reference/` in its own
 * `wrangler dev` (fresh local bucket), sent `bytes` from Node in parts of `UPLOAD_PART_BYTES`, three in flight as
 * the CLI sends them, then read back whole; no encryption, no API, no database. One random part is sent again and
 * again, so the client does no work but the HTTP, through `node:http`: on this project's machine `fetch` read the
 * same download at 20 to 29 MB/s where `node:http` read 62 to 90 and curl 45 to 70 (its body arrives in pieces of
 * about 5 KB, and `fetch` spent 60 to 115 µs of CPU on each). Each size is uploaded and downloaded once. Given a
 * `browser`, a page of the Worker's origin then does the same with `fetch`: the ceiling of the browser legs.
 */
export async function measureR2Reference(
  sizes: readonly number[],
  browser?: RawBrowser,
): Promise<ReferenceFigures[]> {
  const persistTo = mkdtempSync(join(tmpdir(), 'hushlink-bench-r2-'));
  const port = await freePort();
  const server = await runServer({
    command: join(ROOT, 'node_modules', '.bin', 'wrangler'),
    args: [
      'dev',
      '--config',
      join(ROOT, 'bench', 'r2-reference', 'wrangler.toml'),
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persistTo,
      '--log-level=warn',
    ],
    env: toolEnv(),
    url: `http://127.0.0.1:${port}`,
    cleanUp: () => rmSync(persistTo, { recursive: true, force: true }),
  });
  onCleanup('the R2 reference Worker', () => server.stop());
  const workerd = () => {
    const pid = server.pid();
    if (pid === undefined) return [];
    const tree = new Set(processTree(pid));
    return processesMatching('workerd').filter((candidate) => tree.has(candidate));
  };
  const page = browser ? await browser.newPage() : null;
  try {
    await page?.goto(`${server.url}/api/health`);
    const figures: ReferenceFigures[] = [];
    for (const bytes of sizes) {
      const key = `reference-${bytes}`;
      const upload = await timed(bytes, workerd, () => uploadObject(server.url, key, bytes));
      const download = await timed(bytes, workerd, () => downloadObject(server.url, key, bytes));
      let browserUpload: ReferenceLeg | null = null;
      let browserDownload: ReferenceLeg | null = null;
      if (page) {
        const pageKey = `${key}-page`;
        browserUpload = await timed(bytes, workerd, () => page.evaluate(pageUpload(pageKey, bytes)));
        browserDownload = await timed(bytes, workerd, () => page.evaluate(pageDownload(pageKey, bytes)));
      }
      figures.push({ bytes, upload, download, browserUpload, browserDownload });
    }
    return figures;
  } finally {
    await page?.close();
    await server.stop();
  }
}

async function timed(
  bytes: number,
  workerd: () => number[],
  run: () => Promise<void>,
): Promise<ReferenceLeg> {
  const memory = samplePeakRss(workerd);
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, mbPerSecond: round(bytes / 1e6 / seconds), serverPeakBytes: memory.stop() };
}

/** One request with `node:http` (less client work per byte than `fetch` here); resolves with the answer's text. */
function call(url: string, method: string, body?: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'Content-Length': String(body.byteLength) } : {};
    const sent = request(url, { method, headers }, (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (piece: string) => {
        text += piece;
      });
      answer.on('end', () => {
        const status = answer.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve(text);
        else reject(new Error(`R2 reference: ${method} ${url} answered ${status}: ${text}`));
      });
      answer.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

/** A multipart upload of `bytes`, `PARTS_IN_FLIGHT` parts at a time. */
async function uploadObject(url: string, key: string, bytes: number): Promise<void> {
  const part = randomFillSync(new Uint8Array(UPLOAD_PART_BYTES));
  const { uploadId } = JSON.parse(await call(`${url}/blobs/${key}`, 'POST')) as { uploadId: string };
  const count = Math.ceil(bytes / UPLOAD_PART_BYTES);
  const uploaded: { partNumber: number; etag: string }[] = [];
  let next = 1;
  const sender = async () => {
    while (next <= count) {
      const partNumber = next++;
      const length = Math.min(UPLOAD_PART_BYTES, bytes - (partNumber - 1) * UPLOAD_PART_BYTES);
      const answer = await call(
        `${url}/blobs/${key}/${encodeURIComponent(uploadId)}/${partNumber}`,
        'PUT',
        part.subarray(0, length),
      );
      uploaded.push(JSON.parse(answer) as (typeof uploaded)[number]);
    }
  };
  await Promise.all(Array.from({ length: PARTS_IN_FLIGHT }, sender));
  uploaded.sort((a, b) => a.partNumber - b.partNumber);
  await call(
    `${url}/blobs/${key}/${encodeURIComponent(uploadId)}`,
    'POST',
    new TextEncoder().encode(JSON.stringify(uploaded)),
  );
}

/** The page's upload, for `RawPage.evaluate`: `fetch`, parts of `UPLOAD_PART_BYTES`, `PARTS_IN_FLIGHT` at once. */
function pageUpload(key: string, bytes: number): string {
  return `(async () => {
    const fail = async (response) => { if (!response.ok) throw new Error(response.url + ' answered ' + response.status); return response; };
    const part = new Uint8Array(${UPLOAD_PART_BYTES});
    crypto.getRandomValues(part.subarray(0, 65536));
    const { uploadId } = await (await fail(await fetch('/blobs/${key}', { method: 'POST' }))).json();
    const base = '/blobs/${key}/' + encodeURIComponent(uploadId);
    const count = Math.ceil(${bytes} / part.length);
    const uploaded = [];
    let next = 1;
    await Promise.all(Array.from({ length: ${PARTS_IN_FLIGHT} }, async () => {
      while (next <= count) {
        const number = next++;
        const length = Math.min(part.length, ${bytes} - (number - 1) * part.length);
        const response = await fail(await fetch(base + '/' + number, { method: 'PUT', body: part.subarray(0, length) }));
        uploaded.push(await response.json());
      }
    }));
    uploaded.sort((a, b) => a.partNumber - b.partNumber);
    await fail(await fetch(base, { method: 'POST', body: JSON.stringify(uploaded) }));
  })()`;
}

/** The page's download, for `RawPage.evaluate`: the object read as a stream, its bytes counted. */
function pageDownload(key: string, bytes: number): string {
  return `(async () => {
    const response = await fetch('/blobs/${key}');
    if (!response.ok) throw new Error('the download answered ' + response.status);
    const reader = response.body.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
    }
    if (received !== ${bytes}) throw new Error('downloaded ' + received + ' bytes of ${bytes}');
  })()`;
}

/** Reads the object back, counting its bytes. */
function downloadObject(url: string, key: string, bytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    get(`${url}/blobs/${key}`, (answer) => {
      let received = 0;
      answer.on('data', (piece: Buffer) => {
        received += piece.length;
      });
      answer.on('end', () => {
        if (answer.statusCode !== 200)
          reject(new Error(`R2 reference: the download answered ${answer.statusCode}`));
        else if (received !== bytes)
          reject(new Error(`R2 reference: downloaded ${received} bytes of ${bytes}`));
        else resolve();
      });
      answer.on('error', reject);
    }).on('error', reject);
  });
}
