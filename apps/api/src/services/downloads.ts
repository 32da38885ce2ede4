import { sha256OfText } from '../crypto/sha256.ts';
import { downloadGrantStore } from '../db/download-grant-store.ts';
import { ApiError } from '../errors.ts';
import type { AppPorts } from '../ports.ts';
import { blobKey } from './secret-blobs.ts';

/** An open download: the envelope from `offset` to its end, and its whole size. */
export interface Download {
  body: ReadableStream<Uint8Array>;
  size: number;
  offset: number;
}

/**
 * Opens the envelope of an uploaded secret for the holder of a download grant, from byte `offset` (a resumed
 * download).
 *
 * A reveal of a file secret consumes its view and answers with a grant of `DOWNLOAD_GRANT_SECONDS` instead of the
 * envelope: the envelope is too large for a JSON answer, and a download can be cancelled or fail half-way. Within
 * the grant the same page may download (and resume) again, as often as it needs, without consuming another
 * view; once it has ended, and the last view is consumed, the purge deletes the blob. A revoke ends every grant
 * at once.
 *
 * Throws `not_found` for an unknown, expired or revoked grant (one answer for all), 416 for an offset at or
 * past the end, and `blob_missing` (500) when the grant is valid but the store has lost the blob.
 */
export async function openDownload(
  ports: AppPorts,
  id: string,
  token: string,
  offset: number,
): Promise<Download> {
  const grant = await downloadGrantStore(ports.db).findValid(id, sha256OfText(token), ports.clock.now());
  if (!grant) throw grantGone();
  if (offset >= grant.size) {
    throw new ApiError('invalid_request', 416, `The range starts at or past the end (${grant.size} bytes).`, {
      'Content-Range': `bytes */${grant.size}`,
    });
  }
  const blob = await ports.blobs.get(blobKey(id), { offset });
  if (!blob) throw await missingBlob(ports, id, token);
  return { body: blob.body, size: blob.size, offset };
}

/**
 * Why a granted blob was not there. A revoke or the purge that deleted it in the meantime also ended the grant,
 * so that is the usual 404. A grant that is still valid means the store lost the blob (a file deleted by hand, a
 * restore without its blobs): that is the server's fault, said as such and logged for the operator by the
 * secret's id, which is not a key.
 */
async function missingBlob(ports: AppPorts, id: string, token: string): Promise<ApiError> {
  const grant = await downloadGrantStore(ports.db).findValid(id, sha256OfText(token), ports.clock.now());
  if (!grant) return grantGone();
  console.error(JSON.stringify({ level: 'error', event: 'blob_missing', secret: id }));
  return new ApiError(
    'blob_missing',
    500,
    "The file of this secret is missing from the server's storage, so it cannot be downloaded. Ask the sender to share it again.",
  );
}

function grantGone(): ApiError {
  return new ApiError(
    'not_found',
    404,
    'This download has expired or is not valid. Open the link again if it has views left.',
  );
}
