// Bindings as the tests see them: the Worker's own plus the migrations read by vitest.config.ts.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    ASSETS: Fetcher;
    ANONYMOUS_LINKS?: string;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
