import { join } from 'node:path';
import { freePort, runServer, toolEnv, typeScriptCommand } from '../scripts/lib/dev-server.mjs';
import { onCleanup } from './cleanup.ts';
import { ROOT } from './paths.ts';
import { create, figuresOf, health, type Load, type RouteFigures } from './server.ts';

/** The platform's limits beside item 7, from `reference-server.ts` under the same load as the budgets. */
export interface ReferenceFigures {
  /** A Hono route returning constant JSON. */
  emptyRoute: RouteFigures;
  /** A Hono route parsing the create body and inserting it as one SQLite row. */
  insertRoute: RouteFigures;
}

/**
 * Starts `bench/reference-server.ts` (Node with tsx's loader, like the Node server) on a free port, runs the bench's health and
 * create requests against it under `shape`, and stops it.
 */
export async function measureReference(shape: Load): Promise<ReferenceFigures> {
  const port = await freePort();
  const server = await runServer({
    ...typeScriptCommand(join(ROOT, 'bench', 'reference-server.ts')),
    env: toolEnv({ PORT: String(port) }),
    url: `http://127.0.0.1:${port}`,
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= server.stop();
    return stopped;
  };
  onCleanup('the reference server', stop);
  try {
    const emptyRoute = figuresOf(
      'reference: bare Hono GET',
      shape.connections,
      await health(server.url, shape),
    );
    const run = await create(server.url, shape);
    const insertRoute = figuresOf('reference: bare SQLite insert', shape.connections, run.result);
    return { emptyRoute, insertRoute };
  } finally {
    await stop();
  }
}
