import autocannon, { type Request, type Result } from 'autocannon';
import { createBody, createSecret, inParallel, nextClientAddress, randomClaim } from './secrets-api.ts';
import { type Budget, budget, type Section } from './section.ts';
import { percent, percentText, round } from './stats.ts';

/** The item's heading in the report. */
export const SERVER_TITLE = '2. Server throughput (wrangler dev, workerd + local D1)';

const CONNECTIONS = 16;
const DURATION_SECONDS = 10;
/** Each create run's ciphertext, and how many pre-generated bodies it rotates through. */
export const CIPHERTEXT_BYTES = 1024;
export const CREATE_BODIES = 512;
/**
 * Reveal consumes a fresh one-time secret per request. The create run's secrets are the pool, topped up to this
 * multiple of what that run made: reveal does more writes than create (view, audit), so it should not outrun it;
 * if it does, the run stops early rather than reveal a secret twice, and says so.
 */
const REVEAL_POOL_FACTOR = 1.5;
/** Each route's share of the health route's requests per second. */
const MIN_SHARE = { create: 0.35, metadata: 0.6, reveal: 0.35 } as const;

/** One autocannon run's shape: how many connections, for how long. */
export interface Load {
  connections: number;
  durationSeconds: number;
}

/** A one-time secret the bench made, with the claim that reveals it. */
export interface Secret {
  id: string;
  claim: string;
}

/** One route's figures from one autocannon run, as the tables and results.json show them. */
export interface RouteFigures {
  route: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  responses: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  durationSeconds: number;
  note?: string;
}

/** The figures of one autocannon run; req/s = responses / the run's duration. */
/** The table cells every throughput table shows: req/s, p50, p99, responses, errors, non-2xx. */
export function throughputCells(figures: RouteFigures): string[] {
  return [
    figures.requestsPerSecond,
    figures.p50Ms,
    figures.p99Ms,
    figures.responses,
    figures.errors,
    figures.non2xx,
  ].map(String);
}

export function figuresOf(route: string, connections: number, result: Result): RouteFigures {
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = count;
  const responses = Object.values(statusCodes).reduce((sum, count) => sum + count, 0);
  return {
    route,
    connections,
    requestsPerSecond: round(responses / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    durationSeconds: round(result.duration, 2),
  };
}

function load<Context>(
  base: string,
  shape: Load,
  request: Request<Context>,
  initialContext?: Context,
  onStart?: (stop: () => void) => void,
) {
  const instance = autocannon<Context>({
    url: base,
    connections: shape.connections,
    duration: shape.durationSeconds,
    timeout: 10,
    requests: [request],
    ...(initialContext === undefined ? {} : { initialContext }),
  });
  onStart?.(() => instance.stop());
  return instance;
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`no item ${index}`);
  return item;
}

/** `GET /api/health` under `shape`. */
export async function health(base: string, shape: Load): Promise<Result> {
  return load(base, shape, { method: 'GET', path: '/api/health' });
}

/** Creates one-time secrets from pre-generated bodies; returns the run and the secrets it made, with claims. */
export async function create(base: string, shape: Load): Promise<{ result: Result; created: Secret[] }> {
  const bodies = Array.from({ length: CREATE_BODIES }, () => {
    const { claim, claimHash } = randomClaim();
    return { claim, body: createBody(CIPHERTEXT_BYTES, claimHash) };
  });
  const created: Secret[] = [];
  let next = 0;
  const result = await load<{ body: number }>(
    base,
    shape,
    {
      method: 'POST',
      path: '/api/secrets',
      headers: { 'Content-Type': 'application/json' },
      // The context is per connection, and a connection's response is recorded before its next request is set
      // up, so `context.body` still names the body this response answers.
      setupRequest: (request, context) => {
        context.body = next++ % bodies.length;
        return { ...request, body: at(bodies, context.body).body };
      },
      onResponse: (status, body, context) => {
        if (status !== 201) return;
        created.push({ id: (JSON.parse(body) as { id: string }).id, claim: at(bodies, context.body).claim });
      },
    },
    { body: 0 },
  );
  return { result, created };
}

/** Reads the metadata of existing secrets, rotating through them (consumes nothing). */
export async function metadata(base: string, shape: Load, secrets: readonly Secret[]): Promise<Result> {
  let next = 0;
  return load(base, shape, {
    method: 'GET',
    path: '/api/secrets',
    setupRequest: (request) => ({
      ...request,
      path: `/api/secrets/${at(secrets, next++ % secrets.length).id}`,
    }),
  });
}

/**
 * Reveals secrets of the pool in order, each once and each from its own client address, sent in
 * `addressHeader` (`CF-Connecting-IP` for the Worker, `X-Forwarded-For` for the Node server behind TRUST_PROXY);
 * stops if the pool runs out. `used` is how many of the pool's secrets the run sent a reveal for (answered or
 * still in flight when it ended): a later run must start after them.
 */
export async function reveal(
  base: string,
  shape: Load,
  pool: readonly Secret[],
  addressHeader = 'CF-Connecting-IP',
): Promise<{ result: Result; used: number; reused: number }> {
  let next = 0;
  let reused = 0;
  let stop: () => void = () => undefined;
  const result = await load(
    base,
    shape,
    {
      method: 'POST',
      path: '/api/secrets',
      headers: { 'Content-Type': 'application/json' },
      setupRequest: (request) => {
        let secret = pool[next++];
        if (secret === undefined) {
          // Out of fresh secrets: end the run now; the few requests still to go repeat the last id (404).
          reused++;
          stop();
          secret = at(pool, pool.length - 1);
        }
        return {
          ...request,
          path: `/api/secrets/${secret.id}/reveal`,
          headers: { ...request.headers, [addressHeader]: nextClientAddress() },
          body: JSON.stringify({ claim: secret.claim }),
        };
      },
    },
    undefined,
    (stopRun) => {
      stop = stopRun;
    },
  );
  return { result, used: Math.min(next, pool.length), reused };
}

/**
 * Tops the pool up to `target` with secrets made by plain concurrent requests (not measured); no request starts
 * after `deadline` (a `performance.now()` time), if given. Returns how many it made.
 */
export async function topUp(
  base: string,
  pool: Secret[],
  target: number,
  parallel: number,
  deadline = Number.POSITIVE_INFINITY,
): Promise<number> {
  const missing = Math.max(0, target - pool.length);
  const made = await inParallel(missing, parallel, async () => {
    if (performance.now() > deadline) return undefined;
    const { claim, claimHash } = randomClaim();
    return { id: await createSecret(base, createBody(CIPHERTEXT_BYTES, claimHash)), claim };
  });
  const fresh = made.filter((secret) => secret !== undefined);
  pool.push(...fresh);
  return fresh.length;
}

/**
 * Item 2: requests per second, p50, p99 and failures of create, metadata and reveal under 16 connections for
 * 10 s each, next to `GET /api/health` of the same Worker, measured before and after them.
 */
export async function benchServer(base: string): Promise<Section> {
  const shape: Load = { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS };
  const healthBefore = figuresOf('GET /api/health (before)', CONNECTIONS, await health(base, shape));
  const { result: createResult, created } = await create(base, shape);
  const createFigures = figuresOf('POST /api/secrets', CONNECTIONS, createResult);
  if (created.length === 0) throw new Error('the create run made no secrets');
  const metadataFigures = figuresOf(
    'GET /api/secrets/:id',
    CONNECTIONS,
    await metadata(base, shape, created),
  );
  const pool = [...created];
  const toppedUp = await topUp(base, pool, Math.ceil(created.length * REVEAL_POOL_FACTOR), CONNECTIONS);
  const { result: revealResult, reused } = await reveal(base, shape, pool);
  const revealFigures = figuresOf('POST /api/secrets/:id/reveal', CONNECTIONS, revealResult);
  if (reused > 0) {
    revealFigures.note = `pool of ${pool.length} ran out: stopped early; ${reused} request(s) repeated an id`;
  }
  const healthAfter = figuresOf('GET /api/health (after)', CONNECTIONS, await health(base, shape));
  const healthRps = (healthBefore.requestsPerSecond + healthAfter.requestsPerSecond) / 2;

  const drift = Math.abs(healthAfter.requestsPerSecond - healthBefore.requestsPerSecond) / healthRps;
  const routes = [healthBefore, createFigures, metadataFigures, revealFigures, healthAfter];
  const share = (figures: RouteFigures) => figures.requestsPerSecond / healthRps;
  const budgets: Budget[] = (
    [
      ['metadata', metadataFigures],
      ['create', createFigures],
      ['reveal', revealFigures],
    ] as const
  ).map(([name, figures]) =>
    budget(
      `server.${name}`,
      `${name} ≥ ${percent(MIN_SHARE[name])}% of health req/s`,
      percentText(share(figures)),
      share(figures) >= MIN_SHARE[name],
    ),
  );
  const failures = routes.reduce((sum, figures) => sum + figures.errors + figures.non2xx, 0);
  budgets.push(
    budget('server.errors', 'zero errors and non-2xx on every route', String(failures), failures === 0),
  );

  return {
    id: 'server',
    title: SERVER_TITLE,
    status: 'ran',
    table: {
      head: ['route', 'req/s', 'p50 ms', 'p99 ms', 'responses', 'errors', 'non-2xx', 'vs health'],
      rows: routes.map((figures) => [
        figures.route,
        ...throughputCells(figures),
        figures.route.startsWith('GET /api/health') ? '—' : `${percent(share(figures))}%`,
      ]),
    },
    budgets,
    notes: [
      `autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per route; req/s = responses / duration; "vs health" against the mean of the two health runs (${round(healthRps)} req/s).`,
      `create: ${CIPHERTEXT_BYTES} B ciphertext, ${CREATE_BODIES} pre-generated bodies rotated, each with its own claimHash; metadata: the ids the create run made, rotated.`,
      `reveal: every request reveals a fresh one-time secret (pool ${pool.length}: ${created.length} from the create run + ${toppedUp} made beforehand).`,
      'reveal: each request sends its own CF-Connecting-IP (10.x.y.z from a counter), so the per-IP REVEAL_LIMITER (120/min) never answers 429; the limiter binding itself still runs on every request.',
      ...(drift > 0.25
        ? [
            `health moved ${percent(drift)}% between the first and the last run: the machine's load changed during the item, so these ratios are uncertain.`,
          ]
        : []),
      ...routes.flatMap((figures) => (figures.note ? [`${figures.route}: ${figures.note}`] : [])),
      ...routes
        .filter((figures) => figures.non2xx > 0 || figures.errors > 0)
        .map((figures) => `${figures.route}: status codes ${JSON.stringify(figures.statusCodes)}`),
    ],
    figures: {
      connections: CONNECTIONS,
      durationSeconds: DURATION_SECONDS,
      healthRps: round(healthRps),
      routes,
    },
  };
}
