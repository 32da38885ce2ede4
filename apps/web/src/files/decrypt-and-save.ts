import { readEnvelope } from './read-envelope.ts';
import { openOutputs, storageFailure } from './save-outputs.ts';
import { splitContent } from './split-content.ts';
import type { SaveJob } from './worker-protocol.ts';

/**
 * The worker's half of saving files: downloads the envelope with the grant (resuming a dropped connection from the
 * byte where it stopped), decrypts it as it arrives and writes the content into the target, double-buffered so
 * that decrypting the next block overlaps writing the last. What was written is kept only once the whole envelope
 * decrypted and checked; on any failure or cancel it is discarded.
 *
 * @throws EnvelopeError (`DECRYPTION_FAILED` for altered data, …), ApiRequestError, FileError (`disk_full`,
 *   `download_incomplete`), or the signal's reason.
 */
export async function decryptAndSave(
  job: SaveJob,
  signal: AbortSignal,
  onProgress: (received: number) => void,
): Promise<void> {
  const outputs = await openOutputs(job.target).catch((error: unknown) => {
    throw storageFailure(error);
  });
  try {
    const feed = splitContent(job.sizes, (index, bytes) => outputs.write(index, bytes));
    await readEnvelope(
      job.source,
      job.linkKey,
      job.passphrase,
      { content: feed, progress: onProgress },
      signal,
    );
    await outputs.close();
  } catch (error) {
    await outputs.abort();
    throw storageFailure(error);
  }
}
