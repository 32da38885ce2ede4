import type { EnvelopeMetadata } from '@hushlink/envelope';
import { ApiRequestError, type ApiRequestErrorCode } from '../api/index.ts';
import { type EnvelopeErrorCode, envelopeErrorCode, loadEnvelope } from '../crypto/envelope.ts';
import { FileError, type FileErrorCode } from './file-error.ts';
import { t } from './file-text.ts';
import type { EnvelopeSource } from './read-envelope.ts';

/** The upload the server planned for a files secret (`POST /api/secrets` answered it). */
export interface UploadJob {
  id: string;
  manageToken: string;
  partBytes: number;
  parts: number;
  /** The envelope's exact length, declared before encrypting. */
  size: number;
}

/** Encrypt `files` as one envelope and upload it in parts (the page completes or revokes the upload). */
export interface ShareJob {
  kind: 'share';
  files: File[];
  metadata: Extract<EnvelopeMetadata, { kind: 'files' }>;
  linkKey: Uint8Array;
  passphrase: string;
  upload: UploadJob;
}

/** Where decrypted files go: one file picked by the person, or every file into a folder of the OPFS. */
export type SaveTarget =
  | { kind: 'picked'; handle: FileSystemFileHandle; index: number }
  | { kind: 'private'; folder: FileSystemDirectoryHandle; names: string[] };

/** Download the envelope with the grant, decrypt it and write the content to `target`. */
export interface SaveJob {
  kind: 'save';
  source: EnvelopeSource;
  linkKey: Uint8Array;
  passphrase: string;
  /** The content's files' sizes (`Infinity` for an uploaded text), to cut the content back into files. */
  sizes: number[];
  target: SaveTarget;
}

/** What the page asks of the file worker: one job per worker. */
export type WorkerJob = ShareJob | SaveJob;

/** An error as it crosses from the worker to the page (classes do not survive `postMessage`). */
export type TransferredError =
  | { kind: 'api'; code: ApiRequestErrorCode; status: number; message: string; retryAfter?: number }
  | { kind: 'file'; code: FileErrorCode; sentence: string }
  | { kind: 'envelope'; code: EnvelopeErrorCode; message: string }
  | { kind: 'other'; name: string; message: string };

/** What the worker tells the page: bytes done so far, the end, or the failure. */
export type WorkerEvent =
  | { kind: 'progress'; done: number }
  | { kind: 'done' }
  | { kind: 'failed'; error: TransferredError };

/** Turns an error of the worker into data for `postMessage`; no plaintext or key is part of any of them. */
export function transferError(error: unknown): TransferredError {
  if (error instanceof ApiRequestError) {
    return {
      kind: 'api',
      code: error.code,
      status: error.status,
      message: error.message,
      ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
    };
  }
  if (error instanceof FileError) return { kind: 'file', code: error.code, sentence: error.sentence };
  const code = envelopeErrorCode(error);
  if (code !== undefined) return { kind: 'envelope', code, message: (error as Error).message };
  if (error instanceof Error) return { kind: 'other', name: error.name, message: error.message };
  return { kind: 'other', name: 'Error', message: String(error) };
}

/** Rebuilds, in the page, the error the worker sent: the same class and code the callers switch on. */
export async function receiveError(error: TransferredError): Promise<Error> {
  switch (error.kind) {
    case 'api':
      return new ApiRequestError(error.code, error.status, error.message, error.retryAfter);
    case 'file':
      // The worker has no catalog (it speaks English): a sentence without facts in it is worded again here, in
      // the page's language.
      return new FileError(
        error.code,
        error.code === 'download_incomplete' ? t('incomplete') : error.sentence,
      );
    case 'envelope': {
      const envelope = await loadEnvelope();
      return new envelope.EnvelopeError(error.code, error.message);
    }
    case 'other':
      return error.name === 'AbortError'
        ? new DOMException(error.message, 'AbortError')
        : Object.assign(new Error(error.message), { name: error.name });
  }
}
