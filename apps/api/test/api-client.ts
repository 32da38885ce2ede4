import { SELF } from 'cloudflare:test';

/** Base URL of the Worker under test; the host is arbitrary because SELF routes to the Worker directly. */
export const BASE_URL = 'https://hushlink.test';

/** Sends a request to the Worker under test. */
export function api(path: string, init?: RequestInit): Promise<Response> {
  return SELF.fetch(`${BASE_URL}${path}`, init);
}

/** Sends a JSON body (already a string when the test wants it malformed). */
export function postJson(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return api(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Unpadded base64url of bytes. */
export function b64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Random bytes. */
export function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(length, offset + 65536)));
  }
  return bytes;
}

/** A claim and its SHA-256, as a client derives them from a link key. */
export async function makeClaim(): Promise<{ claim: string; claimHash: string }> {
  const claim = randomBytes(32);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', claim));
  return { claim: b64url(claim), claimHash: b64url(hash) };
}

/** A secret created through the API, with what it takes to reveal and revoke it. */
export interface CreatedSecret {
  id: string;
  claim: string;
  manageToken: string;
  ciphertext: string;
  expiresAt: string;
}

/** Creates a secret with random ciphertext; `overrides` replace fields of the request body. */
export async function createSecret(overrides: Record<string, unknown> = {}): Promise<CreatedSecret> {
  const { claim, claimHash } = await makeClaim();
  const ciphertext = b64url(randomBytes(1024));
  const response = await postJson('/api/secrets', { ciphertext, expiresIn: 3600, claimHash, ...overrides });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { id: string; manageToken: string; expiresAt: string };
  return { ...body, claim, ciphertext };
}

/** Reveals a secret with its claim. */
export function reveal(id: string, claim: string): Promise<Response> {
  return postJson(`/api/secrets/${id}/reveal`, { claim });
}

/** Number of rows in `secrets`, to prove a refused request changed nothing. */
export async function countSecrets(db: D1Database): Promise<number> {
  const row = await db.prepare('SELECT count(*) AS n FROM secrets').first<{ n: number }>();
  return row?.n ?? 0;
}

/** Asserts the JSON error shape and returns the code. */
export async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`not an error body: ${JSON.stringify(body)}`);
  }
  return body.error.code;
}
