// Bindings as the tests see them: the Worker's own plus the migrations read by vitest.config.ts.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    ASSETS: Fetcher;
    ANONYMOUS_LINKS?: string;
    OPEN_REGISTRATION?: string;
    RP_ID?: string;
    ORIGIN?: string;
    SIGN_IN_LIMITER: RateLimit;
    REVEAL_LIMITER: RateLimit;
    FUZZ_SEED?: string;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
