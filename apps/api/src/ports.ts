import type { SecretStore } from './services/secret-store.ts';

/** Where the app reads the time; tests and the purge move it, production uses `Date.now`. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Instance settings, parsed once from the environment (`wrangler.toml` vars or the process environment). */
export interface AppConfig {
  /** Whether anyone who can reach the server may create links (until accounts exist, the only policy). */
  anonymousLinks: boolean;
  /** The version reported by `GET /api/health`. */
  version: string;
}

/**
 * Everything the Hono app needs from the world. The Worker entry binds D1; a Node entry can bind SQLite on disk.
 * Routes and services touch only these, never a binding.
 */
export interface AppPorts {
  secrets: SecretStore;
  clock: Clock;
  config: AppConfig;
}
