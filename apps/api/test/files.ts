import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { createHash, type Hash } from 'node:crypto';
import { UPLOAD_PART_BYTES } from '@hushlink/protocol';
import { r2BlobStore } from '../src/blobs/r2-blob-store.ts';
import worker from '../src/index.ts';
import type { BlobStore } from '../src/ports.ts';
import { api, makeClaim, postJson } from './api-client.ts';

/** The app's blob store as the tests see it: R2 in workerd, the folder store on Node. */
export const testBlobs: BlobStore = env.TEST_BLOBS ?? r2BlobStore(env.BLOBS);

/**
 * Part `partNumber` (1-based) of a pseudo-random file of `size` bytes: xorshift32 seeded by `seed` and the part
 * number, so any part can be made again on its own and a test holds one part at a time.
 */
export function filePart(seed: number, size: number, partNumber: number): Uint8Array {
  const start = (partNumber - 1) * UPLOAD_PART_BYTES;
  const length = Math.min(UPLOAD_PART_BYTES, size - start);
  const bytes = new Uint8Array(length);
  const words = new Uint32Array(bytes.buffer, 0, Math.floor(length / 4));
  let x = (seed * 7919 + partNumber * 104729) | 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  for (let i = words.length * 4; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

/** How many parts a file of `size` bytes takes. */
export function partsOf(size: number): number {
  return Math.ceil(size / UPLOAD_PART_BYTES);
}

/** An upload secret created through the API. */
export interface CreatedUpload {
  id: string;
  manageToken: string;
  claim: string;
  expiresAt: string;
  upload: { partBytes: number; parts: number };
}

/** Declares an upload of `size` bytes; `overrides` replace fields of the request body. */
export async function createUpload(
  size: number,
  overrides: Record<string, unknown> = {},
): Promise<CreatedUpload> {
  const { claim, claimHash } = await makeClaim();
  const response = await postJson('/api/secrets', {
    upload: { size },
    expiresIn: 3600,
    claimHash,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return { ...((await response.json()) as Omit<CreatedUpload, 'claim'>), claim };
}

/** `PUT /api/secrets/:id/upload/:part` with the manage token and `Content-Length`; `headers` override. */
export function putPart(
  id: string,
  token: string,
  part: number | string,
  body: Uint8Array | ReadableStream<Uint8Array> | null,
  headers: Record<string, string | null> = {},
): Promise<Response> {
  const merged = new Headers({
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/octet-stream',
  });
  if (body instanceof Uint8Array) merged.set('Content-Length', String(body.byteLength));
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) merged.delete(name);
    else merged.set(name, value);
  }
  const init: RequestInit & { duplex?: 'half' } = { method: 'PUT', headers: merged, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return api(`/api/secrets/${id}/upload/${part}`, init);
}

/** `POST …/upload/complete` with the manage token. */
export function completeUpload(id: string, token: string): Promise<Response> {
  return postJson(`/api/secrets/${id}/upload/complete`, {}, { Authorization: `Bearer ${token}` });
}

/**
 * Sends every part of the pseudo-random file `seed` of `size` bytes, one at a time, and completes the upload;
 * returns the file's SHA-256 (hex), hashed part by part as it was sent.
 */
export async function uploadFile(upload: CreatedUpload, size: number, seed: number): Promise<string> {
  const hash = createHash('sha256');
  for (let part = 1; part <= partsOf(size); part++) {
    const bytes = filePart(seed, size, part);
    hash.update(bytes);
    const response = await putPart(upload.id, upload.manageToken, part, bytes);
    if (response.status !== 200) throw new Error(`part ${part}: ${response.status} ${await response.text()}`);
  }
  const completed = await completeUpload(upload.id, upload.manageToken);
  if (completed.status !== 200) throw new Error(`complete: ${completed.status} ${await completed.text()}`);
  return hash.digest('hex');
}

/** A download grant from a reveal. */
export interface Grant {
  token: string;
  size: number;
  expiresAt: string;
}

/** Reveals an uploaded secret with its claim and returns the grant and views left (or throws). */
export async function revealFile(id: string, claim: string): Promise<{ download: Grant; viewsLeft: number }> {
  const response = await postJson(`/api/secrets/${id}/reveal`, { claim });
  if (response.status !== 200) throw new Error(`reveal: ${response.status} ${await response.text()}`);
  return (await response.json()) as { download: Grant; viewsLeft: number };
}

/** `GET /api/secrets/:id/download` with a grant token and, optionally, a `Range`. */
export function download(id: string, token: string, range?: string): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (range) headers.Range = range;
  return api(`/api/secrets/${id}/download`, { headers });
}

/** Feeds a response body into `hash` chunk by chunk; returns how many bytes it had. */
export async function hashBody(body: ReadableStream<Uint8Array> | null, hash: Hash): Promise<number> {
  if (!body) return 0;
  let length = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    length += chunk.byteLength;
  }
  return length;
}

/** Runs the scheduled purge as the cron does (in workerd, the Worker's own `scheduled` handler), and waits for it. */
export async function runPurge(): Promise<void> {
  if (env.TEST_PURGE) return env.TEST_PURGE();
  const ctx = createExecutionContext();
  await worker.scheduled(
    createScheduledController({ scheduledTime: Date.now(), cron: '*/15 * * * *' }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
}

/** The upload columns of a secret's row, or null once the row is gone. */
export function secretRow(id: string) {
  return env.DB.prepare(
    'SELECT storage, blob_state, upload_id, upload_idle_until, blob_delete_after, views_left FROM secrets WHERE id = ?',
  )
    .bind(id)
    .first<{
      storage: string;
      blob_state: string | null;
      upload_id: string | null;
      upload_idle_until: number | null;
      blob_delete_after: number | null;
      views_left: number;
    }>();
}
