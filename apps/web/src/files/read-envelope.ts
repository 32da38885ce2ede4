import type { EnvelopeMetadata } from '@hushlink/envelope';
import type { DownloadGrant } from '@hushlink/protocol';
import { ApiRequestError } from '../api/index.ts';
import { downloadEnvelope } from '../api/transfer.ts';
import { loadEnvelope } from '../crypto/envelope.ts';
import { pause } from './abortable-pause.ts';
import { FileError } from './file-error.ts';
import { t } from './file-text.ts';

/** Where an uploaded envelope is read from: the secret and the grant its reveal returned. */
export interface EnvelopeSource {
  id: string;
  grant: DownloadGrant;
}

/** What to do with an envelope as it is read. */
export interface EnvelopeReader {
  /** Called once, when the metadata has been decrypted; returning false stops reading right there. */
  metadata?(metadata: EnvelopeMetadata): boolean;
  /** Decrypted content bytes, in order; awaited before more is read. Valid only until it resolves. */
  content?(bytes: Uint8Array): Promise<void> | void;
  /** Envelope bytes received so far (of `grant.size`). */
  progress?(received: number): void;
}

/** A download cut off mid-way is resumed (`Range`) this many times before the failure is shown. */
const RESUMES = 3;

/**
 * Until the metadata is known, network reads are decrypted in slices of this size. The reveal page reads only the
 * metadata, on the main thread, and a first read can hold megabytes that arrived while the page was busy: decrypted
 * whole, it made a main-thread task of 56 ms (`npm run bench`, item 5, a long-animation-frame entry whose script was
 * this loop); in slices, decryption stops a slice past the metadata.
 */
const METADATA_SLICE_BYTES = 64 * 1024;

/**
 * Downloads the envelope with the grant and decrypts it as it arrives, holding at most one network read and one
 * chunk. A connection lost mid-way is resumed from the byte where it stopped (the decryptor has consumed exactly
 * those bytes). Resolves with the metadata only after the decryptor's `finish()` succeeded (or once the metadata
 * is known, when `metadata` returned false); until then no content may be treated as complete.
 *
 * @throws EnvelopeError (`DECRYPTION_FAILED` for a wrong passphrase or altered data, …), ApiRequestError
 *   (`not_found` once the grant expired), FileError `download_incomplete`, or the signal's abort reason.
 */
export async function readEnvelope(
  source: EnvelopeSource,
  linkKey: Uint8Array,
  passphrase: string,
  reader: EnvelopeReader,
  signal: AbortSignal,
): Promise<EnvelopeMetadata> {
  const envelope = await loadEnvelope();
  const decryptor = await envelope.createDecryptor(linkKey, passphrase === '' ? {} : { passphrase });
  // Our own controller, so that stopping after the metadata also ends the request.
  const controller = new AbortController();
  const stop = () => controller.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  const total = source.grant.size;
  let received = 0;
  let resumes = 0;
  let told = false;
  try {
    while (received < total) {
      signal.throwIfAborted();
      let stream: ReadableStreamDefaultReader<Uint8Array>;
      let skip: number;
      try {
        const answer = await downloadEnvelope(source.id, source.grant.token, received, controller.signal);
        stream = answer.body.getReader();
        skip = answer.skip;
      } catch (error) {
        if (!resumable(error, received, resumes)) throw error;
        resumes += 1;
        await pause(500 * resumes, signal);
        continue;
      }
      try {
        for (;;) {
          let next: ReadableStreamReadResult<Uint8Array>;
          try {
            next = await stream.read();
          } catch (error) {
            signal.throwIfAborted();
            // The connection broke mid-way: resume from `received` if there is a resume left.
            const lost = new ApiRequestError('network_error', 0, String(error));
            if (!resumable(lost, received, resumes)) throw lost;
            resumes += 1;
            await pause(500 * resumes, signal);
            break;
          }
          if (next.done) {
            if (received < total && !resumable(incomplete(), received, resumes)) throw incomplete();
            if (received < total) resumes += 1;
            break;
          }
          let bytes = next.value;
          if (skip > 0) {
            const dropped = Math.min(skip, bytes.length);
            skip -= dropped;
            bytes = bytes.subarray(dropped);
            if (bytes.length === 0) continue;
          }
          if (received + bytes.length > total) throw incomplete();
          received += bytes.length;
          for (const slice of told ? [bytes] : slices(bytes, METADATA_SLICE_BYTES)) {
            const out = await decryptor.push(slice);
            if (!told && decryptor.metadata) {
              told = true;
              if (reader.metadata?.(decryptor.metadata) === false) {
                controller.abort();
                return decryptor.metadata;
              }
            }
            for (const piece of out) await reader.content?.(piece);
          }
          reader.progress?.(received);
        }
      } finally {
        stream.releaseLock();
      }
    }
    const last = await decryptor.finish();
    const metadata = decryptor.metadata;
    if (!metadata) throw incomplete();
    if (!told) reader.metadata?.(metadata);
    for (const piece of last) await reader.content?.(piece);
    return metadata;
  } finally {
    signal.removeEventListener('abort', stop);
    if (!controller.signal.aborted) controller.abort();
  }
}

/** `bytes` in consecutive views of at most `size` bytes. */
function slices(bytes: Uint8Array, size: number): Uint8Array[] {
  const views: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) views.push(bytes.subarray(at, at + size));
  return views;
}

function incomplete(): FileError {
  return new FileError('download_incomplete', t('incomplete'));
}

/** A lost connection (or a short answer) after some bytes arrived, with resumes left. */
function resumable(error: unknown, received: number, resumes: number): boolean {
  const lost =
    (error instanceof ApiRequestError && error.code === 'network_error') ||
    (error instanceof FileError && error.code === 'download_incomplete');
  return lost && received > 0 && resumes < RESUMES;
}
