import {
  type CompleteUploadResponse,
  UPLOAD_IDLE_SECONDS,
  UPLOAD_PART_BYTES,
  type UploadPartResponse,
} from '@hushlink/protocol';
import { BodyStreamError } from '../blobs/body-stream-error.ts';
import { StorageFullError } from '../blobs/storage-full.ts';
import type { SecretRow } from '../db/schema.ts';
import { secretStore } from '../db/secret-store.ts';
import { uploadStore } from '../db/upload-store.ts';
import { ApiError, secretGone, storageFull } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import { findManagedSecret } from './manage-token.ts';
import { blobKey } from './secret-blobs.ts';

/** How many parts an envelope of `size` bytes is sent in. */
export function partCount(size: number): number {
  return Math.max(1, Math.ceil(size / UPLOAD_PART_BYTES));
}

/** The exact size of part `partNumber` (1-based) of an envelope of `size` bytes: full parts, then the rest. */
export function partSize(size: number, partNumber: number): number {
  return partNumber < partCount(size) ? UPLOAD_PART_BYTES : size - (partCount(size) - 1) * UPLOAD_PART_BYTES;
}

/**
 * Stores one part of an upload from the request body, streamed straight to the blob store, and records it
 * (replacing an earlier attempt) and pushes the upload's idle deadline.
 *
 * Throws `not_found` for a secret that is unknown, expired, revoked or abandoned; `forbidden` for another
 * secret's manage token; `upload_invalid` (409) once the upload is complete, and (400) for a part number beyond
 * the declared size, a `Content-Length` that is not this part's exact size, or a body that does not match it;
 * `storage_full` (507) when the blob store has no room for the part.
 */
export async function uploadPart(
  ports: AppPorts,
  id: string,
  manageToken: string,
  partNumber: number,
  contentLength: number,
  body: ReadableStream<Uint8Array> | null,
): Promise<UploadPartResponse> {
  const row = await findManagedSecret(ports, id, manageToken);
  const uploadId = openUploadId(row, ports.clock.now());
  const parts = partCount(row.size);
  if (partNumber > parts) {
    throw new ApiError(
      'upload_invalid',
      400,
      `This upload has ${parts} part(s) of the declared ${row.size} bytes; there is no part ${partNumber}.`,
    );
  }
  const expected = partSize(row.size, partNumber);
  if (contentLength !== expected || !body) {
    throw new ApiError(
      'upload_invalid',
      400,
      `Part ${partNumber} of ${parts} must be exactly ${expected} bytes, with that Content-Length.`,
    );
  }
  let etag: string;
  try {
    ({ etag } = await ports.blobs.uploadPart(blobKey(id), uploadId, partNumber, body, expected));
  } catch (error) {
    if (error instanceof BodyStreamError) {
      throw new ApiError(
        'upload_invalid',
        400,
        `Part ${partNumber} did not arrive whole (${error.message}); send it again.`,
      );
    }
    // The upload may have been revoked or purged while this part streamed in.
    const current = await secretStore(ports.db).find(id);
    if (current?.blobState !== 'uploading' || current.uploadId !== uploadId) throw secretGone();
    if (error instanceof StorageFullError) {
      throw storageFull(
        `part ${partNumber} was not stored; the parts before it are kept, and it can be sent again once there is room`,
      );
    }
    throw error;
  }
  const uploads = uploadStore(ports.db);
  if (!(await uploads.touch(id, ports.clock.now() + UPLOAD_IDLE_SECONDS * 1000))) throw secretGone();
  await uploads.recordPart(id, { partNumber, etag, size: expected });
  return { part: partNumber, size: expected };
}

/**
 * Completes an upload once every part is there: the blob store joins the parts and the secret is served from
 * then on. Completing an upload that is already complete answers the same again, so a retry is harmless.
 *
 * Throws `not_found` and `forbidden` as `uploadPart` does, `upload_incomplete` (409) naming missing parts, and
 * `storage_full` (507) when the blob store has no room to join them.
 */
export async function completeUpload(
  ports: AppPorts,
  id: string,
  manageToken: string,
): Promise<CompleteUploadResponse> {
  const row = await findManagedSecret(ports, id, manageToken);
  const answer = { id, expiresAt: new Date(row.expiresAt).toISOString(), size: row.size };
  const now = ports.clock.now();
  if (row.blobState === 'ready' && row.revokedAt === null && row.expiresAt > now) return answer;
  const uploadId = openUploadId(row, now);
  const received = await uploadStore(ports.db).parts(id);
  const sizes = new Map(received.map((part) => [part.partNumber, part.size]));
  const parts = partCount(row.size);
  const missing: number[] = [];
  for (let part = 1; part <= parts; part++) {
    if (sizes.get(part) !== partSize(row.size, part)) missing.push(part);
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '');
    throw new ApiError(
      'upload_incomplete',
      409,
      `${missing.length} of ${parts} part(s) are missing (${shown}); send them, then complete the upload.`,
    );
  }
  try {
    await ports.blobs.completeMultipartUpload(
      blobKey(id),
      uploadId,
      received.map(({ partNumber, etag }) => ({ partNumber, etag })),
    );
  } catch (error) {
    const again = await secretStore(ports.db).find(id);
    if (again?.blobState !== 'uploading' || again.uploadId !== uploadId) throw secretGone();
    if (error instanceof StorageFullError) {
      throw storageFull(
        'the parts could not be joined; they are kept, and the upload can be completed once there is room',
      );
    }
    throw error;
  }
  if (!(await uploadStore(ports.db).markReady(id))) {
    // Revoked while the parts were joined: the blob must not outlive it.
    await ports.blobs.delete(blobKey(id));
    throw secretGone();
  }
  return answer;
}

/** The upload id of a secret whose upload is open for parts at `now`; else `upload_invalid` (complete) or 404. */
function openUploadId(row: SecretRow, now: number): string {
  const live = row.revokedAt === null && row.expiresAt > now;
  if (live && row.blobState === 'uploading' && row.uploadId) return row.uploadId;
  if (live && row.blobState === 'ready') {
    throw new ApiError('upload_invalid', 409, 'This upload is already complete; its parts cannot change.');
  }
  throw secretGone();
}
