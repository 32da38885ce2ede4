import type { ErrorCode } from '@hushlink/protocol';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the API answers with on purpose: a stable `code`, an HTTP `status` and a `message` written for the
 * person reading it. Anything else thrown is a bug and is answered as `internal` with no detail.
 *
 * @example throw new ApiError('not_found', 404, 'This secret does not exist, has expired, or was already viewed.')
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ErrorCode,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** The JSON body of this error. */
  toJSON(): { error: { code: ErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

/** One answer for unknown, expired, used-up and revoked secrets, so none of them can be told apart. */
export function secretGone(): ApiError {
  return new ApiError(
    'not_found',
    404,
    'This secret does not exist, has expired, or was already viewed or revoked.',
  );
}

/** `507 storage_full`: the server's blob store had no room for what this request wrote; `what` says what. */
export function storageFull(what: string): ApiError {
  return new ApiError(
    'storage_full',
    507,
    `The server is out of storage space, so ${what}. Nothing else was lost; tell the server's operator.`,
  );
}
