import type { ErrorCode } from '@hushlink/protocol';

/**
 * Codes of `ApiRequestError`: the API's own codes, the two failures that happen before an answer is read, and
 * `unknown_code` for a well-formed error whose code this client does not know yet (a newer server).
 */
export type ApiRequestErrorCode = ErrorCode | 'network_error' | 'invalid_response' | 'unknown_code';

/**
 * A request to the Hushlink API that did not succeed. Callers switch on `code` (and `status`), never on `message`,
 * which is the server's sentence or ours: only for logs, except for `unknown_code`, where the server's sentence is
 * all this client has to show, and `invalid_request`, whose sentence names the field that was refused.
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
