import { createHash, randomBytes } from 'node:crypto';

/** One request's outcome: its status (0 when no answer came: the server was down) and its latency. */
export interface Outcome {
  status: number;
  ms: number;
  body: unknown;
  /** With status 0: whether the request may have reached the server (false when the connection was refused). */
  maybeProcessed: boolean;
}

let ipCounter = 0;

/**
 * A distinct client address per request (the header Cloudflare sets and wrangler dev passes through), so that the
 * per-IP reveal limit measures the server rather than one client's quota.
 */
function nextIp(): string {
  ipCounter = (ipCounter + 1) % 16_777_216;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** Sends one JSON request and never throws: a refused connection is status 0. */
export async function send(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers: {
        'CF-Connecting-IP': nextIp(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      body: text ? JSON.parse(text) : null,
      maybeProcessed: true,
    };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return {
      status: 0,
      ms: performance.now() - started,
      body: null,
      maybeProcessed: code !== 'ECONNREFUSED',
    };
  }
}

/** A claim and its SHA-256, as a client derives them from a link key (random here: the server cannot tell). */
export function makeClaim(): { claim: string; claimHash: string } {
  const claim = randomBytes(32);
  return {
    claim: claim.toString('base64url'),
    claimHash: createHash('sha256').update(claim).digest('base64url'),
  };
}

/** A random envelope-sized ciphertext (1 KiB). */
export function makeCiphertext(): string {
  return randomBytes(1024).toString('base64url');
}
