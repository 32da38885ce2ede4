import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from '../errors.ts';

/**
 * The single path for HTTP errors. An `ApiError` is answered as it says; the validator's malformed-JSON
 * exception becomes `invalid_json`; anything else is a bug, logged by name only (never a request body, key or
 * token) and answered as `internal` with no detail.
 */
export function handleError(): ErrorHandler {
  return (error, c) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal') {
      console.error(
        JSON.stringify({ level: 'error', event: 'unhandled', error: error.name, path: c.req.path }),
      );
    }
    return c.json(apiError.toJSON(), apiError.status, apiError.headers);
  };
}

function toApiError(error: Error): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException && error.status === 400) {
    return new ApiError('invalid_json', 400, 'The request body is not valid JSON.');
  }
  if (error instanceof HTTPException && error.status === 413) {
    return new ApiError('payload_too_large', 413, 'The request body is too large.');
  }
  return new ApiError('internal', 500, 'Something went wrong on the server. Nothing was changed.');
}

/** Unknown API routes answer a JSON 404 rather than the web client's page. */
export function handleNotFound(): NotFoundHandler {
  return (c) => c.json(new ApiError('not_found', 404, 'There is no such API route.').toJSON(), 404);
}
