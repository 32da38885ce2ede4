import { downloadGrantStore } from '../db/download-grant-store.ts';
import { uploadStore } from '../db/upload-store.ts';
import type { AppPorts } from '../ports.ts';

/** How many blobs one purge run deletes at most; the next run takes the rest (D1 binds 100 parameters at most). */
const PURGE_BATCH = 50;

/** The blob store key of a secret's envelope. */
export function blobKey(secretId: string): string {
  return `secrets/${secretId}`;
}

/**
 * Deletes what the blob store holds for a secret — aborts its upload in progress, or deletes its blob — and then
 * marks it deleted with its parts and download grants gone. A secret without a blob is left alone.
 *
 * @throws whatever the blob store throws; the secret then stays marked as it was, and the purge tries again.
 */
export async function discardBlob(
  ports: AppPorts,
  secret: { id: string; blobState: string | null; uploadId: string | null },
): Promise<void> {
  if (secret.blobState === 'uploading') {
    if (secret.uploadId) await ports.blobs.abortMultipartUpload(blobKey(secret.id), secret.uploadId);
  } else if (secret.blobState === 'ready') {
    await ports.blobs.delete(blobKey(secret.id));
  } else {
    return;
  }
  await uploadStore(ports.db).markBlobDeleted(secret.id);
}

/**
 * `discardBlob` for a request that has already revoked the secret: a failure of the blob store is logged (by
 * event name only) and left to the purge, which deletes the blobs of revoked secrets, instead of failing the
 * revoke that has taken effect.
 */
export async function discardBlobLater(
  ports: AppPorts,
  secret: { id: string; blobState: string | null; uploadId: string | null },
): Promise<void> {
  try {
    await discardBlob(ports, secret);
  } catch (error) {
    console.warn(
      JSON.stringify({ level: 'warn', event: 'blob_delete_failed', error: (error as Error).name }),
    );
  }
}

/**
 * The purge's part for uploads: aborts uploads idle past their deadline and deletes their rows (they were never
 * served); deletes the blobs of revoked and expired secrets and of used-up ones whose download grants have ended;
 * deletes expired grants and stray parts. Returns how many uploads were abandoned and blobs deleted.
 */
export async function purgeBlobs(ports: AppPorts): Promise<{ abandoned: number; deleted: number }> {
  const now = ports.clock.now();
  const uploads = uploadStore(ports.db);

  const idle = await uploads.idleUploads(now, PURGE_BATCH);
  const abandoned: string[] = [];
  for (const upload of idle) {
    if (upload.uploadId) await ports.blobs.abortMultipartUpload(blobKey(upload.id), upload.uploadId);
    abandoned.push(upload.id);
  }
  await uploads.deleteSecrets(abandoned);

  const due = await uploads.blobsToDelete(now, PURGE_BATCH);
  for (const secret of due) await discardBlob(ports, secret);

  await downloadGrantStore(ports.db).purgeExpired(now);
  await uploads.deleteStrayParts();
  return { abandoned: abandoned.length, deleted: due.length };
}
