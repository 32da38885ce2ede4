import { createHash, randomBytes } from 'node:crypto';
import {
  deriveClaim,
  encodeLinkKey,
  encryptPayload,
  generateLinkKey,
  hashClaim,
  toBase64Url,
} from '@hushlink/envelope';

let addresses = 0;

/**
 * A client address never used before in this run, as `CF-Connecting-IP` (10.x.y.z from a counter): the reveal
 * route is rate-limited per address (120 a minute), and the bench measures the route, not the limiter.
 */
export function nextClientAddress(): string {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** A claim (32 random bytes, the shape of a real one) and the SHA-256 the server stores, both base64url. */
export function randomClaim(): { claim: string; claimHash: string } {
  const claim = randomBytes(32);
  return {
    claim: claim.toString('base64url'),
    claimHash: createHash('sha256').update(claim).digest('base64url'),
  };
}

/** A secret id that exists nowhere: 16 random bytes, base64url, the shape of a real one. */
export function randomSecretId(): string {
  return randomBytes(16).toString('base64url');
}

/** The JSON body of `POST /api/secrets` for a one-time link secret with `ciphertextBytes` of opaque ciphertext. */
export function createBody(ciphertextBytes: number, claimHash: string, maxViews = 1): string {
  return JSON.stringify({
    ciphertext: randomBytes(ciphertextBytes).toString('base64url'),
    expiresIn: 3600,
    maxViews,
    claimHash,
  });
}

/** Sends one request and checks its status. @throws Error naming the status and the answer otherwise. */
export async function send(url: string, init: RequestInit, expected: number): Promise<string> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(
      `${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 200)}`,
    );
  }
  return text;
}

/** Creates a secret from a `createBody` and returns its id. */
export async function createSecret(base: string, body: string): Promise<string> {
  const text = await send(
    `${base}/api/secrets`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body },
    201,
  );
  return (JSON.parse(text) as { id: string }).id;
}

/** Reveals a secret (consuming a view) from a fresh client address. */
export async function revealSecret(base: string, id: string, claim: string): Promise<void> {
  await send(
    `${base}/api/secrets/${id}/reveal`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': nextClientAddress() },
      body: JSON.stringify({ claim }),
    },
    200,
  );
}

/**
 * Creates a working one-time secret the way the web client does: a real envelope made with packages/envelope,
 * and the claim hash of its link key. Returns the id and the link's fragment (the encoded link key).
 */
export async function createRealSecret(base: string, text: string): Promise<{ id: string; linkKey: string }> {
  const linkKey = await generateLinkKey();
  const envelope = await encryptPayload({ kind: 'text', text }, linkKey);
  const claimHash = toBase64Url(await hashClaim(await deriveClaim(linkKey)));
  const body = JSON.stringify({ ciphertext: toBase64Url(envelope), expiresIn: 3600, claimHash });
  return { id: await createSecret(base, body), linkKey: encodeLinkKey(linkKey) };
}

/** Runs `task` for 0..count-1 with at most `parallel` at a time; results in index order. */
export async function inParallel<T>(
  count: number,
  parallel: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return results;
}
