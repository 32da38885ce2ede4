import {
  answerRequestResponseSchema,
  type CreateRequest,
  type MyRequest,
  myRequestSchema,
  myRequestsResponseSchema,
  type RequestInfo,
  requestInfoSchema,
} from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

function requestPath(id: string): string {
  return `/api/requests/${encodeURIComponent(id)}`;
}

/** `POST /api/requests`: asks someone for a secret; answers with the request and the keys it will be sealed to. */
export function createSecretRequest(request: CreateRequest): Promise<MyRequest> {
  return requestJson({ method: 'POST', path: '/api/requests', body: request }, myRequestSchema);
}

/** `GET /api/requests`: my requests, newest first, with the sealed secret that answered each one. */
export async function listMySecretRequests(): Promise<MyRequest[]> {
  return (await requestJson({ method: 'GET', path: '/api/requests' }, myRequestsResponseSchema)).requests;
}

/** `GET /api/requests/:id` (anyone with the link): the note, who asks, and their keys. `not_found` once gone. */
export function getSecretRequest(id: string): Promise<RequestInfo> {
  return requestJson({ method: 'GET', path: requestPath(id) }, requestInfoSchema);
}

/** `POST /api/requests/:id/answer`: sends the envelope sealed to the requester's keys, once. */
export async function answerSecretRequest(id: string, ciphertext: string): Promise<string> {
  const answer = await requestJson(
    { method: 'POST', path: `${requestPath(id)}/answer`, body: { ciphertext } },
    answerRequestResponseSchema,
  );
  return answer.secretId;
}

/** `DELETE /api/requests/:id`: withdraws one of my open requests. */
export function revokeSecretRequest(id: string): Promise<void> {
  return requestEmpty({ method: 'DELETE', path: requestPath(id) });
}
