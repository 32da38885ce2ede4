import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer as startSharedDevServer } from '../scripts/lib/dev-server.mjs';
import { onCleanup } from './cleanup.ts';
import { ROOT } from './paths.ts';

/** A running `wrangler dev`: the real Worker in workerd, with D1 simulated in a fresh temporary folder. */
export interface DevServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** Where wrangler's output goes (the Worker's request log included): bench/results/wrangler.log, git-ignored. */
  logFile: string;
  /** Stops it now (before the run ends); the cleanup registered at start then has nothing left to do. */
  stop(): Promise<void>;
}

/**
 * Starts `wrangler dev` through the project's shared launcher (scripts/lib/dev-server.mjs) with anonymous links
 * allowed and wrangler's own request logging off (`--log-level=warn`: it costs about a third of the throughput).
 * Registers a cleanup that stops its whole process group and deletes the database.
 *
 * @param assetsDir overrides `[assets] directory` (used when the web client is not built, so wrangler can start).
 */
export async function startDevServer(assetsDir?: string): Promise<DevServer> {
  const logDir = join(ROOT, 'bench', 'results');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'wrangler.log');
  const server = await startSharedDevServer({
    vars: { ANONYMOUS_LINKS: 'true' },
    logFile,
    ...(assetsDir ? { assetsDir } : {}),
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= server.stop();
    return stopped;
  };
  onCleanup('wrangler dev', stop);
  return { url: server.url, logFile, stop };
}
