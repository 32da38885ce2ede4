import type { DownloadGrant } from '@hushlink/protocol';
import { ApiRequestError } from '../api/index.ts';
import { FileError } from './file-error.ts';
import { showFileSecret } from './file-secret-view.ts';
import { readEnvelope } from './read-envelope.ts';

export { refusalBeforeReveal } from './file-secret-view.ts';

/** What the reveal page holds for an uploaded secret once its view is spent. */
export interface RevealedUpload {
  id: string;
  grant: DownloadGrant;
  linkKey: Uint8Array;
  passphrase: string;
  viewsLeft: number;
}

/**
 * The reveal page's way into the file code (its own chunk): downloads the envelope's start with the grant just
 * far enough to decrypt its metadata, which proves the passphrase, then shows the files. A wrong passphrase
 * throws before anything is shown, and the grant stays valid for another try.
 *
 * @throws EnvelopeError `DECRYPTION_FAILED` (wrong passphrase, altered link), ApiRequestError, FileError.
 */
export async function openUploadedSecret(main: HTMLElement, upload: RevealedUpload): Promise<void> {
  const source = { id: upload.id, grant: upload.grant };
  let metadata: Awaited<ReturnType<typeof readEnvelope>>;
  try {
    metadata = await readEnvelope(
      source,
      upload.linkKey,
      upload.passphrase,
      { metadata: () => false },
      new AbortController().signal,
    );
  } catch (error) {
    // The reveal page describes API and envelope errors; a cut-off download is, to it, a lost connection.
    if (error instanceof FileError) throw new ApiRequestError('network_error', 0, error.code);
    throw error;
  }
  showFileSecret(main, { ...upload, source, metadata });
}
