import {
  type CliSigningKey,
  type CompleteUploadResponse,
  type CreateSecretRequest,
  type CreateSecretResponse,
  cliSigningKeysResponseSchema,
  completeUploadResponseSchema,
  createSecretResponseSchema,
  directoryResponseSchema,
  type ErrorCode,
  errorBodySchema,
  type InstanceResponse,
  instanceResponseSchema,
  type MeResponse,
  type MySecretsResponse,
  meResponseSchema,
  mySecretsResponseSchema,
  type PublicUser,
  type RevealResponse,
  registerCliSigningKeyResponseSchema,
  retryAfterSeconds,
  revealResponseSchema,
  type SecretMetadata,
  secretMetadataSchema,
  type UserKeysResponse,
  uploadPartResponseSchema,
  userKeysResponseSchema,
} from '@hushlink/protocol';
import type { ZodMiniType } from 'zod/mini';
import { CliError, type CliErrorCode } from './cli-error.ts';
import { CLI_VERSION } from './version.ts';

/** How long one request may take, connection and body included. */
const REQUEST_TIMEOUT_MS = 60_000;
/** How long one upload part (8 MiB) may take: a slow uplink of 1 Mbit/s needs about 70 s. */
const PART_TIMEOUT_MS = 10 * 60_000;
/** How often a part is sent in all when the network fails or the server answers 5xx (a part may be sent again). */
const PART_ATTEMPTS = 3;
/** The largest answer read: a reveal carries at most 1 MiB of ciphertext as base64url, plus JSON framing. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** One call: a method, a path under the server's origin, and what to send. */
interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `application/octet-stream` instead of `body`. */
  bytes?: Uint8Array<ArrayBuffer>;
  /** `Authorization: Bearer …`: a personal API token or a manage token. */
  bearer?: string | undefined;
  /** Extra request headers (`Range`). */
  headers?: Record<string, string>;
  /** Cancels the request (Ctrl-C); the failure is then `interrupted`. */
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  /**
   * The timeout covers the wait for the answer's headers only, not its body: for a download, which may take far
   * longer than one request on a slow link and whose caller watches the body for stalls itself.
   */
  streamed?: boolean;
}

/** An open download: the answer's body from `start` on. */
export interface DownloadResponse {
  /** The byte offset the body starts at (0, or the `Range` start when the server honoured it). */
  start: number;
  body: ReadableStream<Uint8Array>;
}

/** Failures worth one more try: the network, or a 5xx (the part is sent again, which replaces it). */
const TRANSIENT = new WeakSet<CliError>();

/**
 * The CLI's only HTTP client. Every answer is parsed with the protocol's schema; every failure becomes a
 * `CliError` whose code follows from the API's error code (or from what went wrong before an answer came).
 *
 * @example const metadata = await new ApiClient('https://secrets.example.com').getSecretMetadata(id);
 */
export class ApiClient {
  constructor(
    /** The server's origin, e.g. `https://secrets.example.com`. */
    readonly origin: string,
    /** A personal API token (`ID.SECRET`) for this origin, sent where an account is wanted. */
    private readonly apiToken?: string,
    /** How long one request may take (a test seam; parts have their own, longer limit). */
    private readonly requestTimeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  /** `POST /api/secrets`, as the signed-in creator when a token is held. */
  createSecret(request: CreateSecretRequest): Promise<CreateSecretResponse> {
    return this.json(
      { method: 'POST', path: '/api/secrets', body: request, bearer: this.apiToken },
      createSecretResponseSchema,
    );
  }

  /** `GET /api/secrets/:id`: metadata only, consumes nothing. */
  getSecretMetadata(id: string): Promise<SecretMetadata> {
    return this.json({ method: 'GET', path: secretPath(id) }, secretMetadataSchema);
  }

  /** `POST /api/secrets/:id/reveal`: consumes one view. Sends the API token only when `withToken` is set. */
  revealSecret(id: string, claim: string, withToken: boolean): Promise<RevealResponse> {
    const bearer = withToken ? this.apiToken : undefined;
    return this.json(
      { method: 'POST', path: `${secretPath(id)}/reveal`, body: { claim }, bearer },
      revealResponseSchema,
    );
  }

  /** `DELETE /api/secrets/:id` with a manage token, or with the API token (as the creator) when none is given. */
  async revokeSecret(id: string, manageToken?: string): Promise<void> {
    await this.send({ method: 'DELETE', path: secretPath(id), bearer: manageToken ?? this.apiToken });
  }

  /** `GET /api/instance`: the instance's limits (`maxSecretBytes`). */
  getInstance(): Promise<InstanceResponse> {
    return this.json({ method: 'GET', path: '/api/instance' }, instanceResponseSchema);
  }

  /**
   * `PUT /api/secrets/:id/upload/:part` with the manage token; sent up to three times in all when the
   * network fails or the server answers 5xx, since sending a part again replaces it.
   */
  async uploadPart(
    id: string,
    part: number,
    bytes: Uint8Array<ArrayBuffer>,
    manageToken: string,
    signal?: AbortSignal,
  ): Promise<void> {
    const call: ApiCall = {
      method: 'PUT',
      path: `${secretPath(id)}/upload/${part}`,
      bytes,
      bearer: manageToken,
      signal,
      timeoutMs: PART_TIMEOUT_MS,
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.json(call, uploadPartResponseSchema);
        return;
      } catch (error) {
        if (!(error instanceof CliError && TRANSIENT.has(error)) || attempt >= PART_ATTEMPTS) throw error;
        await sleep(500 * 3 ** (attempt - 1), signal);
      }
    }
  }

  /** `POST /api/secrets/:id/upload/complete`: from now on the secret is served. */
  completeUpload(id: string, manageToken: string, signal?: AbortSignal): Promise<CompleteUploadResponse> {
    return this.json(
      { method: 'POST', path: `${secretPath(id)}/upload/complete`, body: {}, bearer: manageToken, signal },
      completeUploadResponseSchema,
    );
  }

  /**
   * `GET /api/secrets/:id/download` with a download grant, from byte `offset` on (`Range: bytes=N-`). The body is
   * not read here: the caller streams it, bounded by the grant's size, and watches it for stalls; the request's
   * timeout ends once the headers have arrived, so a download longer than a minute is not cut off.
   *
   * @throws CliError as for every call; `server` for a 200/206 whose range does not start where asked.
   */
  async openDownload(
    id: string,
    token: string,
    offset: number,
    signal: AbortSignal,
  ): Promise<DownloadResponse> {
    const path = `${secretPath(id)}/download`;
    const headers: Record<string, string> = offset > 0 ? { Range: `bytes=${offset}-` } : {};
    const response = await this.fetchOrFail({
      method: 'GET',
      path,
      bearer: token,
      headers,
      signal,
      streamed: true,
    });
    if (!response.ok) {
      throw this.errorFrom(response, await readCapped(response, this.origin), { method: 'GET', path });
    }
    let start = 0;
    if (response.status === 206) {
      start = Number(/^bytes (\d+)-/.exec(response.headers.get('Content-Range') ?? '')?.[1] ?? Number.NaN);
      if (start !== offset) {
        await response.body?.cancel();
        throw new CliError('server', `${this.origin} answered a download with the wrong range.`);
      }
    }
    if (!response.body) throw new CliError('server', `${this.origin} answered a download without a body.`);
    return { start, body: response.body };
  }

  /** `GET /api/secrets`: the links of the token's account. */
  listMySecrets(): Promise<MySecretsResponse> {
    return this.json({ method: 'GET', path: '/api/secrets', bearer: this.apiToken }, mySecretsResponseSchema);
  }

  /** `GET /api/me`: whose token this is. */
  me(): Promise<MeResponse> {
    return this.json({ method: 'GET', path: '/api/me', bearer: this.apiToken }, meResponseSchema);
  }

  /** `GET /api/me/signing-keys`: the account's live command-line signing keys. */
  async listSigningKeys(): Promise<CliSigningKey[]> {
    const path = '/api/me/signing-keys';
    return (await this.json({ method: 'GET', path, bearer: this.apiToken }, cliSigningKeysResponseSchema))
      .keys;
  }

  /** `POST /api/me/signing-keys`: registers `publicKey` with this client's token (replacing its earlier key). */
  async registerSigningKey(publicKey: string): Promise<CliSigningKey> {
    const call: ApiCall = {
      method: 'POST',
      path: '/api/me/signing-keys',
      body: { publicKey },
      bearer: this.apiToken,
    };
    return (await this.json(call, registerCliSigningKeyResponseSchema)).key;
  }

  /** `GET /api/users?q=`: the directory's type-ahead (members and admins only). */
  async searchUsers(query: string): Promise<PublicUser[]> {
    const path = `/api/users?q=${encodeURIComponent(query)}`;
    const answer = await this.json({ method: 'GET', path, bearer: this.apiToken }, directoryResponseSchema);
    return answer.users;
  }

  /** `GET /api/users/:id/keys`: a person's sealing keys, one per passkey with a PRF key (guests: only their own). */
  getUserKeys(userId: string): Promise<UserKeysResponse> {
    const path = `/api/users/${encodeURIComponent(userId)}/keys`;
    return this.json({ method: 'GET', path, bearer: this.apiToken }, userKeysResponseSchema);
  }

  private async json<T>(call: ApiCall, schema: ZodMiniType<T>): Promise<T> {
    const { body } = await this.send(call);
    const parsed = schema.safeParse(parseJson(body));
    if (!parsed.success) {
      throw new CliError(
        'server',
        `${this.origin} answered ${call.path} with something that is not Hushlink's API.`,
      );
    }
    return parsed.data;
  }

  private async send(call: ApiCall): Promise<{ status: number; body: string }> {
    const response = await this.fetchOrFail(call);
    let body: string;
    try {
      body = await readCapped(response, this.origin);
    } catch (error) {
      throw this.networkError(error, call);
    }
    if (!response.ok) throw this.errorFrom(response, body, call);
    return { status: response.status, body };
  }

  /** Sends the request; answers with the response whose headers arrived, refusing redirects. */
  private async fetchOrFail(call: ApiCall): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': `hushlink-cli/${CLI_VERSION} node/${process.versions.node}`,
      ...call.headers,
    };
    let body: string | Uint8Array<ArrayBuffer> | null = null;
    if (call.bytes !== undefined) {
      headers['Content-Type'] = 'application/octet-stream';
      body = call.bytes;
    } else if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(call.body);
    }
    if (call.bearer !== undefined) headers.Authorization = `Bearer ${call.bearer}`;
    const timeoutMs = call.timeoutMs ?? this.requestTimeoutMs;
    // A fetch's signal aborts its body too: a streamed call's timer is cleared once the headers are in.
    const timeout = call.streamed ? new AbortController() : null;
    const timer = timeout
      ? setTimeout(() => timeout.abort(new DOMException('The request timed out.', 'TimeoutError')), timeoutMs)
      : undefined;
    const timeoutSignal = timeout?.signal ?? AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${this.origin}${call.path}`, {
        method: call.method,
        headers,
        body,
        // A redirect could carry the Authorization header or a claim somewhere else; say so instead.
        redirect: 'manual',
        signal: call.signal ? AbortSignal.any([timeoutSignal, call.signal]) : timeoutSignal,
      });
    } catch (error) {
      throw this.networkError(error, call);
    } finally {
      clearTimeout(timer);
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('Location') ?? 'another address';
      throw new CliError(
        'server',
        `${this.origin} redirects to ${location}; give the final address with --server (or HUSHLINK_SERVER).`,
      );
    }
    return response;
  }

  private networkError(error: unknown, call: ApiCall): CliError {
    if (error instanceof CliError) return error;
    if (call.signal?.aborted) return new CliError('interrupted', 'Interrupted.');
    const failure = new CliError(
      'network',
      `Could not reach ${this.origin}: ${describeNetworkError(error)}.`,
    );
    TRANSIENT.add(failure);
    return failure;
  }

  private errorFrom(response: Response, body: string, call: ApiCall): CliError {
    const error = this.describeError(response, body, call);
    if (response.status >= 500) TRANSIENT.add(error);
    return error;
  }

  private describeError(response: Response, body: string, call: ApiCall): CliError {
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    const parsed = errorBodySchema.safeParse(parseJson(body));
    if (!parsed.success) {
      // Not our API's JSON: a proxy's error page, or a server that is not Hushlink at all.
      if (response.status === 429) {
        return new CliError('rate_limited', withRetryAfter('Too many requests.', retryAfter), retryAfter);
      }
      const code: CliErrorCode = response.status === 401 || response.status === 403 ? 'auth' : 'server';
      return new CliError(
        code,
        `${this.origin} answered ${call.method} ${call.path.split('?')[0]} with HTTP ${response.status}, not Hushlink's API; check the server address.`,
      );
    }
    const { code, message } = parsed.data.error;
    const cliCode = CLI_CODES[code] ?? 'server';
    if (cliCode === 'rate_limited')
      return new CliError(cliCode, withRetryAfter(message, retryAfter), retryAfter);
    if (code === 'unauthorized' && call.bearer !== undefined && call.bearer === this.apiToken) {
      return new CliError(cliCode, `${message} Run \`hushlink login\` again.`);
    }
    return new CliError(cliCode, message);
  }
}

/** The CLI error for each API error code that means something specific; the rest are `server`. */
const CLI_CODES: Partial<Record<ErrorCode, CliErrorCode>> = {
  not_found: 'not_found',
  unauthorized: 'auth',
  forbidden: 'auth',
  origin_mismatch: 'auth',
  sign_in_required: 'auth',
  not_for_you: 'auth',
  network_not_allowed: 'auth',
  network_policy_denied: 'auth',
  unknown_network: 'usage',
  account_disabled: 'auth',
  claim_mismatch: 'bad_link',
  unknown_user: 'usage',
  payload_too_large: 'usage',
  too_large: 'usage',
  rate_limited: 'rate_limited',
  token_required: 'auth',
};

function secretPath(id: string): string {
  return `/api/secrets/${encodeURIComponent(id)}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The body as text, refusing anything larger than an API answer can be (a wrong server could send gigabytes). */
async function readCapped(response: Response, origin: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new CliError('server', `The answer from ${origin} is larger than any Hushlink answer.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (is the server running, and is the address right?)',
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be looked up (DNS is unavailable)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection failed',
  EPROTO: 'the TLS handshake failed (is it https:// on an http:// port?)',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the TLS handshake failed (is it https:// on an http:// port?)',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name',
};

/** A short phrase for why `fetch` failed, from the system error code underneath (never a stack). */
function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`;
  }
  const code = causeCode(error);
  if (code !== undefined) return NETWORK_ERRORS[code] ?? `network error (${code})`;
  // fetch refuses some ports outright (the Fetch standard's "bad ports", like 1 or 6000), with no system code.
  if (error instanceof Error && error.cause instanceof Error && error.cause.message === 'bad port') {
    return 'fetch refuses to connect to that port (a blocked port)';
  }
  return 'network error';
}

/** The first `code` found on the error, its `cause`, or the errors of an `AggregateError` cause. */
function causeCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  if ('code' in error && typeof error.code === 'string' && error.code !== 'ERR_INVALID_STATE')
    return error.code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const code = causeCode(inner, depth + 1);
      if (code !== undefined) return code;
    }
  }
  return 'cause' in error ? causeCode(error.cause, depth + 1) : undefined;
}

/** Waits, or stops waiting when `signal` aborts (the next request then fails as `interrupted`). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

function withRetryAfter(message: string, retryAfter: number | undefined): string {
  return retryAfter === undefined ? message : `${message} (Retry-After: ${retryAfter} s)`;
}
