import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The repository's `node_modules/.bin`, where wrangler and the Node it needs (24) live. */
export const BIN = join(ROOT, 'node_modules', '.bin');

/**
 * The environment for child processes: `node_modules/.bin` first on the PATH, because wrangler needs the Node 24
 * installed there whatever `node` the shell has, and no telemetry.
 */
export function childEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`,
    WRANGLER_SEND_METRICS: 'false',
  };
}
