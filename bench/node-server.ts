import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNodeServer } from '../scripts/lib/dev-server.mjs';
import { onCleanup } from './cleanup.ts';
import { measureReference, type ReferenceFigures } from './node-reference.ts';
import { ROOT } from './paths.ts';
import { type Budget, budget, messageOf, type Section } from './section.ts';
import {
  CIPHERTEXT_BYTES,
  CREATE_BODIES,
  create,
  figuresOf,
  health,
  type Load,
  metadata,
  type RouteFigures,
  reveal,
  type Secret,
  throughputCells,
  topUp,
} from './server.ts';
import { round } from './stats.ts';

/** The item's heading in the report. */
export const NODE_SERVER_TITLE = '7. Node server (npm run serve: one Node process, SQLite)';

/** Each route runs once per connection count, in this order; the budgets are judged at the first. */
const CONNECTION_COUNTS = [10, 64] as const;
const BUDGET_CONNECTIONS = 10;
const DURATION_SECONDS = 5;
/** What the issue measured for a bare one-row SQLite insert on its machine, beside the budget below. */
const ISSUE_BARE_INSERT_RPS = 7_400;
/** Issue 8 ("Speed"): at 10 connections, create and reveal each at least this many requests per second… */
const MIN_REQUESTS_PER_SECOND = 5000;
/** …with a p99 latency under this, and zero errors. */
const MAX_P99_MS = 10;
/**
 * Both reveal runs draw fresh one-time secrets from one pool: what both create runs made, topped up to cover
 * reveal at the metadata run's rate (a reveal reads the same row and then writes: it should not be faster) with
 * this margin, and at least to this multiple of what the create runs made…
 */
const REVEAL_POOL_MARGIN = 1.2;
/**
 * …but for at most this long, to keep the item near a minute and a half on a slow machine. If the pool runs out
 * anyway, the run stops early rather than reveal a secret twice, and says so.
 */
const TOP_UP_SECONDS = 15;
/** The client address header the Node server reads when TRUST_PROXY=true. */
const ADDRESS_HEADER = 'X-Forwarded-For';

/** A running Node server for this item. */
export interface NodeServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** Its output (one JSON line per request): bench/results/node-server.log, git-ignored, emptied at start. */
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the Node server (`apps/api/src/node-server.ts` with tsx's loader, what `npm run serve` runs after its build)
 * on a free port with a fresh DATA_DIR, anonymous links allowed and `TRUST_PROXY=true`, so that the client address
 * of each request is its `X-Forwarded-For`. Registers a cleanup that stops it and deletes the DATA_DIR.
 */
export async function startNodeBenchServer(): Promise<NodeServer> {
  const logDir = join(ROOT, 'bench', 'results');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'node-server.log');
  // A run writes one line per request (tens of MB): keep the last run's only.
  writeFileSync(logFile, '');
  // BENCH_NODE_SERVER_OPTIONS reaches the server as NODE_OPTIONS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profile`.
  const nodeOptions = process.env.BENCH_NODE_SERVER_OPTIONS;
  const server = await startNodeServer({
    env: {
      ANONYMOUS_LINKS: 'true',
      TRUST_PROXY: 'true',
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
    logFile,
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= server.stop();
    return stopped;
  };
  onCleanup('the Node server', stop);
  return { url: server.url, logFile, stop };
}

/**
 * Item 7: requests per second, p50, p99 and failures of `GET /api/health`, create, metadata and reveal against
 * the Node server, at 10 and at 64 connections, 5 s each; issue 8's budgets are judged at 10 connections. Then,
 * with the server stopped (`stopServer`), the platform's limits under the budgets' load: `reference-server.ts`'s
 * bare Hono route and bare SQLite insert.
 */
export async function benchNodeServer(base: string, stopServer: () => Promise<void>): Promise<Section> {
  const shapes: Load[] = CONNECTION_COUNTS.map((connections) => ({
    connections,
    durationSeconds: DURATION_SECONDS,
  }));
  const routes: RouteFigures[] = [];

  for (const shape of shapes) {
    routes.push(figuresOf('GET /api/health', shape.connections, await health(base, shape)));
  }

  const created: Secret[] = [];
  for (const shape of shapes) {
    const run = await create(base, shape);
    routes.push(figuresOf('POST /api/secrets', shape.connections, run.result));
    created.push(...run.created);
  }
  if (created.length === 0) throw new Error('the create runs made no secrets');

  for (const shape of shapes) {
    routes.push(figuresOf('GET /api/secrets/:id', shape.connections, await metadata(base, shape, created)));
  }

  // What reveal could use at the metadata runs' rates, for the same duration each.
  const demand = routes
    .filter((figures) => figures.route === 'GET /api/secrets/:id')
    .reduce((sum, figures) => sum + figures.requestsPerSecond * DURATION_SECONDS, 0);
  const pool = [...created];
  const topUpStarted = performance.now();
  const toppedUp = await topUp(
    base,
    pool,
    Math.ceil(Math.max(demand, created.length) * REVEAL_POOL_MARGIN),
    Math.max(...CONNECTION_COUNTS),
    topUpStarted + TOP_UP_SECONDS * 1000,
  );
  const topUpSeconds = round((performance.now() - topUpStarted) / 1000);
  let used = 0;
  for (const shape of shapes) {
    const rest = pool.slice(used);
    if (rest.length === 0) throw new Error(`the reveal pool of ${pool.length} secrets was used up`);
    const run = await reveal(base, shape, rest, ADDRESS_HEADER);
    used += run.used;
    const figures = figuresOf('POST /api/secrets/:id/reveal', shape.connections, run.result);
    if (run.reused > 0) {
      figures.note = `the ${rest.length} secrets left in the pool ran out: stopped early; ${run.reused} request(s) repeated an id`;
    }
    routes.push(figures);
  }

  await stopServer();
  const referenceShape = { connections: BUDGET_CONNECTIONS, durationSeconds: DURATION_SECONDS };
  const reference = await measureReference(referenceShape).catch(
    (error: unknown) => new Error(messageOf(error)),
  );

  const judged = routes.filter((figures) => figures.connections === BUDGET_CONNECTIONS);
  const judgedRoute = (route: string) => {
    const figures = judged.find((item) => item.route === route);
    if (!figures) throw new Error(`no ${route} run at ${BUDGET_CONNECTIONS} connections`);
    return figures;
  };
  const budgets: Budget[] = [];
  for (const [name, route] of [
    ['create', 'POST /api/secrets'],
    ['reveal', 'POST /api/secrets/:id/reveal'],
  ] as const) {
    const figures = judgedRoute(route);
    budgets.push(
      budget(
        `node.${name}.rps`,
        `${name} ≥ ${MIN_REQUESTS_PER_SECOND.toLocaleString('en')} req/s at ${BUDGET_CONNECTIONS} connections`,
        `${Math.round(figures.requestsPerSecond).toLocaleString('en')} req/s`,
        figures.requestsPerSecond >= MIN_REQUESTS_PER_SECOND,
      ),
      budget(
        `node.${name}.p99`,
        `${name} p99 < ${MAX_P99_MS} ms at ${BUDGET_CONNECTIONS} connections`,
        `${figures.p99Ms} ms`,
        figures.p99Ms < MAX_P99_MS,
      ),
    );
  }
  const failures = judged.reduce((sum, figures) => sum + figures.errors + figures.non2xx, 0);
  budgets.push(
    budget(
      'node.errors',
      `zero errors and non-2xx on every route at ${BUDGET_CONNECTIONS} connections`,
      String(failures),
      failures === 0,
    ),
  );

  const order = [
    'GET /api/health',
    'POST /api/secrets',
    'GET /api/secrets/:id',
    'POST /api/secrets/:id/reveal',
  ];
  return {
    id: 'node-server',
    title: NODE_SERVER_TITLE,
    status: 'ran',
    table: {
      head: ['route', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'responses', 'errors', 'non-2xx'],
      rows: [
        ...routes,
        ...(reference instanceof Error ? [] : [reference.emptyRoute, reference.insertRoute]),
      ].map((figures) => [figures.route, String(figures.connections), ...throughputCells(figures)]),
    },
    budgets,
    notes: [
      referenceNote(
        reference,
        judgedRoute('GET /api/health'),
        judgedRoute('POST /api/secrets'),
        judgedRoute('POST /api/secrets/:id/reveal'),
      ),
      `autocannon, ${CONNECTION_COUNTS.join(' and ')} connections, ${DURATION_SECONDS} s per route and connection count, in the order ${order.join(', ')}; req/s = responses / duration. wrangler dev is stopped first; autocannon runs in the bench's own process, so it and the server share the machine's cores.`,
      'server: apps/api/src/node-server.ts with the tsx loader (what npm run serve runs after its build), a fresh DATA_DIR (SQLite), ANONYMOUS_LINKS=true, TRUST_PROXY=true; its request log (one JSON line per request) goes to bench/results/node-server.log.',
      `create: ${CIPHERTEXT_BYTES} B ciphertext, ${CREATE_BODIES} pre-generated bodies rotated, each with its own claimHash; metadata: the ids both create runs made, rotated.`,
      `reveal: every request reveals a fresh one-time secret from one pool (${pool.length}: ${created.length} from the create runs + ${toppedUp} made beforehand in ${topUpSeconds} s, aiming at ${Math.round(REVEAL_POOL_MARGIN * 100)}% of what the metadata rates would use, for at most ${TOP_UP_SECONDS} s), the ${BUDGET_CONNECTIONS}-connection run first; the two runs used ${used}.`,
      `reveal: the Node server takes the client address from the socket (127.0.0.1 for every bench request) unless TRUST_PROXY=true, so it runs with TRUST_PROXY=true and each request sends its own ${ADDRESS_HEADER} (10.x.y.z from a counter): the in-memory reveal limiter (120/min per address) runs on every request but never answers 429, and the figures measure the server, not the limit.`,
      ...routes.flatMap((figures) =>
        figures.note ? [`${figures.route} at ${figures.connections}: ${figures.note}`] : [],
      ),
      ...routes
        .filter((figures) => figures.non2xx > 0 || figures.errors > 0)
        .map(
          (figures) =>
            `${figures.route} at ${figures.connections}: ${figures.errors} error(s) (${figures.timeouts} timeout(s)), status codes ${JSON.stringify(figures.statusCodes)}`,
        ),
    ],
    figures: {
      connections: CONNECTION_COUNTS,
      durationSeconds: DURATION_SECONDS,
      budgetConnections: BUDGET_CONNECTIONS,
      minRequestsPerSecond: MIN_REQUESTS_PER_SECOND,
      maxP99Ms: MAX_P99_MS,
      revealPool: { size: pool.length, created: created.length, toppedUp, topUpSeconds, used },
      routes,
      reference: reference instanceof Error ? { error: reference.message } : reference,
    },
  };
}

/** What the reference rows say about the budgets, or why they are missing. */
function referenceNote(
  reference: ReferenceFigures | Error,
  healthRoute: RouteFigures,
  createRoute: RouteFigures,
  revealRoute: RouteFigures,
): string {
  if (reference instanceof Error) return `reference server: not measured (${reference.message})`;
  const share = (part: RouteFigures, whole: RouteFigures) =>
    `${Math.round((100 * part.requestsPerSecond) / whole.requestsPerSecond)}%`;
  // The budget as a share of the bare insert the issue measured, applied to this run's bare insert.
  const budgetShare = MIN_REQUESTS_PER_SECOND / ISSUE_BARE_INSERT_RPS;
  const scaled = Math.round(budgetShare * reference.insertRoute.requestsPerSecond);
  return `reference (bench/reference-server.ts, run after the Node server stopped, ${BUDGET_CONNECTIONS} connections, same requests): the smallest Hono app on @hono/node-server answering the health request with constant JSON and the create request by inserting its ciphertext as one SQLite row (node:sqlite, WAL, one commit each). These are the machine's limits for this load; the Node server's health reaches ${share(healthRoute, reference.emptyRoute)} of the bare route, its create ${share(createRoute, reference.insertRoute)} and its reveal ${share(revealRoute, reference.insertRoute)} of the bare insert. Issue 8 set ${MIN_REQUESTS_PER_SECOND.toLocaleString('en-US')} req/s where its bare insert answered about ${ISSUE_BARE_INSERT_RPS.toLocaleString('en-US')} (${Math.round(budgetShare * 100)}%); the same share of this run's bare insert is ${scaled.toLocaleString('en-US')} req/s.`;
}
