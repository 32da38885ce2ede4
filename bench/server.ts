import autocannon, { type Request, type Result } from 'autocannon';
import { createBody, createSecret, inParallel, nextClientAddress, randomClaim } from './secrets-api.ts';
import { type Budget, budget, type Section } from './section.ts';
import { percent, percentText, round } from './stats.ts';

/** The item's heading in the report. */
export const SERVER_TITLE = '2. Server throughput (wrangler dev, workerd + local D1)';

const CONNECTIONS = 16;
const DURATION_SECONDS = 10;
const CIPHERTEXT_BYTES = 1024;
const CREATE_BODIES = 512;
/**
 * Reveal consumes a fresh one-time secret per request. The create run's secrets are the pool, topped up to this
 * multiple of what that run made: reveal does more writes than create (view, audit), so it should not outrun it;
 * if it does, the run stops early rather than reveal a secret twice, and says so.
 */
const REVEAL_POOL_FACTOR = 1.5;
/** Each route's share of the health route's requests per second. */
const MIN_SHARE = { create: 0.35, metadata: 0.6, reveal: 0.35 } as const;

interface Secret {
  id: string;
  claim: string;
}

interface RouteFigures {
  route: string;
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

function figuresOf(route: string, result: Result): RouteFigures {
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = count;
  const responses = Object.values(statusCodes).reduce((sum, count) => sum + count, 0);
  return {
    route,
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
  request: Request<Context>,
  initialContext?: Context,
  onStart?: (stop: () => void) => void,
) {
  const instance = autocannon<Context>({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
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

async function health(base: string): Promise<Result> {
  return load(base, { method: 'GET', path: '/api/health' });
}

/** Creates one-time secrets from pre-generated bodies; returns the run and the secrets it made, with claims. */
async function create(base: string): Promise<{ result: Result; created: Secret[] }> {
  const bodies = Array.from({ length: CREATE_BODIES }, () => {
    const { claim, claimHash } = randomClaim();
    return { claim, body: createBody(CIPHERTEXT_BYTES, claimHash) };
  });
  const created: Secret[] = [];
  let next = 0;
  const result = await load<{ body: number }>(
    base,
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
async function metadata(base: string, secrets: readonly Secret[]): Promise<Result> {
  let next = 0;
  return load(base, {
    method: 'GET',
    path: '/api/secrets',
    setupRequest: (request) => ({
      ...request,
      path: `/api/secrets/${at(secrets, next++ % secrets.length).id}`,
    }),
  });
}

/** Reveals each secret of the pool once, each from its own client address; stops if the pool runs out. */
async function reveal(base: string, pool: readonly Secret[]): Promise<{ result: Result; reused: number }> {
  let next = 0;
  let reused = 0;
  let stop: () => void = () => undefined;
  const result = await load(
    base,
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
          headers: { ...request.headers, 'CF-Connecting-IP': nextClientAddress() },
          body: JSON.stringify({ claim: secret.claim }),
        };
      },
    },
    undefined,
    (stopRun) => {
      stop = stopRun;
    },
  );
  return { result, reused };
}

/** Tops the pool up with secrets made by plain concurrent requests (not measured). */
async function topUp(base: string, pool: Secret[], target: number): Promise<number> {
  const missing = Math.max(0, target - pool.length);
  const made = await inParallel(missing, CONNECTIONS, async () => {
    const { claim, claimHash } = randomClaim();
    return { id: await createSecret(base, createBody(CIPHERTEXT_BYTES, claimHash)), claim };
  });
  pool.push(...made);
  return missing;
}

/**
 * Item 2: requests per second, p50, p99 and failures of create, metadata and reveal under 16 connections for
 * 10 s each, next to `GET /api/health` of the same Worker, measured before and after them.
 */
export async function benchServer(base: string): Promise<Section> {
  const healthBefore = figuresOf('GET /api/health (before)', await health(base));
  const { result: createResult, created } = await create(base);
  const createFigures = figuresOf('POST /api/secrets', createResult);
  if (created.length === 0) throw new Error('the create run made no secrets');
  const metadataFigures = figuresOf('GET /api/secrets/:id', await metadata(base, created));
  const pool = [...created];
  const toppedUp = await topUp(base, pool, Math.ceil(created.length * REVEAL_POOL_FACTOR));
  const { result: revealResult, reused } = await reveal(base, pool);
  const revealFigures = figuresOf('POST /api/secrets/:id/reveal', revealResult);
  if (reused > 0) {
    revealFigures.note = `pool of ${pool.length} ran out: stopped early; ${reused} request(s) repeated an id`;
  }
  const healthAfter = figuresOf('GET /api/health (after)', await health(base));
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
        String(figures.requestsPerSecond),
        String(figures.p50Ms),
        String(figures.p99Ms),
        String(figures.responses),
        String(figures.errors),
        String(figures.non2xx),
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
