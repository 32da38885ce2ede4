import { ApiError } from '../errors.ts';

const TOKEN = /^Bearer ([A-Za-z0-9_-]{1,128})$/;

function unauthorized(what: string): ApiError {
  return new ApiError('unauthorized', 401, `Send the ${what} as "Authorization: Bearer TOKEN".`, {
    'WWW-Authenticate': 'Bearer',
  });
}

/**
 * A secret's own bearer token (a manage token, a download grant) from `Authorization: Bearer TOKEN`; `what`
 * names it in the 401 answered when there is none or it is malformed.
 */
export function requireBearerToken(header: string | undefined, what: string): string {
  const token = TOKEN.exec(header ?? '')?.[1];
  if (!token) throw unauthorized(what);
  return token;
}

/**
 * The manage token in `Authorization: Bearer TOKEN`, or null when there is none (the caller may then be the
 * signed-in creator). A personal API token (`ID.SECRET`) is not a manage token; `identify` resolved it.
 */
export function optionalManageToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (/^Bearer \S+\.\S+$/.test(header)) return null;
  return requireBearerToken(header, 'manage token');
}
