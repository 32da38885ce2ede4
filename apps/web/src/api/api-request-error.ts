import type { ErrorCode } from '@hushlink/protocol';

/** Codes of `ApiRequestError`: the API's own codes plus the two failures that happen before an answer is read. */
export type ApiRequestErrorCode = ErrorCode | 'network_error' | 'invalid_response';

/**
 * A request to the Hushlink API that did not succeed. Callers switch on `code` (and `status`), never on `message`,
 * which is the server's sentence or ours and is only for logs.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly code: ApiRequestErrorCode,
    readonly status: number,
    message: string,
    /** Seconds to wait before trying again, from a `Retry-After` header (429). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}
