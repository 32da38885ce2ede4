/** The repository root. */
export const ROOT: string;
/** Node with tsx's loader running `entry` as one process (never the `tsx` command's relay); see dev-server.mjs. */
export function typeScriptCommand(entry: string): { command: string; args: string[] };
/** The Node server's TypeScript entry. */
export const NODE_SERVER_ENTRY: string;
/** The environment for child tools: node_modules/.bin first. */
export function toolEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number>;
/** Applies migrations/ to the local D1 database under `persistTo`. */
export function migrateLocal(persistTo: string): void;

export interface DevServerOptions {
  persistTo?: string;
  port?: number;
  host?: string;
  vars?: Record<string, string>;
  testScheduled?: boolean;
  assetsDir?: string;
  logFile?: string;
  /** wrangler's --log-level; `log` shows the Worker's own request lines. */
  logLevel?: 'debug' | 'info' | 'log' | 'warn' | 'error' | 'none';
}

export interface DevServer {
  url: string;
  port: number;
  /** The local D1 folder, or the Node server's DATA_DIR. */
  persistTo: string;
  /** The server's last lines of output. */
  output(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
}

/** Starts `wrangler dev` with a migrated local D1; see dev-server.mjs. */
export function startDevServer(options?: DevServerOptions): Promise<DevServer>;

export interface NodeServerOptions {
  port?: number;
  host?: string;
  env?: Record<string, string>;
  logFile?: string;
}

/** Starts the Node server (apps/api/src/node-server.ts) with a fresh DATA_DIR; see dev-server.mjs. */
export function startNodeServer(options?: NodeServerOptions): Promise<DevServer>;

export interface RunServerOptions {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Where it answers `GET /api/health` once it is up. */
  url: string;
  logFile?: string;
  cleanUp?: () => void;
}

/** Runs any server command detached and waits for its `/api/health`; see dev-server.mjs. */
export function runServer(
  options: RunServerOptions,
): Promise<Pick<DevServer, 'url' | 'output' | 'stop' | 'kill' | 'restart'> & { pid(): number | undefined }>;
