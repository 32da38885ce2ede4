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
 * Throws `not_found` for an unknown, expired or revoked grant (one answer for all), and 416 for an offset at or
 * past the end.
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
  if (!blob) throw grantGone();
  return { body: blob.body, size: blob.size, offset };
}

function grantGone(): ApiError {
  return new ApiError(
    'not_found',
    404,
    'This download has expired or is not valid. Open the link again if it has views left.',
  );
}
