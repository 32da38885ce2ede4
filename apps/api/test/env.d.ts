// Bindings as the tests see them: the Worker's own plus the migrations read by vitest.config.ts.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    BLOBS: R2Bucket;
    /** On Node only: the folder blob store the app under test uses (in workerd, wrap `BLOBS` instead). */
    TEST_BLOBS?: import('../src/ports.ts').BlobStore;
    /** On Node only: runs the purge on the app's ports (in workerd, the Worker's `scheduled` handler does). */
    TEST_PURGE?: () => Promise<void>;
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
