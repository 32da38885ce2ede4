import {
  type InstanceResponse,
  instanceResponseSchema,
  type MeResponse,
  meResponseSchema,
} from '@hushlink/protocol';
import { requestEmpty, requestJson } from './request.ts';

/** `GET /api/instance`: whether the first account exists, and what visitors who are not signed in may do. */
export function getInstance(): Promise<InstanceResponse> {
  return requestJson({ method: 'GET', path: '/api/instance' }, instanceResponseSchema);
}

/** `GET /api/me`: the signed-in account and its passkeys. Throws `sign_in_required` when signed out. */
export function getMe(): Promise<MeResponse> {
  return requestJson({ method: 'GET', path: '/api/me' }, meResponseSchema);
}

/** `POST /api/auth/logout`: ends this browser's session and clears its cookie. */
export function signOut(): Promise<void> {
  return requestEmpty({ method: 'POST', path: '/api/auth/logout' });
}
