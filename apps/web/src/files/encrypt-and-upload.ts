import { loadEnvelope } from '../crypto/envelope.ts';
import { FileError } from './file-error.ts';
import { t } from './file-text.ts';
import { PartUploader } from './upload-parts.ts';
import type { ShareJob } from './worker-protocol.ts';

/**
 * The worker's half of sharing files: encrypts the files as one envelope as they are read (`File.stream()`) and
 * uploads it in the planned parts, up to three in flight. Reading waits for encrypting, which waits for a free part
 * slot, so memory holds a read chunk and at most four parts whatever the size. Resolves once every part is stored;
 * the page then completes the upload (or revokes the secret on failure).
 *
 * @throws FileError (`file_unreadable`, `file_changed`), ApiRequestError, EnvelopeError, or the signal's reason.
 */
export async function encryptAndUpload(
  job: ShareJob,
  signal: AbortSignal,
  onProgress: (sent: number) => void,
): Promise<void> {
  const envelope = await loadEnvelope();
  const encryptor = await envelope.createEncryptor(
    job.metadata,
    job.linkKey,
    job.passphrase === '' ? {} : { passphrase: job.passphrase },
  );
  const parts = new PartUploader(job.upload, signal, onProgress);
  try {
    for (const file of job.files) {
      await readFile(file, async (bytes) => {
        signal.throwIfAborted();
        for (const piece of encryptor.push(bytes)) await parts.push(piece);
      });
    }
    for (const piece of encryptor.finish()) await parts.push(piece);
    await parts.finish();
  } finally {
    // Nothing may still be uploading once the page revokes the secret.
    await parts.settle();
  }
}

/** Reads a file piece by piece, checking that it still has the size it had when chosen. */
async function readFile(file: File, use: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throw new FileError('file_unreadable', t('unreadable', { name: file.name }));
      }
      if (next.done) break;
      read += next.value.length;
      if (read > file.size) break;
      await use(next.value);
    }
  } finally {
    reader.releaseLock();
  }
  if (read !== file.size) {
    throw new FileError('file_changed', `${file.name} changed while it was being read. Choose it again.`);
  }
}
