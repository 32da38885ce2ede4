import { directoryResponseSchema, type PublicUser } from '@hushlink/protocol';
import { requestJson } from './request.ts';

/** `GET /api/users?q=`: people whose name starts with `prefix` (type-ahead). Guests get `forbidden`. */
export async function findPeople(prefix: string): Promise<PublicUser[]> {
  const path = `/api/users?${new URLSearchParams({ q: prefix })}`;
  return (await requestJson({ method: 'GET', path }, directoryResponseSchema)).users;
}
