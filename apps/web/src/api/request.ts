import { errorBodySchema, retryAfterSeconds } from '@hushlink/protocol';
import { type ZodMiniType, z } from 'zod/mini';
import { ApiRequestError } from './api-request-error.ts';

/** One call to the API: a method, a path under the same origin, and what to send. */
export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Sent as `Authorization: Bearer TOKEN` when present. */
  bearer?: string;
  /**
   * Lets the request outlive the page (`fetch`'s `keepalive`): for a request sent while the page is being closed,
   * whose answer nobody will read.
   */
  keepalive?: boolean;
}

/**
 * Sends one request and parses the JSON answer with the protocol's schema.
 *
 * @throws ApiRequestError with the API's error code for a 4xx/5xx answer, `network_error` when the server could
 *   not be reached, and `invalid_response` when the answer does not match the protocol.
 */
export async function requestJson<T>(call: ApiCall, schema: ZodMiniType<T>): Promise<T> {
  const response = await send(call);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiRequestError('invalid_response', response.status, 'The answer does not match the protocol.');
  }
  return parsed.data;
}

/** Sends one request whose success has no body (204). Throws like `requestJson`. */
export async function requestEmpty(call: ApiCall): Promise<void> {
  await send(call);
}

/** The only `fetch` of the client: same origin, no cookies sent elsewhere, no referrer, no cache. */
async function send(call: ApiCall): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.bearer !== undefined) headers.Authorization = `Bearer ${call.bearer}`;
  let response: Response;
  try {
    response = await fetch(call.path, {
      method: call.method,
      headers,
      body: call.body === undefined ? null : JSON.stringify(call.body),
      credentials: 'same-origin',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      keepalive: call.keepalive === true,
    });
  } catch {
    throw new ApiRequestError('network_error', 0, 'Could not reach the server.');
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

/**
 * An error body whose code this client does not know: a server newer than the page answers with codes added
 * since. Its shape is still ours, so its sentence can be shown rather than a bare status.
 */
const unknownCodeBodySchema = z.object({
  error: z.object({
    code: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/)),
    message: z.string().check(z.minLength(1), z.maxLength(500)),
  }),
});

/**
 * The `ApiRequestError` for a 4xx/5xx answer, from our error body or, failing that, its status. A well-formed
 * body with a code this client does not know becomes `unknown_code` with the server's sentence.
 */
export async function errorFrom(response: Response): Promise<ApiRequestError> {
  const body = await readJson(response);
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    return new ApiRequestError(
      parsed.data.error.code,
      response.status,
      parsed.data.error.message,
      retryAfter,
    );
  }
  const unknown = unknownCodeBodySchema.safeParse(body);
  if (unknown.success) {
    console.warn(
      'hushlink: the server answered an error code this page does not know',
      unknown.data.error.code,
    );
    return new ApiRequestError('unknown_code', response.status, unknown.data.error.message, retryAfter);
  }
  // A proxy or platform error page rather than our API's JSON: keep what the status says.
  const code =
    response.status === 429 ? 'rate_limited' : response.status === 404 ? 'not_found' : 'invalid_response';
  return new ApiRequestError(code, response.status, `The server answered ${response.status}.`, retryAfter);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
