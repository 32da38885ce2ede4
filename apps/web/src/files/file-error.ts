import { describeError } from '../describe-error.ts';

/** What can go wrong with files that is neither the API's nor the envelope's doing. */
export type FileErrorCode =
  | 'too_large'
  | 'too_many'
  | 'file_unreadable'
  | 'file_changed'
  | 'download_incomplete'
  | 'disk_full'
  | 'no_place_to_save'
  | 'worker_failed';

/**
 * A failure of the file code, with the sentence to show people (`sentence`, built where the facts are known, e.g.
 * the instance's limit). Callers switch on `code`.
 */
export class FileError extends Error {
  override readonly name = 'FileError';

  constructor(
    readonly code: FileErrorCode,
    readonly sentence: string,
  ) {
    super(code);
  }
}

/** The sentence for a failure of a file step: the file code's own sentence, else the API's or the envelope's. */
export function describeFileFailure(error: unknown): string {
  return error instanceof FileError ? error.sentence : describeError(error);
}
