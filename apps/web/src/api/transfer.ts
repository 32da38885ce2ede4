import {
  type CompleteUploadResponse,
  completeUploadResponseSchema,
  type UploadPartResponse,
  uploadPartResponseSchema,
} from '@hushlink/protocol';
import { ApiRequestError } from './api-request-error.ts';
import { errorFrom, requestJson } from './request.ts';

// The binary side of the API (file uploads and downloads): its own module, loaded only with the file code, so
// that the first load does not carry it.

function secretPath(id: string): string {
  return `/api/secrets/${encodeURIComponent(id)}`;
}

/** A `fetch` that maps "no answer" to `network_error` (or rethrows an abort) and a 4xx/5xx to its error code. */
async function sendBinary(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiRequestError('network_error', 0, 'Could not reach the server.');
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

/**
 * `PUT /api/secrets/:id/upload/:part`: one part of an upload's envelope (1-based), sent with the manage token.
 * Fetch copies `bytes` when the request is made, so the caller may reuse its buffer once this resolves.
 *
 * @throws ApiRequestError like every request (`upload_invalid` for a part of the wrong size).
 */
export async function putUploadPart(
  id: string,
  part: number,
  bytes: Uint8Array<ArrayBuffer>,
  manageToken: string,
  signal: AbortSignal,
): Promise<UploadPartResponse> {
  const response = await sendBinary(`${secretPath(id)}/upload/${part}`, {
    method: 'PUT',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/octet-stream',
      Authorization: `Bearer ${manageToken}`,
    },
    body: bytes,
    signal,
  });
  const parsed = uploadPartResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiRequestError('invalid_response', response.status, 'The answer does not match the protocol.');
  }
  return parsed.data;
}

/** `POST /api/secrets/:id/upload/complete`: every part is there; from now on the secret is served. */
export function completeUpload(id: string, manageToken: string): Promise<CompleteUploadResponse> {
  return requestJson(
    { method: 'POST', path: `${secretPath(id)}/upload/complete`, body: {}, bearer: manageToken },
    completeUploadResponseSchema,
  );
}

/**
 * `GET /api/secrets/:id/download` with a download grant's token, from byte `offset` on (`Range: bytes=N-`).
 * Resolves with the response whose body is the envelope from `offset`; a server that ignored the range answers
 * 200 from byte 0, which `skip` says (the caller then drops that many bytes).
 *
 * @throws ApiRequestError (`not_found` once the grant has expired or the secret is gone).
 */
export async function downloadEnvelope(
  id: string,
  token: string,
  offset: number,
  signal: AbortSignal,
): Promise<{ body: ReadableStream<Uint8Array>; skip: number }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (offset > 0) headers.Range = `bytes=${offset}-`;
  const response = await sendBinary(`${secretPath(id)}/download`, { method: 'GET', headers, signal });
  if (!response.body)
    throw new ApiRequestError('invalid_response', response.status, 'The answer has no body.');
  return { body: response.body, skip: offset > 0 && response.status !== 206 ? offset : 0 };
}
